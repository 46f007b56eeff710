// SPDX-License-Identifier: MIT
// Edits of articles (text, paragraphs, tracking, add/remove) and of named styles.
#include <algorithm>
#include <optional>
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/text_mapping.h"
#include "layout/model/validate.h"

namespace bm::model::edit_detail {

namespace {

Result<AppliedEdit> setParagraphs(Document& doc, const SetParagraphs& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    Article next = *a;
    next.paragraphs = e.paragraphs;
    // Flush marks and tracking ranges follow their text through the edit (text_mapping.h): a
    // fitted story stays fitted when a character is typed.
    if (e.flushParagraphs)
        next.flushParagraphs = *e.flushParagraphs;
    else
        next.flushParagraphs =
            mapParagraphIndices(a->paragraphs, next.paragraphs, a->flushParagraphs);
    if (e.tracking) {
        next.tracking = *e.tracking;
    } else {
        next.tracking = mapTrackingRanges(a->paragraphs, next.paragraphs, a->tracking);
        // Whatever the mapping cannot place validly (it always should) is dropped, never
        // allowed to make the edit fail.
        std::erase_if(next.tracking, [&](const TrackingRange& t) {
            Article probe;
            probe.id = next.id;
            probe.paragraphs = {next.paragraphs[t.paragraph]};
            TrackingRange local = t;
            local.paragraph = 0;
            probe.tracking = {local};
            return !validateArticle(probe, "").empty();
        });
    }
    // Character ranges and paragraph styles (v2) follow their text the same way.
    next.charRanges =
        e.charRanges ? *e.charRanges : mapCharRanges(a->paragraphs, next.paragraphs, a->charRanges);
    next.paragraphStyles =
        e.paragraphStyles ? *e.paragraphStyles
                          : mapParagraphStyles(a->paragraphs, next.paragraphs, a->paragraphStyles);
    if (auto problems = validateArticle(next, "articles[" + quoted(e.articleId) + "]");
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(SetParagraphs{e.articleId, a->paragraphs, a->flushParagraphs,
                                            a->tracking, a->charRanges, a->paragraphStyles});
    *a = std::move(next);
    touchArticle(doc, e.articleId, out);
    return out;
}

std::u16string* textField(Article& a, const std::string& field) {
    if (field == "kicker") return &a.kicker;
    if (field == "headline") return &a.headline;
    if (field == "subheadline") return &a.subheadline;
    if (field == "byline") return &a.byline;
    if (field == "dateline") return &a.dateline;
    if (field == "credit") return &a.credit;
    return nullptr;
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const SetArticleText& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    if (e.field == "paragraphs") {
        SetParagraphs sp{e.articleId, {}, std::nullopt, std::nullopt};
        size_t start = 0;
        for (;;) {
            const size_t nl = e.value.find(u'\n', start);
            sp.paragraphs.push_back(e.value.substr(start, nl - start));
            if (nl == std::u16string::npos) break;
            start = nl + 1;
        }
        if (e.value.empty()) sp.paragraphs.clear();
        return setParagraphs(doc, sp);
    }
    std::u16string* field = textField(*a, e.field);
    if (!field)
        return fail(
            "field: expected one of kicker, headline, subheadline, byline, dateline, "
            "credit, paragraphs, got " +
            quoted(e.field));
    AppliedEdit out = applied(SetArticleText{e.articleId, e.field, *field});
    *field = e.value;
    touchArticle(doc, e.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetArticleHeadline& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    Article next = *a;
    next.headlineSize = e.size;
    next.headlineFont = e.font;
    next.headlineScale = e.widthPercent;
    if (e.lines) next.headlineLines = *e.lines;
    if (auto problems = validateArticle(next, "articles[" + quoted(e.articleId) + "]");
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(SetArticleHeadline{e.articleId, a->headlineSize, a->headlineFont,
                                                 a->headlineScale, a->headlineLines});
    *a = std::move(next);
    touchArticle(doc, e.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetParagraphs& e) { return setParagraphs(doc, e); }

Result<AppliedEdit> apply(Document& doc, const SetTracking& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    Article next = *a;
    next.tracking = e.tracking;
    if (auto problems = validateArticle(next, "articles[" + quoted(e.articleId) + "]");
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(SetTracking{e.articleId, a->tracking});
    a->tracking = e.tracking;
    touchArticle(doc, e.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const AddArticle& e) {
    if (e.article.id.empty()) return fail("article.id: expected a non-empty id");
    if (doc.article(e.article.id)) return fail("duplicate article id " + quoted(e.article.id));
    if (!validInsertIndex(e.index, doc.articles.size()))
        return fail("index: expected -1 or 0 to " + std::to_string(doc.articles.size()) + ", got " +
                    std::to_string(e.index));
    if (auto problems = validateArticle(e.article, "article"); !problems.empty())
        return fail(joinLines(problems));
    insertAt(doc.articles, e.index, e.article);
    AppliedEdit out = applied(RemoveArticle{e.article.id});
    addUnique(out.touchedArticles, e.article.id);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveArticle& e) {
    size_t index = 0;
    if (!findById(doc.articles, e.articleId, &index))
        return fail("unknown article id " + quoted(e.articleId));
    AppliedEdit out = applied(Batch{});
    touchArticle(doc, e.articleId, out);
    // The inverse re-adds the article first (frames need it), then each frame at its old index;
    // ascending indices per page rebuild every page exactly.
    Batch inverse;
    inverse.edits.push_back(AddArticle{doc.articles[index], static_cast<int>(index)});
    for (Page& p : doc.pages) {
        for (size_t i = 0; i < p.articleFrames.size(); ++i)
            if (p.articleFrames[i].articleId == e.articleId)
                inverse.edits.push_back(
                    PlaceArticle{p.id, p.articleFrames[i], static_cast<int>(i)});
        std::erase_if(p.articleFrames,
                      [&](const ArticleFrame& f) { return f.articleId == e.articleId; });
    }
    doc.articles.erase(doc.articles.begin() + static_cast<long>(index));
    out.inverse = std::move(inverse);
    return out;
}

namespace {

// Body text is set one line per grid line: a body style of another size than a page's grid is
// refused, like a document that says so (validateDocument).
std::optional<std::string> bodyOffGrid(const Document& doc, const Style& body) {
    for (const Page& p : doc.pages)
        if (auto problem = checkBodyOnGrid(body, p, "page " + quoted(p.id))) return problem;
    return std::nullopt;
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const SetStyle& e) {
    if (e.name.empty()) return fail("style name: expected a non-empty name");
    if (auto problems = validateStyle(e.style, "styles." + e.name); !problems.empty())
        return fail(joinLines(problems));
    if (e.name == "body")
        if (auto p = bodyOffGrid(doc, e.style)) return fail(*p);
    const auto it = doc.styles.find(e.name);
    AppliedEdit out = it != doc.styles.end() ? applied(SetStyle{e.name, it->second})
                                             : applied(RemoveStyle{e.name});
    doc.styles[e.name] = e.style;
    touchEverything(doc, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveStyle& e) {
    const auto it = doc.styles.find(e.name);
    if (it == doc.styles.end()) return fail("unknown style " + quoted(e.name));
    // Labels name their style; removing it would leave a document that does not load.
    for (const Page& p : doc.pages)
        for (const LabelFrame& l : p.labels)
            if (l.style == e.name)
                return fail("style " + quoted(e.name) + " is used by label " + quoted(l.id) +
                            " on page " + quoted(p.id));
    if (e.name == "body")  // the default style takes its place (Document::style)
        if (auto p = bodyOffGrid(doc, Style{})) return fail(*p);
    AppliedEdit out = applied(SetStyle{e.name, it->second});
    doc.styles.erase(it);
    touchEverything(doc, out);
    return out;
}

}  // namespace bm::model::edit_detail
