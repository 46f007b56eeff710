// SPDX-License-Identifier: MIT
// propose(): the free area (one rectangle or several, §3.3), the shape tables, the search, and the
// relayout check of every candidate (§3.9) with the same copy-fit the fit panel and `banmian fit`
// use.
#include <algorithm>
#include <set>

#include "layout/autolayout/autolayout.h"
#include "layout/autolayout/freearea.h"
#include "layout/autolayout/search.h"
#include "layout/place/fit.h"
#include "layout/place/occupancy.h"
#include "layout/render/image/image_decode.h"

namespace bm::autolayout {

namespace {

std::string resolvePath(const std::string& path, const std::string& dir) {
    if (path.empty() || path.front() == '/' || dir.empty()) return path;
    return dir + "/" + path;
}

/// The photo as placed on the page, with its picture's pixel size from the file's header (the
/// same reader the preflight's image probe uses; 0 × 0 when it cannot be read, and then the
/// resolution limit cannot apply).
std::optional<PhotoShape> photoShape(const model::Page& page, const std::string& imageId,
                                     const std::string& documentDir) {
    for (const auto& im : page.images) {
        if (im.id != imageId) continue;
        const int pictureLines = std::max(1, im.area.lines - im.captionLines);
        PhotoShape s;
        s.frame = im;
        s.captionLines = im.caption.empty() && im.credit.empty() ? 0 : im.captionLines;
        s.aspect = static_cast<double>(model::columnsWidth(page, im.area.span)) /
                   static_cast<double>(pictureLines * page.grid.pitch());
        if (!im.path.empty())
            if (auto info = render::readImageInfoFile(resolvePath(im.path, documentDir));
                info && !info->vector() && info->width > 0 && info->height > 0) {
                s.pixelsW = info->width;
                s.pixelsH = info->height;
                s.aspect = static_cast<double>(info->width) / info->height;
            }
        return s;
    }
    return std::nullopt;
}

/// "text needs 420–470 column-lines at 13–24 字, the free area has 816".
std::string demandDiagnostic(const std::vector<LeafShapes>& leaves, const FreeArea& free) {
    const model::GridRect& area = free.bounds;
    long lo = 0, hi = 0;
    for (const auto& l : leaves) {
        long a = -1, b = -1;
        for (size_t w = 1; w < l.feasible.size(); ++w)
            for (size_t h = l.feasible[w]._Find_first(); h < l.feasible[w].size();
                 h = l.feasible[w]._Find_next(h)) {
                const long cells = static_cast<long>(w * h);
                a = a < 0 ? cells : std::min(a, cells);
                b = std::max(b, cells);
            }
        if (a < 0) return "\"" + l.articleId + "\" fits at no width within the house limits";
        lo += a, hi += b;
    }
    const std::string where = free.simple() ? " (" + std::to_string(area.span) + " columns × " +
                                                  std::to_string(area.lines) + " lines)"
                                            : " in the rectangles around the fixed items (" +
                                                  std::to_string(free.decompositions.size()) +
                                                  " ways to cut it)";
    return "the stories need " + std::to_string(lo) + "–" + std::to_string(hi) +
           " column-lines (frames and photos, without the lines between them); the free area "
           "has " +
           std::to_string(free.freeCells) + where + " and no arrangement tiles it";
}

/// Applies the candidate to a copy and relays every story. Copy-fit may replace the shape
/// table's whole-article tracking by a cheaper per-paragraph plan. False when a story does not
/// fit or two items overlap.
bm::Result<bool> verify(const model::Document& doc, int pageIndex, Candidate& candidate,
                        place::TrialCache& cache) {
    model::Document scratch = doc;
    candidate.tracking.clear();
    auto applied = model::applyEdit(scratch, model::Batch{toEdits(doc, pageIndex, candidate)});
    if (!applied) return Error{"internal error applying a candidate: " + applied.error()};
    for (const auto& m : candidate.modules) {
        auto fit = place::copyFit(scratch, m.articleId, cache);
        if (!fit) return Error{fit.error()};
        if (!fit->fits()) {
            // The shape table and the real flow disagree (a keep rule): one copy-fit step.
            auto fitted = place::autoFit(scratch, m.articleId, cache);
            if (!fitted) return Error{fitted.error()};
            if (!fitted->fits) return false;
            if (!model::applyEdit(scratch, model::SetTracking{m.articleId, fitted->tracking}))
                return false;
        }
        candidate.tracking.push_back({m.articleId, scratch.article(m.articleId)->tracking});
    }
    const auto occupancy = place::pageOccupancy(scratch, scratch.pages[pageIndex]);
    return occupancy.overlaps.empty();
}

}  // namespace

bm::Result<Result> propose(const model::Document& doc, int pageIndex, const Request& request,
                           place::TrialCache& cache) {
    if (pageIndex < 0 || pageIndex >= static_cast<int>(doc.pages.size()))
        return Error{"no page " + std::to_string(pageIndex + 1)};
    if (request.articles.empty()) return Error{"no stories to lay out"};
    const model::Page& page = doc.pages[pageIndex];
    std::set<std::string> ids;
    for (const auto& a : request.articles) {
        if (!doc.article(a.id)) return Error{"unknown article \"" + a.id + "\""};
        if (!ids.insert(a.id).second) return Error{"article \"" + a.id + "\" named twice"};
        if (!a.photoId.empty() && !photoShape(page, a.photoId, request.documentDir))
            return Error{"no image \"" + a.photoId + "\" on page " + std::to_string(page.number)};
    }
    auto free = freeArea(doc, page, request, request.house.stackGap);
    if (!free) return Error{free.error()};
    const model::GridRect* area = &free->bounds;
    Result out;
    out.freeArea = free->bounds;
    out.freeCells = free->freeCells;
    std::vector<LeafShapes> leaves;
    const size_t missesBefore = cache.misses(), hitsBefore = cache.hits();
    for (const auto& a : request.articles) {
        const auto photo =
            a.photoId.empty() ? std::nullopt : photoShape(page, a.photoId, request.documentDir);
        auto shapes =
            leafShapes(doc, page, a, request.house, photo, area->span, area->lines, cache);
        if (!shapes) return Error{shapes.error()};
        leaves.push_back(std::move(*shapes));
    }
    out.stats.trialMisses = cache.misses() - missesBefore;
    out.stats.trialHits = cache.hits() - hitsBefore;
    const auto found = free->simple()
                           ? searchLayouts(leaves, *area, request, out.stats)
                           : searchRegions(leaves, free->decompositions, *area, request, out.stats);
    for (const auto& f : found) {
        if (static_cast<int>(out.candidates.size()) >= request.candidates) break;
        Candidate c;
        c.modules = modulesOf(f.sizing, leaves, request.articles, page.grid.bodySize);
        c.gaps = f.sizing.gaps;
        c.score = f.scored.parts;
        c.structure = describe(f.expression, leaves);
        c.regions = f.regions;
        for (const auto& e : f.regionExpressions)
            c.structure += (c.structure.empty() ? "" : " + ") + describe(e, leaves);
        c.evaluations = f.evaluation;
        auto ok = verify(doc, pageIndex, c, cache);
        if (!ok) return Error{ok.error()};
        if (!*ok) {
            ++out.stats.rejectedByVerification;
            continue;
        }
        out.candidates.push_back(std::move(c));
    }
    if (out.candidates.empty()) out.diagnostic = demandDiagnostic(leaves, *free);
    return out;
}

}  // namespace bm::autolayout
