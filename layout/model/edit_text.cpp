// SPDX-License-Identifier: MIT
// ReplaceText (a correction inside one stored text field, e.g. a checker fix) and
// SetCheckSettings (the document's check profile and waivers).
#include <algorithm>
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/text_mapping.h"

namespace bm::model::edit_detail {

namespace {

struct ResolvedField {
    std::u16string* text = nullptr;
    Article* article = nullptr;  // for article fields
    Page* page = nullptr;        // for page items and the 报眉
};

Result<ResolvedField> resolve(Document& doc, const TextField& f) {
    ResolvedField r;
    if (!f.articleId.empty()) {
        Article* a = doc.article(f.articleId);
        if (!a) return fail("unknown article id " + quoted(f.articleId));
        r.article = a;
        if (f.field == "paragraphs") {
            auto checked = articleWithParagraph(doc, f.articleId, f.paragraph);
            if (!checked) return Error{checked.error()};
            r.text = &a->paragraphs[static_cast<size_t>(f.paragraph)];
        } else {
            const std::pair<const char*, std::u16string*> fields[] = {
                {"kicker", &a->kicker},           {"headline", &a->headline},
                {"subheadline", &a->subheadline}, {"byline", &a->byline},
                {"dateline", &a->dateline},       {"credit", &a->credit}};
            for (const auto& [name, t] : fields)
                if (f.field == name) r.text = t;
        }
        if (!r.text) return fail("unknown article field " + quoted(f.field));
        return r;
    }
    Page* page = findPage(doc, f.pageId);
    if (!page) return fail("unknown page id " + quoted(f.pageId));
    r.page = page;
    if (f.field == "caption" || f.field == "credit") {
        ImageFrame* img = findById(page->images, f.itemId);
        if (!img) return fail("unknown image id " + quoted(f.itemId));
        r.text = f.field == "caption" ? &img->caption : &img->credit;
    } else if (f.field == "label") {
        LabelFrame* label = findById(page->labels, f.itemId);
        if (!label) return fail("unknown label id " + quoted(f.itemId));
        r.text = &label->text;
    } else if (f.field == "header.paperName") {
        r.text = &page->header.paperName;
    } else if (f.field == "header.date") {
        r.text = &page->header.date;
    } else if (f.field == "header.pageName") {
        r.text = &page->header.pageName;
    } else {
        return fail("unknown text field " + quoted(f.field));
    }
    return r;
}

// Where offset x of the old text lands in the new one (inside a replaced range: its start for
// a range start, its end for a range end).
int mapOffset(int x, const std::vector<TextReplacement>& reps, bool isEnd) {
    int shift = 0;
    for (const auto& r : reps) {
        const int delta = static_cast<int>(r.text.size()) - (r.end - r.begin);
        if (x >= r.end && !(x == r.end && r.begin == r.end && !isEnd)) {
            shift += delta;
        } else if (x > r.begin) {
            return r.begin + shift + (isEnd ? static_cast<int>(r.text.size()) : 0);
        }
    }
    return x + shift;
}

/// Ranges (tracking, character styles) of `paragraph` moved through the replacements; a range
/// whose text was all replaced is dropped.
template <typename R>
std::vector<R> mapWithin(const std::vector<R>& ranges, int paragraph,
                         const std::vector<TextReplacement>& reps) {
    std::vector<R> out;
    for (R t : ranges) {
        if (t.paragraph == paragraph) {
            t.begin = mapOffset(t.begin, reps, false);
            t.end = mapOffset(t.end, reps, true);
            if (t.begin >= t.end) continue;
        }
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const ReplaceText& e) {
    auto field = resolve(doc, e.target);
    if (!field) return fail(field.error());
    std::u16string& text = *field->text;
    std::vector<TextReplacement> reps = e.replacements;
    std::stable_sort(reps.begin(), reps.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
    int prevEnd = 0;
    for (const auto& r : reps) {
        if (r.begin < prevEnd || r.end < r.begin || r.end > static_cast<int>(text.size()))
            return fail("replacement [" + std::to_string(r.begin) + ", " + std::to_string(r.end) +
                        ") is outside the text or overlaps another");
        if (text.compare(static_cast<size_t>(r.begin), static_cast<size_t>(r.end - r.begin),
                         r.expected) != 0)
            return fail("the text of " + e.target.field + " changed since the correction was made");
        if (e.target.field == "paragraphs" && r.text.find(u'\n') != std::u16string::npos)
            return fail("a paragraph correction cannot insert a line break");
        prevEnd = r.end;
    }
    std::u16string next;
    ReplaceText inverse{e.target, {}};
    int at = 0, shift = 0;
    for (const auto& r : reps) {
        next.append(text, static_cast<size_t>(at), static_cast<size_t>(r.begin - at));
        const int b = r.begin + shift;
        inverse.replacements.push_back(
            {b, b + static_cast<int>(r.text.size()), r.text, r.expected});
        next += r.text;
        shift += static_cast<int>(r.text.size()) - (r.end - r.begin);
        at = r.end;
    }
    next.append(text, static_cast<size_t>(at), std::u16string::npos);

    AppliedEdit out = applied(inverse);
    if (field->article && e.target.field == "paragraphs") {
        Article& a = *field->article;
        auto tracking = mapWithin(a.tracking, e.target.paragraph, reps);
        auto charRanges = normalizeCharRanges(mapWithin(a.charRanges, e.target.paragraph, reps));
        Batch undo{{inverse}};
        if (tracking != a.tracking) undo.edits.push_back(SetTracking{a.id, a.tracking});
        if (charRanges != a.charRanges) undo.edits.push_back(SetCharRanges{a.id, a.charRanges});
        if (undo.edits.size() > 1) out.inverse = std::move(undo);
        a.tracking = std::move(tracking);
        a.charRanges = std::move(charRanges);
    }
    text = std::move(next);
    if (field->article)
        touchArticle(doc, field->article->id, out);
    else
        touchPage(doc, *field->page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const ReplaceAll& e) {
    Batch steps;
    steps.edits.assign(e.fields.begin(), e.fields.end());
    return apply(doc, steps);  // all or nothing; the inverse is the Batch of the inverses
}

Result<AppliedEdit> apply(Document& doc, const SetCheckSettings& e) {
    for (const auto& w : e.checks.waivers)
        if (w.fingerprint.size() != 16 ||
            w.fingerprint.find_first_not_of("0123456789abcdef") != std::string::npos)
            return fail("waiver fingerprint " + quoted(w.fingerprint) +
                        ": expected 16 lower-case hex digits");
    AppliedEdit out = applied(SetCheckSettings{doc.checks});
    doc.checks = e.checks;
    return out;
}

}  // namespace bm::model::edit_detail
