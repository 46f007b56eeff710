// SPDX-License-Identifier: MIT
#include "gui/rich_text_commands.h"

#include <algorithm>

namespace bm::gui {

namespace {

/// A span cut where the article's character ranges start and end, each piece with the
/// attributes it has now (plain between ranges).
struct Piece {
    BodySpan span;
    model::CharAttrs attrs;
};

std::vector<Piece> piecesOf(const model::Article& article, const BodySpan& s) {
    std::vector<Piece> out;
    int at = s.begin;
    for (const model::CharRange& r : article.charRanges) {
        if (r.paragraph != s.paragraph || r.end <= at || r.begin >= s.end) continue;
        if (r.begin > at) out.push_back({{s.paragraph, at, r.begin}, {}});
        const int end = std::min(r.end, s.end);
        out.push_back({{s.paragraph, std::max(at, r.begin), end}, r.attrs});
        at = end;
    }
    if (at < s.end) out.push_back({{s.paragraph, at, s.end}, {}});
    return out;
}

/// One edit, or a Batch of several; a label names the step in the history (加粗, 上标 …), so a
/// single edit is wrapped too when there is one.
model::Edit oneOrBatch(std::vector<model::Edit> edits, const std::string& label) {
    if (edits.size() == 1 && label.empty()) return std::move(edits.front());
    return model::Batch{std::move(edits), label};
}

}  // namespace

bool everyChar(const model::Article& article, const std::vector<BodySpan>& spans,
               const std::function<bool(const model::CharAttrs&)>& test) {
    bool any = false;
    for (const BodySpan& s : spans)
        for (const Piece& p : piecesOf(article, s)) {
            if (!test(p.attrs)) return false;
            any = true;
        }
    return any;
}

std::optional<model::Edit> charAttrsEdit(const model::Article& article,
                                         const std::vector<BodySpan>& spans,
                                         const AttrChange& change, const std::string& label) {
    std::vector<Piece> changed;
    for (const BodySpan& s : spans)
        for (const Piece& p : piecesOf(article, s)) {
            const model::CharAttrs next = change(p.attrs);
            if (next == p.attrs) continue;
            // Touching pieces that end up alike are one edit.
            if (!changed.empty() && changed.back().span.paragraph == p.span.paragraph &&
                changed.back().span.end == p.span.begin && changed.back().attrs == next) {
                changed.back().span.end = p.span.end;
                continue;
            }
            changed.push_back({p.span, next});
        }
    if (changed.empty()) return std::nullopt;
    std::vector<model::Edit> edits;
    for (const Piece& p : changed)
        edits.push_back(
            model::SetCharAttrs{article.id, p.span.paragraph, p.span.begin, p.span.end, p.attrs});
    return oneOrBatch(std::move(edits), label);
}

std::optional<model::Edit> paragraphStyleEdit(const model::Article& article,
                                              const std::vector<int>& paragraphs,
                                              const std::string& style) {
    std::vector<model::Edit> edits;
    for (int p : paragraphs) {
        if (p < 0 || p >= static_cast<int>(article.paragraphs.size())) continue;
        if (article.paragraphStyle(p) == style) continue;
        edits.push_back(model::SetParagraphStyle{article.id, p, style});
    }
    if (edits.empty()) return std::nullopt;
    if (edits.size() == 1) return std::move(edits.front());
    return model::Batch{std::move(edits), "Paragraph style"};
}

}  // namespace bm::gui
