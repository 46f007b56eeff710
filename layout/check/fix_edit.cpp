// SPDX-License-Identifier: MIT
#include "layout/check/fix_edit.h"

#include <algorithm>
#include <map>

namespace bm::check {

std::optional<model::TextField> textFieldOf(const Location& l) {
    if (!l.field) return std::nullopt;
    model::TextField t;
    t.field = fieldName(*l.field);
    switch (*l.field) {
        case FieldKind::Caption:
        case FieldKind::Label:
            t.pageId = l.page;
            t.itemId = l.frame;
            return t;
        case FieldKind::Credit:
            if (l.article.empty()) {  // a photo's credit
                t.pageId = l.page;
                t.itemId = l.frame;
                return t;
            }
            t.articleId = l.article;
            return t;
        case FieldKind::HeaderPaperName:
        case FieldKind::HeaderDate:
        case FieldKind::HeaderPageName:
            t.pageId = l.page;
            return t;
        case FieldKind::Paragraphs:
            t.articleId = l.article;
            t.paragraph = l.paragraph;
            return t;
        default:
            t.articleId = l.article;
            return t;
    }
}

namespace {

std::vector<model::TextReplacement> replacements(const Finding& f) {
    std::vector<model::TextReplacement> out;
    const Range at = f.location.utf16.value_or(Range{});
    const std::u16string& excerpt = f.excerpt ? f.excerpt->text : std::u16string();
    for (const TextEdit& e : f.fix->edits) {
        model::TextReplacement r;
        r.begin = e.utf16.begin;
        r.end = e.utf16.end;
        r.text = e.text;
        // What the range held when the finding was made (a part of the excerpt).
        if (e.utf16.begin >= at.begin && e.utf16.end <= at.end &&
            static_cast<size_t>(e.utf16.end - at.begin) <= excerpt.size())
            r.expected = excerpt.substr(static_cast<size_t>(e.utf16.begin - at.begin),
                                        static_cast<size_t>(e.utf16.end - e.utf16.begin));
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::optional<model::Edit> fixEdit(const Finding& f) {
    if (!f.fix || f.fix->edits.empty()) return std::nullopt;
    auto field = textFieldOf(f.location);
    if (!field) return std::nullopt;
    return model::Edit{model::ReplaceText{*field, replacements(f)}};
}

std::optional<model::Edit> fixAllSafeEdit(const std::vector<Finding>& findings) {
    std::vector<std::pair<model::TextField, std::vector<model::TextReplacement>>> fields;
    for (const Finding& f : findings) {
        if (f.waived || !f.fix || !f.fix->safe || f.fix->edits.empty()) continue;
        auto field = textFieldOf(f.location);
        if (!field) continue;
        auto it = std::find_if(fields.begin(), fields.end(),
                               [&](const auto& e) { return e.first == *field; });
        if (it == fields.end()) it = fields.insert(fields.end(), {*field, {}});
        auto reps = replacements(f);
        const bool clash = std::any_of(reps.begin(), reps.end(), [&](const auto& r) {
            return std::any_of(it->second.begin(), it->second.end(), [&](const auto& o) {
                return (r.begin < o.end && o.begin < r.end) ||
                       (r.begin == r.end && r.begin == o.begin) ||
                       (o.begin == o.end && o.begin == r.begin);
            });
        });
        if (!clash) it->second.insert(it->second.end(), reps.begin(), reps.end());
    }
    model::Batch batch;
    for (auto& [field, reps] : fields)
        if (!reps.empty()) batch.edits.push_back(model::ReplaceText{field, std::move(reps)});
    if (batch.edits.empty()) return std::nullopt;
    return model::Edit{std::move(batch)};
}

}  // namespace bm::check
