// SPDX-License-Identifier: MIT
#pragma once
// The page bitmap and the three ways things land on it: a colour through a coverage mask
// (glyphs, slanted rules), an axis-aligned rectangle with exact fractional edges, and image
// pixels. Each is specialised for 1 or 3 channels so the inner loops carry no per-pixel branch.
#include <cstdint>

#include "layout/render/raster/paint_color.h"
#include "layout/render/raster/raster.h"

namespace bm::render {

class Canvas {
public:
    /// Draws into `raster`, whose size, channels and pixels are already set.
    explicit Canvas(Raster& raster) : m_r(raster) {}
    int width() const { return m_r.width; }
    int height() const { return m_r.height; }
    int channels() const { return m_r.channels; }

    /// Blends `colour` through a w × h coverage mask whose top-left pixel is at (x, y); clipped.
    void blendMask(int x, int y, int w, int h, const std::uint8_t* coverage, int stride,
                   Rgb8 colour);
    /// Fills the rectangle [x0, x1) × [y0, y1) (pixels, fractional) with exact area coverage.
    void fillRect(double x0, double y0, double x1, double y1, Rgb8 colour);
    /// Places w × h image pixels (1 or 3 channels) at (x, y); pixel (i, j) is blended with
    /// opacity colCover[i] * rowCover[j] so a frame edge between pixels stays anti-aliased.
    void blendImage(int x, int y, int w, int h, const std::uint8_t* pixels, int channels,
                    const float* colCover, const float* rowCover);

private:
    Raster& m_r;
};

}  // namespace bm::render
