// SPDX-License-Identifier: MIT
#include "layout/place/planner.h"

#include <algorithm>

#include "layout/flow/article_flow.h"
#include "layout/model/validate.h"
#include "layout/place/free_space.h"

namespace bm::place {

namespace {

/// The item as the refusal names it: occupancy's kind names, with the two that read better
/// spelled out.
std::string itemName(ItemKind kind) {
    if (kind == ItemKind::Article) return "article frame";
    if (kind == ItemKind::Header) return "the page header";
    return kindName(kind);
}

/// A one-rect frame at `area` with one text column per base column (fewer when too narrow).
model::FrameRect frameRect(const model::Page& page, model::GridRect area) {
    model::FrameRect r;
    r.area = area;
    r.textColumns = area.span;
    while (r.textColumns > 1 && model::checkFrameRect(page, r)) --r.textColumns;
    return r;
}

struct Flowed {
    bool fits = false;
    int oversetChars = 0;
    int oversetLines = 0;
};

/// The article flowed through its chain with `frame` added on `pageIndex`.
Result<Flowed> flowWith(const model::Document& doc, const model::Article& article, int pageIndex,
                        const model::ArticleFrame& frame, TrialCache& cache) {
    std::vector<flow::ChainFrame> chain = flow::articleChain(doc, article.id);
    chain.push_back({pageIndex, &doc.pages[pageIndex], &frame});
    auto f = flow::flowArticle(doc, article, chain, cache.setter());
    if (!f) return Error{f.error()};
    return Flowed{f->oversetLines == 0, f->oversetChars, f->oversetLines};
}

Refusal refuse(Refusal::Reason reason, const DropRequest& r) {
    Refusal out;
    out.reason = reason;
    out.column = r.column;
    out.line = r.line;
    return out;
}

/// Grid lines the frame needs at this span: trials for a first frame (headline + body), full
/// flows for a continuation (what the earlier frames leave over). Capped at `depth`.
Result<int> linesNeeded(const model::Document& doc, const model::Article& article, int pageIndex,
                        model::ArticleFrame frame, int depth, TrialCache& cache) {
    const model::Page& page = doc.pages[pageIndex];
    model::FrameRect& rect = frame.rects[0];
    if (frame.sequence == 0) {
        const auto cols = flow::frameColumns(page, pageIndex, frame, page.grid.bodySize);
        const Length width = model::columnsWidth(page, rect.area.span);
        return cache.frameLines(doc, article, page, cols.front().measure, rect.textColumns,
                                frame.showHeadline ? width : 0);
    }
    int lo = 1, hi = depth;
    rect.area.lines = hi;
    auto full = flowWith(doc, article, pageIndex, frame, cache);
    if (!full) return Error{full.error()};
    if (!full->fits) return depth + 1;  // more than the region holds
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        rect.area.lines = mid;
        auto f = flowWith(doc, article, pageIndex, frame, cache);
        if (!f) return Error{f.error()};
        if (f->fits)
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}

}  // namespace

std::string Refusal::message() const {
    const std::string cell =
        "column " + std::to_string(column + 1) + ", line " + std::to_string(line + 1);
    switch (reason) {
        case Reason::UnknownArticle:
            return "unknown article";
        case Reason::NoPage:
            return "no such page";
        case Reason::OutsideGrid:
            return cell + " is outside the page grid";
        case Reason::Occupied:
            return cell + " is taken by " + itemName(itemKind) +
                   (itemKind == ItemKind::Header ? "" : " " + itemId) +
                   (itemArticle.empty() ? "" : " (" + itemArticle + ")");
        case Reason::TooNarrow:
            return "only " + std::to_string(freeColumns) + " free column(s) at " + cell + ", " +
                   std::to_string(span) + " asked";
        case Reason::TooShort:
            return "only " + std::to_string(freeLines) + " free line(s) from " + cell +
                   " down; the article needs at least " + std::to_string(neededLines) +
                   " (headline and one line of text)";
    }
    return "cannot place here";
}

std::string newFrameId(const model::Document& doc) {
    for (int n = 1;; ++n) {
        const std::string id = "f" + std::to_string(n);
        if (!model::frameIdInUse(doc, id)) return id;
    }
}

int nextSequence(const model::Document& doc, const std::string& articleId) {
    int next = 0;
    for (const auto& p : doc.pages)
        for (const auto& f : p.articleFrames)
            if (f.articleId == articleId) next = std::max(next, f.sequence + 1);
    return next;
}

Result<DropPlan> planDrop(const model::Document& doc, const DropRequest& request,
                          TrialCache& cache) {
    DropPlan plan;
    const model::Article* article = doc.article(request.articleId);
    if (!article) {
        plan.refusal = refuse(Refusal::Reason::UnknownArticle, request);
        return plan;
    }
    if (request.pageIndex < 0 || request.pageIndex >= static_cast<int>(doc.pages.size())) {
        plan.refusal = refuse(Refusal::Reason::NoPage, request);
        return plan;
    }
    const model::Page& page = doc.pages[request.pageIndex];
    const FreeSpace space(doc, page);
    if (!space.inGrid(request.column, request.line)) {
        plan.refusal = refuse(Refusal::Reason::OutsideGrid, request);
        return plan;
    }
    if (const PageItem* owner = space.owner(request.column, request.line)) {
        Refusal r = refuse(Refusal::Reason::Occupied, request);
        r.itemKind = owner->kind;
        r.itemId = owner->id;
        r.itemArticle = owner->articleId;
        plan.refusal = r;
        return plan;
    }
    const auto [runFirst, runLast] = space.freeRun(request.column, request.line);
    const int run = runLast - runFirst;
    if (request.span && (*request.span < 1 || *request.span > run)) {
        Refusal r = refuse(Refusal::Reason::TooNarrow, request);
        r.freeColumns = run;
        r.span = *request.span;
        plan.refusal = r;
        return plan;
    }

    model::ArticleFrame frame;
    frame.id = request.frameId.empty() ? newFrameId(doc) : request.frameId;
    frame.articleId = article->id;
    frame.sequence = nextSequence(doc, article->id);
    frame.showHeadline = frame.sequence == 0;

    // Spans to try: the one asked for, else the preferred span widened up to the free run
    // until the article fits.
    const int first = request.span ? *request.span : std::min(kPreferredDropSpan, run);
    const int last = request.span ? *request.span : run;
    bool placedAny = false;
    long bestOver = 0;
    Refusal shortest;
    for (int span = first; span <= last; ++span) {
        const int column = std::clamp(request.column, runFirst, runLast - span);
        const int depth = space.freeDepth(column, span, request.line);
        model::ArticleFrame candidate = frame;
        candidate.rects = {frameRect(page, {column, span, request.line, std::max(1, depth)})};
        int head = 0;
        if (candidate.showHeadline) {
            auto h = cache.headlineLines(doc, *article, page, model::columnsWidth(page, span));
            if (!h) return Error{h.error()};
            head = *h;
        }
        if (depth < head + 1) {
            shortest = refuse(Refusal::Reason::TooShort, request);
            shortest.freeLines = depth;
            shortest.neededLines = head + 1;
            continue;
        }
        auto need = linesNeeded(doc, *article, request.pageIndex, candidate, depth, cache);
        if (!need) return Error{need.error()};
        // Body lines left over at this span (0 when it fits): the least wins when none fits.
        const long over =
            static_cast<long>(std::max(0, *need - depth)) * candidate.rects[0].textColumns;
        if (placedAny && over >= bestOver) continue;
        bestOver = over;
        candidate.rects[0].area.lines = std::clamp(*need, head + 1, depth);
        plan.place = model::PlaceArticle{page.id, candidate, -1};
        plan.region = model::GridRect{runFirst, run, request.line, depth};
        plan.neededLines = *need;
        plan.headlineLines = head;
        placedAny = true;
        if (over == 0) break;  // fits at this span
    }
    if (!placedAny) {
        plan.refusal = shortest;
        return plan;
    }
    // Confirm with the real flow (wrapped photos, widows, balancing): grow a line at a time
    // while it does not fit and the region has room.
    model::ArticleFrame& placed = plan.place.frame;
    for (;;) {
        auto f = flowWith(doc, *article, request.pageIndex, placed, cache);
        if (!f) return Error{f.error()};
        plan.fits = f->fits;
        plan.oversetChars = f->oversetChars;
        plan.oversetLines = f->oversetLines;
        if (f->fits || placed.rects[0].area.lines >= plan.region.lines) break;
        ++placed.rects[0].area.lines;
    }
    return plan;
}

}  // namespace bm::place
