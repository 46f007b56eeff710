// SPDX-License-Identifier: MIT
// Rich text edits (v2, issue 14): character attributes on a range of a body paragraph, an
// article's whole list of character ranges (the inverse of the former), and a paragraph's named
// style. A style's definition is SetStyle (edit_articles.cpp): every paragraph of it follows.
#include <algorithm>
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/text_mapping.h"
#include "layout/model/validate.h"

namespace bm::model::edit_detail {

namespace {

Result<AppliedEdit> replaceCharRanges(Document& doc, Article& a, std::vector<CharRange> ranges) {
    Article next = a;
    next.charRanges = std::move(ranges);
    if (auto problems = validateRichText(next, "articles[" + quoted(a.id) + "]"); !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(SetCharRanges{a.id, a.charRanges});
    a.charRanges = std::move(next.charRanges);
    touchArticle(doc, a.id, out);
    return out;
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const SetCharAttrs& e) {
    auto found = articleWithParagraph(doc, e.articleId, e.paragraph);
    if (!found) return Error{found.error()};
    Article* a = *found;
    const int len = static_cast<int>(a->paragraphs[e.paragraph].size());
    if (e.begin < 0 || e.end > len || e.begin >= e.end)
        return fail("expected 0 <= begin < end <= " + std::to_string(len) + ", got begin " +
                    std::to_string(e.begin) + ", end " + std::to_string(e.end));
    return replaceCharRanges(doc, *a,
                             withCharAttrs(a->charRanges, e.paragraph, e.begin, e.end, e.attrs));
}

Result<AppliedEdit> apply(Document& doc, const SetCharRanges& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    return replaceCharRanges(doc, *a, e.ranges);
}

Result<AppliedEdit> apply(Document& doc, const SetParagraphStyle& e) {
    auto found = articleWithParagraph(doc, e.articleId, e.paragraph);
    if (!found) return Error{found.error()};
    Article* a = *found;
    const bool body = e.style.empty() || e.style == "body";
    if (!body && !knownParagraphStyle(doc, e.style))
        return fail("unknown paragraph style " + quoted(e.style));
    const std::string old = a->paragraphStyle(e.paragraph);
    AppliedEdit out = applied(SetParagraphStyle{e.articleId, e.paragraph, old});
    auto& marks = a->paragraphStyles;
    std::erase_if(marks, [&](const ParagraphStyleMark& m) { return m.paragraph == e.paragraph; });
    if (!body) {
        auto at = std::find_if(marks.begin(), marks.end(), [&](const ParagraphStyleMark& m) {
            return m.paragraph > e.paragraph;
        });
        marks.insert(at, ParagraphStyleMark{e.paragraph, e.style});
    }
    touchArticle(doc, e.articleId, out);
    return out;
}

}  // namespace bm::model::edit_detail
