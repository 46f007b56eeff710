// SPDX-License-Identifier: MIT
#include "cli/galley.h"

#include <algorithm>

#include "layout/page/compose.h"

namespace bm::cli {

std::vector<page::PageDisplay> composeGalley(const std::vector<text::ParagraphLayout>& paragraphs,
                                             const GalleyOptions& o) {
    std::vector<page::PageDisplay> pages;
    const Length width = 2 * o.margin + o.columns * o.measure + (o.columns - 1) * o.gutter;
    const Length firstBaseline = o.margin + o.emBox.ascent(o.size);
    const int linesPerColumn =
        std::max<int>(1, static_cast<int>((o.pageHeight - 2 * o.margin - o.size) / o.pitch) + 1);
    int column = 0, line = 0;
    auto newPage = [&] {
        page::PageDisplay p;
        p.width = width;
        p.height = o.pageHeight;
        p.pageNumber = static_cast<int>(pages.size()) + 1;
        pages.push_back(std::move(p));
    };
    newPage();
    for (const auto& pl : paragraphs) {
        for (const auto& l : pl.lines) {
            if (line == linesPerColumn) {
                line = 0;
                if (++column == o.columns) {
                    column = 0;
                    newPage();
                }
            }
            const Length x = o.margin + column * (o.measure + o.gutter);
            const Length y = firstBaseline + line * o.pitch;
            page::appendLineGlyphs(pl, static_cast<size_t>(&l - pl.lines.data()), x, y,
                                   page::Paint::black(), pages.back().items);
            ++line;
        }
    }
    return pages;
}

}  // namespace bm::cli
