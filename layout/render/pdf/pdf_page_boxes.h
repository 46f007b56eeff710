// SPDX-License-Identifier: MIT
#pragma once
// Page boxes and crop marks. The trim box is the page as designed; bleed grows it into the
// BleedBox, and crop marks need room outside that, so the MediaBox grows to hold both.
#include "layout/base/geometry.h"
#include "layout/render/pdf/pdf_canvas.h"

namespace bm::pdf {

/// Marks start this far outside the trim (or the bleed, if larger) — the usual 3 mm.
inline constexpr Length kMarkOffset = fromMm(3.0);
inline constexpr Length kMarkLength = fromMm(5.0);
inline constexpr Length kMarkWidth = 250;  ///< 0.25 pt

struct PageBoxes {
    Rect media;  ///< PDF coordinates (y up), origin (0,0)
    Rect bleed;
    Rect trim;
};

/// `bleed` is clamped at 0.
PageBoxes pageBoxes(Length trimWidth, Length trimHeight, Length bleed, bool cropMarks);

/// Draws the eight crop-mark lines around the trim box (display-list coordinates) in
/// registration-style 100 % C+M+Y+K, never overprinting, so they show on every plate.
void drawCropMarks(PdfCanvas& canvas, Length trimWidth, Length trimHeight, Length bleed);

}  // namespace bm::pdf
