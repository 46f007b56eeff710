// SPDX-License-Identifier: MIT
// Body fill: the article's paragraphs (dateline run into the first, the credit run in or on a
// line of its own) set line by line into the grid lines the earlier stages left, column after
// column; what does not fit is overset, counted in 字 and lines.
#include <algorithm>

#include "layout/base/utf.h"
#include "layout/flow/flow_stages.h"

namespace bm::flow::stages {

namespace {

int charsOf(const text::ParagraphLayout& pl, const text::ParagraphLine& l) {
    return static_cast<int>(
        countChars(std::u16string_view(pl.text).substr(l.begin, l.end - l.begin)));
}

// The article's tracking ranges of paragraph p, in offsets of the paragraph as set (paragraph
// 0 starts with the dateline).
std::vector<text::TrackingSpan> paragraphTracking(const model::Article& article, size_t p) {
    std::vector<text::TrackingSpan> tracking;
    const unsigned shift = p == 0 ? static_cast<unsigned>(article.dateline.size()) : 0;
    for (const auto& t : article.tracking)
        if (t.paragraph == static_cast<int>(p))
            tracking.push_back({t.begin + shift, t.end + shift, t.milliEm});
    return tracking;
}

// Parts of a paragraph set in another style's fonts: the dateline at the start of paragraph 0,
// a run-in credit at the end of the last paragraph.
std::vector<TextSetter::StyledSpan> paragraphSpans(const model::Article& article, size_t p,
                                                   size_t paragraphs, const std::u16string& para,
                                                   const BodyStyles& styles) {
    std::vector<TextSetter::StyledSpan> spans;
    const size_t datelineLen = article.dateline.size();
    if (p == 0 && datelineLen > 0)
        spans.push_back({0, static_cast<std::uint32_t>(datelineLen), styles.dateline});
    if (article.creditRunIn && !article.credit.empty() && p + 1 == paragraphs)
        spans.push_back({static_cast<std::uint32_t>(para.size() - article.credit.size()),
                         static_cast<std::uint32_t>(para.size()), styles.credit});
    return spans;
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

bool isFlush(const model::Article& article, size_t p) {
    const auto& flush = article.flushParagraphs;
    return std::find(flush.begin(), flush.end(), static_cast<int>(p)) != flush.end();
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
    const auto paragraphs = bodyParagraphs(article);
    const bool ownCredit = !article.credit.empty() && !article.creditRunIn;
    std::vector<BodyPlacement> placements;
    size_t next = 0;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const std::u16string& para = paragraphs[p];
        out.totalChars += static_cast<int>(countChars(para));
        const bool isCredit = ownCredit && p + 1 == paragraphs.size();
        ResolvedStyle st = isCredit ? *styles.credit : body;
        st.size = body.size;  // everything in the body column sits on the body grid
        if (isCredit) st.align = text::LineAlign::End;
        const Length indent =
            isCredit || isFlush(article, p) ? 0 : emFraction(body.options.indentMilliEm, body.size);
        // (A credit paragraph of its own has no spans: it is never paragraph 0, nor run in.)
        auto mp = setter.measure(para, st, indent, paragraphTracking(article, p),
                                 paragraphSpans(article, p, paragraphs.size(), para, styles));
        auto pl = std::make_shared<const text::ParagraphLayout>(text::layoutParagraph(
            *mp, slotWidths(slots, out.columns, next, para.size() + 2, body.size), st.align));
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
            placements.push_back({out.lines.size(), next});
            out.lines.push_back(std::move(t));
            out.placedChars += charsOf(*pl, pl->lines[li]);
            ++next;
        }
    }
    out.undersetLines = static_cast<int>(slots.size() - std::min(next, slots.size()));
    return placements;
}

}  // namespace bm::flow::stages
