// SPDX-License-Identifier: MIT
// toEdits() and the request helpers.
#include <algorithm>

#include "layout/autolayout/autolayout.h"
#include "layout/autolayout/separators.h"
#include "layout/model/validate.h"
#include "layout/place/occupancy.h"

namespace bm::autolayout {

namespace {

std::string freshFrameId(const model::Document& scratch, const std::string& articleId) {
    return model::freshId("f-" + articleId,
                          [&](const std::string& id) { return model::frameIdInUse(scratch, id); });
}

void push(model::Document& scratch, std::vector<model::Edit>& edits, model::Edit e) {
    // Applied to the scratch copy as they are made, so frame ids are unique at each step; a
    // failure shows when the whole batch is applied.
    (void)model::applyEdit(scratch, e);
    edits.push_back(std::move(e));
}

/// The page's unlocked line rules that cross a new module (they separated the stories laid out
/// before and would now run through text) or lie inside the area the modules and separator
/// lines take (the old layout's 栏线, among them an earlier 自动组版's: the new ones replace
/// them). Locked rules stay, and the relayout check then drops a candidate they cross.
void removeOldRules(const model::Document& doc, const model::Page& page, const Candidate& candidate,
                    model::Document& scratch, std::vector<model::Edit>& edits) {
    if (candidate.modules.empty()) return;
    model::GridRect used = candidate.modules.front().area;
    auto grow = [&](const model::GridRect& r) {
        const int x1 = std::max(used.column + used.span, r.column + r.span);
        const int y1 = std::max(used.line + used.lines, r.line + r.lines);
        used.column = std::min(used.column, r.column);
        used.line = std::min(used.line, r.line);
        used.span = x1 - used.column;
        used.lines = y1 - used.line;
    };
    for (const auto& m : candidate.modules) grow(m.area);
    for (const auto& g : candidate.gaps) grow(g);
    const Rect usedBox = model::gridRectToPage(page, used);
    for (const auto& item : place::pageItems(doc, page)) {
        if (item.kind != place::ItemKind::Rule) continue;
        const auto rule = std::find_if(page.rules.begin(), page.rules.end(),
                                       [&](const auto& r) { return r.id == item.id; });
        if (rule == page.rules.end() || rule->locked) continue;
        const bool crossed =
            std::any_of(candidate.modules.begin(), candidate.modules.end(), [&](const Module& m) {
                place::PageItem module;
                module.area = model::gridRectToPage(page, m.area);
                module.grid = m.area;
                return place::overlapOf(item, module).has_value();
            });
        auto within = [&](const Point& p) {
            return p.x >= usedBox.x && p.x <= usedBox.x + usedBox.w && p.y >= usedBox.y &&
                   p.y <= usedBox.y + usedBox.h;
        };
        if (crossed || (within(rule->from) && within(rule->to)))
            push(scratch, edits, model::RemoveRule{page.id, item.id});
    }
}

/// The separator rules (separators.cpp): along each separator line and in the gutters between
/// side-by-side modules, in the house rule weight (RuleFrame's default, as the 对象 menu draws).
void addSeparatorRules(const model::Document& doc, const model::Page& page,
                       const Candidate& candidate, model::Document& scratch,
                       std::vector<model::Edit>& edits) {
    int n = 1;
    for (const Separator& s : separatorRules(doc, page, candidate)) {
        model::RuleFrame rule;
        do {  // unique among every item id, as AddRule requires, not only among rules
            rule.id = "rule-auto-" + std::to_string(n++);
        } while (model::frameIdInUse(scratch, rule.id));
        rule.from = s.from;
        rule.to = s.to;
        push(scratch, edits, model::AddRule{page.id, rule, -1});
    }
}

}  // namespace

std::vector<model::Edit> toEdits(const model::Document& doc, int pageIndex,
                                 const Candidate& candidate) {
    model::Document scratch = doc;
    std::vector<model::Edit> edits;
    const std::string pageId = doc.pages[pageIndex].id;
    for (const auto& m : candidate.modules)
        for (const auto& p : doc.pages)
            for (const auto& f : p.articleFrames)
                if (f.articleId == m.articleId)
                    push(scratch, edits, model::RemoveFrame{p.id, f.id});
    removeOldRules(doc, doc.pages[pageIndex], candidate, scratch, edits);
    addSeparatorRules(doc, doc.pages[pageIndex], candidate, scratch, edits);
    for (const auto& m : candidate.modules) {
        model::ArticleFrame frame;
        frame.id = freshFrameId(scratch, m.articleId);
        frame.articleId = m.articleId;
        frame.rects = {model::FrameRect{m.frame, m.textColumns, std::nullopt}};
        push(scratch, edits, model::PlaceArticle{pageId, frame, -1});
        if (!m.photoId.empty()) push(scratch, edits, model::MoveImage{pageId, m.photoId, m.photo});
        if (const model::Article* a = doc.article(m.articleId))
            push(scratch, edits,
                 model::SetArticleHeadline{m.articleId, m.headlineSize, a->headlineFont,
                                           a->headlineScale,
                                           m.headlineWhite != 0 ? m.headlineLines : 0});
        // The relayout check's tracking when there is one, else the shape table's.
        auto verified = std::find_if(candidate.tracking.begin(), candidate.tracking.end(),
                                     [&](const auto& t) { return t.first == m.articleId; });
        std::vector<model::TrackingRange> ranges;
        if (verified != candidate.tracking.end()) {
            ranges = verified->second;
        } else if (const model::Article* a = doc.article(m.articleId); a) {
            ranges = place::planRanges(
                *a, !m.trackingPlan.empty()
                        ? m.trackingPlan
                        : place::TrackingPlan(a->paragraphs.size(), m.trackingMilliEm));
        }
        push(scratch, edits, model::SetTracking{m.articleId, ranges});
    }
    return edits;
}

std::vector<std::string> unplacedArticles(const model::Document& doc) {
    std::vector<std::string> out;
    for (const auto& a : doc.articles) {
        bool placed = false;
        for (const auto& p : doc.pages)
            for (const auto& f : p.articleFrames) placed = placed || f.articleId == a.id;
        if (!placed) out.push_back(a.id);
    }
    return out;
}

std::vector<ArticleRequest> defaultPriorities(const model::Document& doc,
                                              const std::vector<std::string>& ids) {
    std::vector<std::pair<size_t, std::string>> bySize;
    for (const auto& id : ids) {
        size_t chars = 0;
        if (const model::Article* a = doc.article(id))
            for (const auto& p : a->paragraphs) chars += p.size();
        bySize.push_back({chars, id});
    }
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ArticleRequest> out;
    for (const auto& id : ids) {
        ArticleRequest r;
        r.id = id;
        const auto rank = std::find_if(bySize.begin(), bySize.end(),
                                       [&](const auto& s) { return s.second == id; }) -
                          bySize.begin();
        r.priority = rank == 0 ? 1 : (rank <= 2 ? 2 : (rank <= 4 ? 3 : 4));
        out.push_back(std::move(r));
    }
    return out;
}

void attachPhotos(const model::Page& page, std::vector<ArticleRequest>& articles) {
    for (const auto& im : page.images) {
        if (im.id.rfind("img-", 0) != 0) continue;
        const std::string stem = im.id.substr(4);
        for (auto& a : articles)
            if (a.photoId.empty() && (a.id == stem || a.id.rfind(stem + "-", 0) == 0)) {
                a.photoId = im.id;
                break;
            }
    }
}

}  // namespace bm::autolayout
