// SPDX-License-Identifier: MIT
#pragma once
// Engine-side geometry (no Qt). Page coordinates: origin top-left, y grows downwards, mpt.
#include <vector>

#include "layout/base/units.h"

namespace bm {

struct Point {
    Length x = 0;
    Length y = 0;
    bool operator==(const Point&) const = default;
};

struct Rect {
    Length x = 0;
    Length y = 0;
    Length w = 0;
    Length h = 0;
    Length right() const { return x + w; }
    Length bottom() const { return y + h; }
    bool intersects(const Rect& o) const {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    bool operator==(const Rect&) const = default;
};

/// A glyph outline in font design units (y up, as in the font).
struct Path {
    enum class Op : unsigned char { Move, Line, Quad, Cubic, Close };
    std::vector<Op> ops;
    std::vector<float> coords;  ///< 2 per Move/Line point, 4 per Quad, 6 per Cubic
};

}  // namespace bm
