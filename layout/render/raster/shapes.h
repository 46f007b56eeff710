// SPDX-License-Identifier: MIT
#pragma once
// Rules and photo placeholders, in page pixels.
#include "layout/render/raster/canvas.h"
#include "layout/render/raster/coverage_rasterizer.h"

namespace bm::render {

/// A straight rule with butt caps (as PDF draws it). Axis-aligned rules are exact rectangles;
/// slanted ones go through the coverage rasteriser.
void drawRule(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0, double x1,
              double y1, double width, Rgb8 colour);

/// Integer pixel box [left, right) × [top, bottom).
struct PixelBox {
    int left, top, right, bottom;
};

/// Same, drawing only inside `clip` (slanted rules only; used to keep a placeholder's cross
/// inside its frame).
void drawRule(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0, double x1,
              double y1, double width, Rgb8 colour, const PixelBox& clip);

/// An empty photo frame: light gray with a thin darker border and a diagonal cross, the
/// convention of layout sketches. `pixelsPerPt` sets the line weights.
void drawPlaceholder(Canvas& canvas, CoverageRasterizer& rasterizer, double x0, double y0,
                     double x1, double y1, double pixelsPerPt);

}  // namespace bm::render
