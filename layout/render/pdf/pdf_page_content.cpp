// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_page_content.h"

#include <type_traits>
#include <variant>

#include "layout/render/pdf/pdf_deflate.h"
#include "layout/render/pdf/pdf_page_boxes.h"

namespace bm::pdf {

bool hasPicture(const page::PageDisplay& page) {
    for (const page::DisplayItem& d : page.items)
        if (const auto* im = std::get_if<page::ImageItem>(&d);
            im && !im->path.empty() && im->rect.w > 0 && im->rect.h > 0)
            return true;
    return false;
}

void drawItems(PdfCanvas& canvas, const page::PageDisplay& p, const FontUsageSet& fonts,
               const std::function<void(const page::ImageItem&)>& drawPicture) {
    for (const page::DisplayItem& item : p.items) {
        std::visit(
            [&](const auto& it) {
                using T = std::decay_t<decltype(it)>;
                if constexpr (std::is_same_v<T, page::GlyphRun>) {
                    if (!it.glyphs.empty()) canvas.glyphRun(it, *fonts.find(it.face));
                } else if constexpr (std::is_same_v<T, page::RuleItem>) {
                    canvas.line(it.from, it.to, it.width, it.stroke);
                } else if constexpr (std::is_same_v<T, page::FillRect>) {
                    canvas.fillRect(it.rect, it.fill);
                } else {
                    if (it.rect.w <= 0 || it.rect.h <= 0) return;  // nothing would show
                    if (it.path.empty())  // an unfilled photo frame: expected while laying out
                        canvas.placeholder(it.rect);
                    else
                        drawPicture(it);
                }
            },
            item);
    }
}

PageContent finishContent(PdfCanvas& canvas) {
    PageContent c;
    const auto& bytes = canvas.bytes().bytes();
    c.ok = deflateBytes(bytes.data(), bytes.size(), FlateLevel::Fast, c.packed);
    c.fonts = canvas.fontsUsed();
    c.images = canvas.imagesUsed();
    c.forms = canvas.formsUsed();
    c.overprintOn = canvas.usedOverprintOn();
    c.overprintOff = canvas.usedOverprintOff();
    return c;
}

PageContent drawPage(const page::PageDisplay& p, const FontUsageSet& fonts,
                     const CanvasSetup& setup, ByteBuffer& buffer,
                     const std::function<void(PdfCanvas&, const page::ImageItem&)>& drawPicture) {
    PdfCanvas canvas(buffer, p.height, setup.originX, setup.originY, setup.allowRgb);
    drawItems(canvas, p, fonts, [&](const page::ImageItem& item) { drawPicture(canvas, item); });
    if (setup.cropMarks) drawCropMarks(canvas, p.width, p.height, setup.bleed);
    return finishContent(canvas);
}

}  // namespace bm::pdf
