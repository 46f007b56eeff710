// SPDX-License-Identifier: MIT
// Body fill: the article's paragraphs (dateline run into the first, the credit run in or on a
// line of its own) set line by line into the grid lines the earlier stages left, column after
// column; what does not fit is overset, counted in 字 and lines.
#include <algorithm>

#include "layout/base/utf.h"
#include "layout/flow/body_paragraphs.h"
#include "layout/flow/flow_stages.h"

namespace bm::flow::stages {

namespace {

int charsOf(const text::ParagraphLayout& pl, const text::ParagraphLine& l) {
    return static_cast<int>(
        countChars(std::u16string_view(pl.text).substr(l.begin, l.end - l.begin)));
}

// The measures of the slots from `next` on (a paragraph has at most `maxLines` lines); past the
// last slot, overset lines are set at the last measure.
text::LineWidths slotWidths(const std::vector<Slot>& slots, const std::vector<TextColumn>& columns,
                            size_t next, size_t maxLines, Length bodySize) {
    text::LineWidths widths;
    for (size_t i = next; i < slots.size() && widths.widths.size() < maxLines; ++i)
        widths.widths.push_back(columns[slots[i].column].measure);
    if (widths.widths.empty())
        widths.widths.push_back(slots.empty() ? bodySize * 13
                                              : columns[slots.back().column].measure);
    return widths;
}

// Where a paragraph of `lines` lines that keeps with the next one starts when it would start at
// slot `next`: at the head of the next column if its last line would end a column (a 小标题
// alone at the foot of a column, its text over the page). Unchanged when it already starts a
// column, when no column follows, or when it fills a column anyway.
size_t keptStart(const std::vector<Slot>& slots, size_t next, size_t lines) {
    if (lines == 0 || next + lines >= slots.size()) return next;
    const size_t last = next + lines - 1;
    if (slots[last + 1].column == slots[last].column) return next;  // its text follows below
    if (next == 0 || slots[next - 1].column != slots[next].column) return next;  // heads a column
    if (slots[next].column != slots[last].column) return next;  // runs over the column anyway
    return last + 1;
}

}  // namespace

std::vector<Slot> bodySlots(const std::vector<TextColumn>& columns) {
    std::vector<Slot> slots;
    for (size_t c = 0; c < columns.size(); ++c)
        for (int l : columns[c].lines) slots.push_back(Slot{c, l});
    return slots;
}

std::vector<BodyPlacement> fillBody(const model::Article& article, const BodyStyles& styles,
                                    const std::vector<Slot>& slots, TextSetter& setter,
                                    ArticleFlow& out) {
    const ResolvedStyle& body = *styles.body;
    const auto paragraphs = setupBodyParagraphs(article, styles);
    std::vector<BodyPlacement> placements;
    size_t next = 0;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const BodyParagraph& bp = paragraphs[p];
        out.totalChars += static_cast<int>(countChars(bp.text));
        const bool isCredit = bp.isCredit;
        auto mp = setter.measure(bp.text, bp.style, bp.indent, bp.tracking, bp.spans);
        auto pl = std::make_shared<const text::ParagraphLayout>(text::layoutParagraph(
            *mp, slotWidths(slots, out.columns, next, bp.text.size() + 2, body.size),
            bp.style.align));
        if (bp.keepWithNext) {
            if (const size_t start = keptStart(slots, next, pl->lines.size()); start != next) {
                next = start;  // the lines left at the column's foot stay white
                pl = std::make_shared<const text::ParagraphLayout>(text::layoutParagraph(
                    *mp, slotWidths(slots, out.columns, next, bp.text.size() + 2, body.size),
                    bp.style.align));
            }
        }
        const std::string where =
            article.id + (isCredit ? " credit" : " paragraph " + std::to_string(p + 1));
        for (const auto& d : pl->diagnostics) out.diagnostics.push_back(where + ": " + d);
        for (size_t li = 0; li < pl->lines.size(); ++li) {
            if (next >= slots.size()) {
                ++out.oversetLines;
                out.oversetChars += charsOf(*pl, pl->lines[li]);
                continue;
            }
            PlacedText t;
            t.role = isCredit ? "credit" : "body";
            t.paragraph = static_cast<int>(p);
            t.layout = pl;
            t.line = li;
            placements.push_back(
                {out.lines.size(), next, bp.keepWithNext && li + 1 == pl->lines.size()});
            out.lines.push_back(std::move(t));
            out.placedChars += charsOf(*pl, pl->lines[li]);
            ++next;
        }
    }
    out.undersetLines = static_cast<int>(slots.size() - std::min(next, slots.size()));
    return placements;
}

}  // namespace bm::flow::stages
