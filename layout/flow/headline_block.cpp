// SPDX-License-Identifier: MIT
#include "layout/flow/headline_block.h"

#include "layout/flow/phrase_breaks.h"

namespace bm::flow {

Length stackLines(const std::u16string& text, const ResolvedStyle& style, Length width, Length x,
                  Length y, const std::string& role, TextSetter& setter,
                  std::vector<PlacedText>& out, bool balance, int widthPercent) {
    // Setting the text at the scaled size gives every horizontal length of the scaled type
    // exactly; the vertical ones (line pitch, baseline) stay those of `style`.
    ResolvedStyle horizontal = style;
    if (widthPercent != 100) horizontal.size = style.size * widthPercent / 100;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(u'\n', start);
        if (end == std::u16string::npos) end = text.size();
        const std::u16string part = text.substr(start, end - start);
        if (!part.empty()) {
            // Balanced parts are headline decks: they break between phrases, evenly.
            auto pl = std::make_shared<const text::ParagraphLayout>(
                balance ? setPhrased(part, horizontal, width, setter)
                        : setter.set(part, horizontal, width, 0));
            for (size_t li = 0; li < pl->lines.size(); ++li) {
                PlacedText t;
                t.role = role;
                t.layout = pl;
                t.line = li;
                t.x = x;
                t.baseline = baselineInBox(y, style);
                t.widthPercent = widthPercent;
                t.typeSize = style.size;
                out.push_back(t);
                y += style.size + style.lineGap;
            }
        }
        start = end + 1;
    }
    return y;
}

model::Style headlineStyle(const model::Document& doc, const model::Article& article) {
    model::Style s = doc.style("headline");
    if (article.headlineSize) s.size = *article.headlineSize;
    if (article.headlineFont && *article.headlineFont != s.role) {
        s.role = *article.headlineFont;
        s.family.clear();  // the role's default family
    }
    return s;
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
        const bool isHeadline = part.text == &article.headline;
        auto style =
            setter.resolve(isHeadline ? headlineStyle(doc, article) : doc.style(part.style));
        if (!style) return Error{style.error()};
        ResolvedStyle st = *style;
        if (st.align == text::LineAlign::Justify) st.align = text::LineAlign::Center;
        st.options.indentMilliEm = 0;
        if (any) y += elementGap - lastGap;
        y = stackLines(*part.text, st, width, 0, y, part.style, setter, block.lines,
                       /*balance=*/true, isHeadline ? article.headlineScale : 100);
        lastGap = st.lineGap;
        any = true;
    }
    if (!any) return block;
    const Length contentHeight = y - lastGap;
    const Length p = page.grid.pitch();
    // At least half a line of air between the deck and the body.
    block.gridLines = static_cast<int>((contentHeight + p / 2 + p - 1) / p) + 0;
    if (block.gridLines < 1) block.gridLines = 1;
    if (article.headlineLines > 0) {
        // 标题占行 set by hand or by 智能组版: more white, or less down to the deck's ink.
        const Length body = page.grid.bodySize;
        const int tight =
            std::max<int>(1, static_cast<int>((contentHeight - body + p - 1) / p) + 1);
        block.gridLines = std::max(tight, article.headlineLines);
    }
    const Length bandHeight = (block.gridLines - 1) * p + page.grid.bodySize;
    const Length shift = (bandHeight - contentHeight) / 2;
    for (auto& l : block.lines) l.baseline += shift;
    return block;
}

}  // namespace bm::flow
