// SPDX-License-Identifier: MIT
// toEdits() and the request helpers.
#include <algorithm>

#include "layout/autolayout/autolayout.h"
#include "layout/model/validate.h"

namespace bm::autolayout {

namespace {

std::string freshFrameId(const model::Document& scratch, const std::string& articleId) {
    std::string id = "f-" + articleId;
    for (int n = 2; model::frameIdInUse(scratch, id); ++n)
        id = "f-" + articleId + "-" + std::to_string(n);
    return id;
}

void push(model::Document& scratch, std::vector<model::Edit>& edits, model::Edit e) {
    // Applied to the scratch copy as they are made, so frame ids are unique at each step; a
    // failure shows when the whole batch is applied.
    (void)model::applyEdit(scratch, e);
    edits.push_back(std::move(e));
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
            ranges =
                place::planRanges(*a, place::TrackingPlan(a->paragraphs.size(), m.trackingMilliEm));
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
