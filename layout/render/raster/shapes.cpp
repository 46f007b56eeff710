// SPDX-License-Identifier: MIT
#include "layout/render/raster/shapes.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bm::render {

void drawRule(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0, double x1,
              double y1, double width, Rgb8 colour) {
    drawRule(canvas, rasterizer, x0, y0, x1, y1, width, colour,
             PixelBox{0, 0, canvas.width(), canvas.height()});
}

void drawRule(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0, double x1,
              double y1, double width, Rgb8 colour, const PixelBox& clip) {
    const double dx = x1 - x0, dy = y1 - y0;
    const double len = std::hypot(dx, dy);
    if (!(len > 0) || !(width > 0) || !std::isfinite(len) || !std::isfinite(width)) return;
    const double hw = width / 2;
    if (dy == 0) {
        canvas.fillRect(std::min(x0, x1), y0 - hw, std::max(x0, x1), y0 + hw, colour);
        return;
    }
    if (dx == 0) {
        canvas.fillRect(x0 - hw, std::min(y0, y1), x0 + hw, std::max(y0, y1), colour);
        return;
    }
    const double nx = -dy / len * hw, ny = dx / len * hw;
    const double px[4] = {x0 + nx, x1 + nx, x1 - nx, x0 - nx};
    const double py[4] = {y0 + ny, y1 + ny, y1 - ny, y0 - ny};
    // Bounds in double first: a rule far off the page must not overflow an int.
    const auto lo = [](double v, int bound) {
        return static_cast<int>(std::max<double>(bound, std::floor(v)));
    };
    const auto hi = [](double v, int bound) {
        return static_cast<int>(std::min<double>(bound, std::ceil(v)));
    };
    const int left = lo(*std::min_element(px, px + 4), std::max(0, clip.left));
    const int top = lo(*std::min_element(py, py + 4), std::max(0, clip.top));
    const int right = hi(*std::max_element(px, px + 4), std::min(canvas.width(), clip.right));
    const int bottom = hi(*std::max_element(py, py + 4), std::min(canvas.height(), clip.bottom));
    if (left >= right || top >= bottom) return;
    const int w = right - left, h = bottom - top;
    rasterizer.reset(w, h);
    for (int i = 0; i < 4; ++i) {
        const int j = (i + 1) % 4;
        rasterizer.line(static_cast<float>(px[i] - left), static_cast<float>(py[i] - top),
                        static_cast<float>(px[j] - left), static_cast<float>(py[j] - top));
    }
    std::vector<std::uint8_t> mask(static_cast<size_t>(w) * h);
    rasterizer.resolve(mask.data(), w);
    canvas.blendMask(left, top, w, h, mask.data(), w, colour);
}

void drawPlaceholder(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0,
                     double x1, double y1, double pixelsPerPt) {
    if (!(x1 > x0) || !(y1 > y0)) return;
    const Rgb8 fill{230, 230, 230};
    const Rgb8 ink{140, 140, 140};
    // 0.5 pt lines, but never thinner than one pixel so that the frame shows at low dpi.
    const double lw = std::max(1.0, 0.5 * pixelsPerPt);
    canvas.fillRect(x0, y0, x1, y1, fill);
    // The cross is clipped to the pixels the frame touches, so its butt ends cannot poke out.
    const PixelBox box{static_cast<int>(std::floor(x0)), static_cast<int>(std::floor(y0)),
                       static_cast<int>(std::ceil(x1)), static_cast<int>(std::ceil(y1))};
    drawRule(canvas, rasterizer, x0, y0, x1, y1, lw, ink, box);
    drawRule(canvas, rasterizer, x0, y1, x1, y0, lw, ink, box);
    canvas.fillRect(x0, y0, x1, std::min(y1, y0 + lw), ink);
    canvas.fillRect(x0, std::max(y0, y1 - lw), x1, y1, ink);
    canvas.fillRect(x0, y0, std::min(x1, x0 + lw), y1, ink);
    canvas.fillRect(std::max(x0, x1 - lw), y0, x1, y1, ink);
}

}  // namespace bm::render
