// SPDX-License-Identifier: MIT
#pragma once
// One page's content stream, drawn and Flate-compressed, with the resources it uses. Pages
// without pictures are drawn on every core (drawPage with no picture drawer reads only the page
// and the fonts' codes, fixed by the scan); pages with pictures are drawn in page order by the
// exporter, since placing a picture writes its objects. Either way the bytes are the same.
#include <cstdint>
#include <functional>
#include <vector>

#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_canvas.h"
#include "layout/render/pdf/pdf_font_usage.h"

namespace bm::pdf {

struct PageContent {
    std::vector<std::uint8_t> packed;  ///< the compressed content stream
    std::vector<int> fonts, images, forms;
    bool overprintOn = false, overprintOff = false;
    bool ok = false;  ///< drawn and compressed (false: out of memory while compressing)
};

/// True when the page places a picture file (placeholders and empty frames do not count).
bool hasPicture(const page::PageDisplay& page);

/// Draws the page's items in order: glyph runs, rules, fills, and the placeholder of every
/// empty picture frame; `drawPicture` draws an ImageItem with a file.
void drawItems(PdfCanvas& canvas, const page::PageDisplay& p, const FontUsageSet& fonts,
               const std::function<void(const page::ImageItem&)>& drawPicture);

/// Compresses what `canvas` drew into a PageContent.
PageContent finishContent(PdfCanvas& canvas);

struct CanvasSetup {
    Length originX = 0, originY = 0;  ///< the trim box's bottom-left corner in the MediaBox
    bool allowRgb = false;
    bool cropMarks = false;
    Length bleed = 0;
};

/// The whole content of a page (its items, then the crop marks), drawn into `buffer`;
/// `drawPicture` draws each ImageItem with a file (nothing for a page without pictures, which
/// can then be drawn on any thread, each with a buffer of its own).
PageContent drawPage(const page::PageDisplay& p, const FontUsageSet& fonts,
                     const CanvasSetup& setup, ByteBuffer& buffer,
                     const std::function<void(PdfCanvas&, const page::ImageItem&)>& drawPicture);

}  // namespace bm::pdf
