// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_page_boxes.h"

#include <algorithm>

namespace bm::pdf {

namespace {
Length markStart(Length bleed) { return std::max(kMarkOffset, bleed); }
}  // namespace

PageBoxes pageBoxes(Length trimWidth, Length trimHeight, Length bleed, bool cropMarks) {
    bleed = std::max<Length>(bleed, 0);
    const Length margin = cropMarks ? markStart(bleed) + kMarkLength : bleed;
    PageBoxes b;
    b.media = {0, 0, trimWidth + 2 * margin, trimHeight + 2 * margin};
    b.trim = {margin, margin, trimWidth, trimHeight};
    b.bleed = {margin - bleed, margin - bleed, trimWidth + 2 * bleed, trimHeight + 2 * bleed};
    return b;
}

void drawCropMarks(PdfCanvas& canvas, Length w, Length h, Length bleed) {
    const Length a = markStart(std::max<Length>(bleed, 0));
    const Length b = a + kMarkLength;
    const page::Paint reg = page::Paint::cmyk(1, 1, 1, 1, false);
    // Per corner: a horizontal mark on the trim's horizontal edge line and a vertical one on
    // its vertical edge line, both pointing away from the page.
    const Length xs[2] = {0, w};
    const Length ys[2] = {0, h};
    for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 2; ++j) {
            const Length x = xs[i], y = ys[j];
            const Length dx = i == 0 ? -1 : 1, dy = j == 0 ? -1 : 1;
            canvas.line({x + dx * a, y}, {x + dx * b, y}, kMarkWidth, reg);
            canvas.line({x, y + dy * a}, {x, y + dy * b}, kMarkWidth, reg);
        }
    }
}

}  // namespace bm::pdf
