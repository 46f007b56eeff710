// SPDX-License-Identifier: MIT
#pragma once
// Anti-aliased polygon coverage by signed-area accumulation (the font-rs / stb_truetype v2
// approach): every edge adds its exact signed area to the cells it crosses, a running sum along
// each row gives the winding-weighted coverage, and |sum| clamped to 1 is the nonzero fill rule.
// So contours that overlap with the same direction (common in CJK CFF fonts) do not cancel,
// and a reversed inner contour still cuts a hole. Coordinates are pixels, y down.
#include <cstdint>
#include <vector>

#include "layout/base/geometry.h"

namespace bm::render {

class CoverageRasterizer {
public:
    /// Starts an empty width × height area, reusing the buffer.
    void reset(int width, int height);
    int width() const { return m_w; }
    int height() const { return m_h; }

    /// Edges of closed contours; each contour must end where it started. Anything outside
    /// the area is clipped exactly (parts left of it still count for the winding).
    void line(float x0, float y0, float x1, float y1);
    void quad(float x0, float y0, float x1, float y1, float x2, float y2);
    void cubic(float x0, float y0, float x1, float y1, float x2, float y2, float x3, float y3);

    /// Adds a font outline (design units, y up): pixel = (x * scale + dx, dy - y * scale).
    /// Open contours are closed with a straight edge, as the fill rule assumes.
    void addPath(const Path& path, float scale, float dx, float dy) {
        addPath(path, scale, scale, dx, dy);
    }
    /// Different x and y scales: 长/扁 字 (a headline set narrower or wider than its height).
    void addPath(const Path& path, float scaleX, float scaleY, float dx, float dy);

    /// Writes 8-bit coverage (0 none .. 255 full), `stride` bytes a row, and clears the area.
    void resolve(std::uint8_t* out, int stride);

private:
    void accumulate(float x0, float y0, float x1, float y1);

    int m_w = 0;
    int m_h = 0;
    int m_stride = 0;  // m_w + 2: an edge at x == width writes one or two cells past the end
    std::vector<float> m_cells;
};

}  // namespace bm::render
