// SPDX-License-Identifier: MIT
#include "layout/flow/headline_block.h"

namespace bm::flow {

namespace {

// The narrowest width (to 0.1 pt) at which the part still takes as few lines as at `width`.
Length balancedWidth(const std::u16string& part, const ResolvedStyle& style, Length width,
                     size_t lines, TextSetter& setter) {
    Length lo = width / static_cast<Length>(lines + 1), hi = width;
    while (hi - lo > 100) {
        const Length mid = lo + (hi - lo) / 2;
        if (setter.set(part, style, mid, 0).lines.size() <= lines)
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

}  // namespace

Length stackLines(const std::u16string& text, const ResolvedStyle& style, Length width, Length x,
                  Length y, const std::string& role, TextSetter& setter,
                  std::vector<PlacedText>& out, bool balance) {
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(u'\n', start);
        if (end == std::u16string::npos) end = text.size();
        const std::u16string part = text.substr(start, end - start);
        if (!part.empty()) {
            auto pl =
                std::make_shared<const text::ParagraphLayout>(setter.set(part, style, width, 0));
            Length shift = 0;
            if (balance && pl->lines.size() > 1) {
                const Length w = balancedWidth(part, style, width, pl->lines.size(), setter);
                pl = std::make_shared<const text::ParagraphLayout>(setter.set(part, style, w, 0));
                // Keep the block's alignment: centred lines stay centred on the full width.
                if (style.align == text::LineAlign::Center) shift = (width - w) / 2;
                if (style.align == text::LineAlign::End) shift = width - w;
            }
            for (size_t li = 0; li < pl->lines.size(); ++li) {
                PlacedText t;
                t.role = role;
                t.layout = pl;
                t.line = li;
                t.x = x + shift;
                t.baseline = baselineInBox(y, style);
                out.push_back(t);
                y += style.size + style.lineGap;
            }
        }
        start = end + 1;
    }
    return y;
}

Result<HeadlineBlock> setHeadlineBlock(const model::Document& doc, const model::Article& article,
                                       const model::Page& page, Length width, TextSetter& setter) {
    HeadlineBlock block;
    struct Part {
        const char* style;
        const std::u16string* text;
    };
    const Part parts[] = {{"kicker", &article.kicker},
                          {"headline", &article.headline},
                          {"subheadline", &article.subheadline},
                          {"byline", &article.byline}};
    const Length elementGap = page.grid.bodySize / 2;
    Length y = 0;
    Length lastGap = 0;
    bool any = false;
    for (const Part& part : parts) {
        if (part.text->empty()) continue;
        auto style = setter.resolve(doc.style(part.style));
        if (!style) return Error{style.error()};
        ResolvedStyle st = *style;
        if (st.align == text::LineAlign::Justify) st.align = text::LineAlign::Center;
        st.options.indentMilliEm = 0;
        if (any) y += elementGap - lastGap;
        y = stackLines(*part.text, st, width, 0, y, part.style, setter, block.lines,
                       /*balance=*/true);
        lastGap = st.lineGap;
        any = true;
    }
    if (!any) return block;
    const Length contentHeight = y - lastGap;
    const Length p = page.grid.pitch();
    // At least half a line of air between the deck and the body.
    block.gridLines = static_cast<int>((contentHeight + p / 2 + p - 1) / p) + 0;
    if (block.gridLines < 1) block.gridLines = 1;
    const Length bandHeight = (block.gridLines - 1) * p + page.grid.bodySize;
    const Length shift = (bandHeight - contentHeight) / 2;
    for (auto& l : block.lines) l.baseline += shift;
    return block;
}

}  // namespace bm::flow
