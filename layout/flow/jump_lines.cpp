// SPDX-License-Identifier: MIT
// Jump lines (转版): between frames of a chain on different pages, the last line of a frame says
// where the story continues (下转第N版, set flush right) and the first line of the next frame
// where it came from (上接第N版, flush left).
#include "layout/base/utf.h"
#include "layout/flow/flow_stages.h"

namespace bm::flow::stages {

namespace {

std::u16string jumpText(const char16_t* before, int pageNumber) {
    return before + utf8ToUtf16(std::to_string(pageNumber)).value() + u"版）";
}

// Columns of frame `frameId`, in order.
std::vector<size_t> columnsOfFrame(const std::vector<TextColumn>& columns,
                                   const std::string& frameId) {
    std::vector<size_t> idx;
    for (size_t c = 0; c < columns.size(); ++c)
        if (columns[c].frameId == frameId) idx.push_back(c);
    return idx;
}

}  // namespace

std::vector<PlacedText> reserveJumpLines(const std::vector<ChainFrame>& chain,
                                         const ResolvedStyle& jump, const fonts::EmBox& grid,
                                         TextSetter& setter, std::vector<TextColumn>& columns) {
    std::vector<PlacedText> jumps;
    auto place = [&](const ChainFrame& cf, const TextColumn& col, int line,
                     const std::u16string& text, bool end) {
        ResolvedStyle js = jump;
        js.align = end ? text::LineAlign::End : text::LineAlign::Start;
        auto pl = std::make_shared<const text::ParagraphLayout>(setter.set(text, js, col.measure));
        if (pl->lines.empty()) return;
        jumps.push_back(PlacedText{cf.pageIndex, col.frameId, "jump", -1, pl, 0, col.box.x,
                                   baselineOf(*cf.page, line, grid)});
    };
    for (size_t f = 0; f < chain.size(); ++f) {
        const ChainFrame& cf = chain[f];
        const auto cols = columnsOfFrame(columns, cf.frame->id);
        if (f + 1 < chain.size() && chain[f + 1].page->number != cf.page->number) {
            // The last line of the last column that has one.
            for (auto it = cols.rbegin(); it != cols.rend(); ++it) {
                TextColumn& col = columns[*it];
                if (col.lines.empty()) continue;
                const int line = col.lines.back();
                col.lines.pop_back();
                place(cf, col, line, jumpText(u"（下转第", chain[f + 1].page->number), true);
                break;
            }
        }
        if (f > 0 && chain[f - 1].page->number != cf.page->number) {
            // The first line of the first column that has one.
            for (size_t c : cols) {
                TextColumn& col = columns[c];
                if (col.lines.empty()) continue;
                const int line = col.lines.front();
                col.lines.erase(col.lines.begin());
                place(cf, col, line, jumpText(u"（上接第", chain[f - 1].page->number), false);
                break;
            }
        }
    }
    return jumps;
}

}  // namespace bm::flow::stages
