// SPDX-License-Identifier: MIT
#include "layout/place/fit.h"

#include <algorithm>
#include <cstdlib>

#include "layout/base/utf.h"
#include "layout/flow/article_flow.h"
#include "layout/place/fit_plan.h"
#include "layout/place/free_space.h"

namespace bm::place {

namespace {

int bodyLinesPlaced(const flow::ArticleFlow& f) {
    return static_cast<int>(std::count_if(f.lines.begin(), f.lines.end(), [](const auto& l) {
        return l.role == "body" || l.role == "credit";
    }));
}

/// Text columns of the rect the article ends in (the row that may be short).
int lastRowColumns(const flow::ArticleFlow& f) {
    if (f.columns.empty()) return 1;
    const auto& last = f.columns.back();
    return static_cast<int>(std::count_if(f.columns.begin(), f.columns.end(), [&](const auto& c) {
        return c.frameId == last.frameId && c.rect == last.rect;
    }));
}

/// The one measure of every text column, or 0 when they differ.
Length commonMeasure(const flow::ArticleFlow& f) {
    if (f.columns.empty()) return 0;
    for (const auto& c : f.columns)
        if (c.measure != f.columns.front().measure) return 0;
    return f.columns.front().measure;
}

CopyFit fitOf(const model::Article& article, const flow::ArticleFlow& f) {
    CopyFit out;
    out.articleId = article.id;
    out.placed = true;
    out.totalChars = f.totalChars;
    const int placed = bodyLinesPlaced(f);
    out.capacityLines = placed + f.undersetLines;
    out.neededLines = placed + f.oversetLines;
    out.oversetLines = f.oversetLines;
    out.oversetChars = f.oversetChars;
    out.undersetLines = f.undersetLines;
    out.lastColumns = lastRowColumns(f);
    const int perLine = placed > 0 ? (f.placedChars + placed / 2) / placed : 0;
    out.capacityChars = f.placedChars + f.undersetLines * perLine;
    return out;
}

Result<flow::ArticleFlow> flowOf(const model::Document& doc, const model::Article& article,
                                 TrialCache& cache) {
    return flow::flowArticle(doc, article, flow::articleChain(doc, article.id), cache.setter());
}

/// The smallest whole-article tracking (by size) within the limits whose body trial fits.
std::optional<int> uniformTracking(const model::Document& doc, const model::Article& article,
                                   const CopyFit& fit, Length measure, TrialCache& cache) {
    if (measure <= 0 || fit.fits()) return std::nullopt;
    auto trials = ArticleTrials::make(doc, article, cache);
    if (!trials) return std::nullopt;
    const model::FitLimits limits = documentFitLimits(doc);
    const int dir = fit.oversetLines > 0 ? -1 : 1;
    const int bound = dir < 0 ? limits.minTrackingMilliEm : limits.maxTrackingMilliEm;
    // The lines the text needs with no tracking change, relative to what the flow measured.
    const int base = trials->body(measure).lines;
    for (int t = dir * kFitStepMilliEm; dir * t <= dir * bound; t += dir * kFitStepMilliEm) {
        TrackingPlan plan(trials->modelParagraphs(), t);
        const int lines = trials->body(measure, plan).lines - base + fit.neededLines;
        if (lines <= fit.capacityLines && fit.capacityLines - lines < fit.lastColumns) return t;
        if (dir > 0 && lines > fit.capacityLines) return std::nullopt;  // jumped past
    }
    return std::nullopt;
}

}  // namespace

Result<CopyFit> copyFit(const model::Document& doc, const std::string& articleId,
                        TrialCache& cache) {
    const model::Article* article = doc.article(articleId);
    if (!article) return Error{"unknown article \"" + articleId + "\""};
    if (flow::articleChain(doc, articleId).empty()) {
        CopyFit out;
        out.articleId = articleId;
        for (const auto& p : flow::bodyParagraphs(*article))
            out.totalChars += static_cast<int>(countChars(p));
        return out;
    }
    auto f = flowOf(doc, *article, cache);
    if (!f) return Error{f.error()};
    CopyFit out = fitOf(*article, *f);
    if (out.oversetLines > 0) {
        out.cutChars = out.oversetChars;
        out.frameLines = (out.oversetLines + out.lastColumns - 1) / out.lastColumns;
    } else if (!out.fits()) {
        const int perLine = out.capacityLines > 0 ? out.capacityChars / out.capacityLines : 0;
        out.addChars = (out.undersetLines - out.lastColumns + 1) * perLine;
        out.frameLines = -(out.undersetLines / out.lastColumns);
    }
    out.tracking = uniformTracking(doc, *article, out, commonMeasure(*f), cache);
    return out;
}

std::string describeFit(const CopyFit& fit) {
    std::string s = fit.articleId + ": ";
    if (!fit.placed) return s + "not placed (" + std::to_string(fit.totalChars) + " 字)";
    if (fit.fits()) return s + "fits";
    auto tracking = [&] {
        if (!fit.tracking) return std::string();
        return std::string(*fit.tracking < 0 ? "tighten to " : "loosen to ") +
               std::to_string(*fit.tracking) + "‰, ";
    };
    auto lines = [](int n) { return std::to_string(n) + (n == 1 ? " line" : " lines"); };
    if (fit.oversetLines > 0)
        return s + "+" + std::to_string(fit.oversetChars) + " 字 (" + lines(fit.oversetLines) +
               ") overset: cut " + std::to_string(fit.cutChars) + " 字, " + tracking() + "or add " +
               lines(fit.frameLines) + " to the frame";
    s += lines(fit.undersetLines) + " empty: add ≈" + std::to_string(fit.addChars) + " 字, " +
         tracking();
    return s + (fit.frameLines < 0 ? "or remove " + lines(-fit.frameLines) + " from the frame"
                                   : "or loosen the text");
}

Result<AutoFit> autoFit(const model::Document& doc, const std::string& articleId,
                        TrialCache& cache) {
    AutoFit out;
    out.articleId = articleId;
    auto before = copyFit(doc, articleId, cache);
    if (!before) return Error{before.error()};
    out.before = *before;
    out.after = *before;
    const model::Article& article = *doc.article(articleId);
    out.tracking = article.tracking;
    out.placed = before->placed;
    if (!before->placed) {
        out.note = "not placed";
        return out;
    }
    if (before->fits()) {
        out.fits = true;
        return out;
    }
    auto f = flowOf(doc, article, cache);
    if (!f) return Error{f.error()};
    const Length measure = commonMeasure(*f) ? commonMeasure(*f) : f->columns.front().measure;
    auto plan = chooseTrackingPlan(doc, article, measure, *before, cache);
    if (!plan) return Error{plan.error()};
    if (!plan->reachable) {
        out.note = plan->note;
        return out;
    }
    // Confirm with the real flow, then keep it only if it fits (or is closer than before).
    model::Article tracked = article;
    tracked.tracking = planRanges(article, plan->plan);
    auto g = flow::flowArticle(doc, tracked, flow::articleChain(doc, articleId), cache.setter());
    if (!g) return Error{g.error()};
    out.after = fitOf(tracked, *g);
    out.fits = out.after.fits();
    if (!out.fits) {
        out.after = *before;
        out.note = "the planned tracking did not fit in the real layout";
        return out;
    }
    out.changed = tracked.tracking != article.tracking;
    out.tracking = tracked.tracking;
    for (int t : plan->plan)
        if (t != 0) {
            ++out.paragraphsTracked;
            out.minMilliEm = std::min(out.minMilliEm, t);
            out.maxMilliEm = std::max(out.maxMilliEm, t);
        }
    return out;
}

Result<std::optional<FrameToText>> fitFrameToText(const model::Document& doc,
                                                  const std::string& articleId, TrialCache& cache,
                                                  int maxLines) {
    const model::Article* article = doc.article(articleId);
    if (!article) return Error{"unknown article \"" + articleId + "\""};
    auto chain = flow::articleChain(doc, articleId);
    if (chain.empty()) return std::optional<FrameToText>{};
    const flow::ChainFrame last = chain.back();
    model::ArticleFrame frame = *last.frame;
    chain.back().frame = &frame;
    model::FrameRect& rect = frame.rects.back();
    const int top = rect.area.line;
    // Never through a neighbour: the rect grows at most to the first item below it.
    const FreeSpace space(doc, *last.page, Ignore{last.frame->id});
    const int limit =
        maxLines > 0
            ? maxLines
            : std::max(rect.area.lines, space.freeDepth(rect.area.column, rect.area.span, top));
    auto overset = [&](int lines) -> Result<int> {
        rect.area.lines = lines;
        auto f = flow::flowArticle(doc, *article, chain, cache.setter());
        if (!f) return Error{f.error()};
        return f->oversetLines;
    };
    // The shortest height with nothing overset (binary search: overset only grows as the
    // rect shrinks).
    int lo = 1, hi = std::max(1, limit);
    auto full = overset(hi);
    if (!full) return Error{full.error()};
    int left = *full;
    if (left == 0) {
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            auto o = overset(mid);
            if (!o) return Error{o.error()};
            if (*o == 0)
                hi = mid;
            else
                lo = mid + 1;
        }
    }
    FrameToText out;
    out.pageId = last.page->id;
    out.frameId = last.frame->id;
    out.rectIndex = static_cast<int>(last.frame->rects.size()) - 1;
    out.to = last.frame->rects.back().area;
    out.to.lines = hi;
    out.oversetLines = left;
    return std::optional<FrameToText>{out};
}

}  // namespace bm::place
