// SPDX-License-Identifier: MIT
// propose(): the free rectangle, the shape tables, the search, and the relayout check of every
// candidate (§3.9) with the same copy-fit the fit panel and `banmian fit` use.
#include <algorithm>
#include <set>

#include "layout/autolayout/autolayout.h"
#include "layout/autolayout/search.h"
#include "layout/place/fit.h"
#include "layout/place/occupancy.h"
#include "layout/render/image/image_decode.h"

namespace bm::autolayout {

namespace {

bool requested(const std::vector<ArticleRequest>& r, const std::string& articleId) {
    return std::any_of(r.begin(), r.end(), [&](const auto& a) { return a.id == articleId; });
}

bool isPhotoOf(const std::vector<ArticleRequest>& r, const std::string& imageId) {
    return std::any_of(r.begin(), r.end(), [&](const auto& a) { return a.photoId == imageId; });
}

/// The free part of the grid: every cell not held by a fixed item (items other than the
/// requested stories' frames and photos). It must be one rectangle (§3.3's decompositions of
/// corner items are not built yet).
bm::Result<model::GridRect> freeRectangle(const model::Document& doc, const model::Page& page,
                                          const Request& request) {
    const int columns = page.grid.columns, lines = model::gridLines(page);
    // Per cell, the fixed item holding it (-1: free), so a refusal can name it.
    std::vector<int> fixed(static_cast<size_t>(columns) * lines, -1);
    const auto items = place::pageItems(doc, page);
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        if (!item.grid) continue;
        if (item.kind == place::ItemKind::Article && requested(request.articles, item.articleId))
            continue;
        if (item.kind == place::ItemKind::Image && isPhotoOf(request.articles, item.id)) continue;
        const auto& g = *item.grid;
        for (int y = std::max(0, g.line); y < std::min(lines, g.line + g.lines); ++y)
            for (int x = std::max(0, g.column); x < std::min(columns, g.column + g.span); ++x)
                fixed[static_cast<size_t>(y) * columns + x] = static_cast<int>(i);
    }
    int x0 = columns, x1 = -1, y0 = lines, y1 = -1;
    for (int y = 0; y < lines; ++y)
        for (int x = 0; x < columns; ++x)
            if (fixed[static_cast<size_t>(y) * columns + x] < 0) {
                x0 = std::min(x0, x), x1 = std::max(x1, x);
                y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
    if (x1 < 0) return Error{"the page has no free grid cells"};
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x)
            if (const int i = fixed[static_cast<size_t>(y) * columns + x]; i >= 0) {
                const auto& item = items[static_cast<size_t>(i)];
                return Error{
                    "the fixed items leave a free area that is not one rectangle "
                    "(column " +
                    std::to_string(x + 1) + ", line " + std::to_string(y + 1) + " is taken by " +
                    place::kindName(item.kind) + " " + item.id + "); not supported yet"};
            }
    return model::GridRect{x0, x1 - x0 + 1, y0, y1 - y0 + 1};
}

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
std::string demandDiagnostic(const std::vector<LeafShapes>& leaves, const model::GridRect& area) {
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
    return "the stories need " + std::to_string(lo) + "–" + std::to_string(hi) +
           " column-lines (frames and photos, without the lines between them); the free area "
           "has " +
           std::to_string(area.span * area.lines) + " (" + std::to_string(area.span) +
           " columns × " + std::to_string(area.lines) + " lines) and no arrangement tiles it";
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
    auto area = freeRectangle(doc, page, request);
    if (!area) return Error{area.error()};
    Result out;
    out.freeArea = *area;
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
    const auto found = searchLayouts(leaves, *area, request, out.stats);
    for (const auto& f : found) {
        if (static_cast<int>(out.candidates.size()) >= request.candidates) break;
        Candidate c;
        c.modules = modulesOf(f.sizing, leaves, request.articles, page.grid.bodySize);
        c.gaps = f.sizing.gaps;
        c.score = f.scored.parts;
        c.structure = describe(f.expression, leaves);
        c.evaluations = f.evaluation;
        auto ok = verify(doc, pageIndex, c, cache);
        if (!ok) return Error{ok.error()};
        if (!*ok) {
            ++out.stats.rejectedByVerification;
            continue;
        }
        out.candidates.push_back(std::move(c));
    }
    if (out.candidates.empty()) out.diagnostic = demandDiagnostic(leaves, *area);
    return out;
}

}  // namespace bm::autolayout
