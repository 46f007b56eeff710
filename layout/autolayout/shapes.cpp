// SPDX-License-Identifier: MIT
#include "layout/autolayout/shapes.h"

#include <algorithm>
#include <cmath>

namespace bm::autolayout {

namespace {

/// Whole-article tracking steps within the document's limits (‰ em): the limits, half-way, 0.
std::vector<int> trackingSteps(const model::FitLimits& limits) {
    std::vector<int> out = {0};
    for (int t : {limits.minTrackingMilliEm, limits.minTrackingMilliEm / 2,
                  limits.maxTrackingMilliEm / 2, limits.maxTrackingMilliEm})
        if (t != 0 && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    return out;
}

/// Shape cost of a measure: page editors set news copy at 13–17 字; narrower or wider reads
/// worse even inside the house limits.
double measureCost(double zi, const HouseStyle& house) {
    const double off = zi < 13 ? 13 - zi : (zi > 17 ? zi - 17 : 0);
    return off * house.wShape;
}

struct Context {
    const model::Document& doc;
    const model::Page& page;
    const ArticleRequest& request;
    const HouseStyle& house;
    const std::optional<PhotoShape>& photo;
    int maxLines;
    place::TrialCache& cache;
};

/// Every variant at one span, added to the table.
bm::Result<bool> addSpan(const Context& c, const std::vector<model::Article>& sized,
                         place::ArticleTrials& trials, int span, LeafShapes& out) {
    const Length body = c.page.grid.bodySize;
    const int photo = c.photo ? photoLines(c.page, *c.photo, span) : 0;
    if (photo >= c.maxLines) return true;
    const Length width = model::columnsWidth(c.page, span);
    const auto steps = trackingSteps(c.doc.fitLimits);
    for (int k = 1; k <= span; ++k) {
        const Length measure = columnMeasure(c.page, span, k);
        const double zi = static_cast<double>(measure) / static_cast<double>(body);
        if (zi < c.house.minMeasureZi - 1e-6 || zi > c.house.maxMeasureZi + 0.05) continue;
        for (size_t step = 0; step < sized.size(); ++step) {
            auto head = c.cache.headlineLines(c.doc, sized[step], c.page, width);
            if (!head) return Error{head.error()};
            for (int t : steps) {
                const place::TrackingPlan plan(trials.modelParagraphs(), t);
                const int lines = trials.body(measure, plan).lines;
                const int leg = (lines + k - 1) / k;
                // Legs of at least minLegLines, unless the story is shorter than one leg.
                if (k > 1 && leg < c.house.minLegLines) continue;
                const int height = photo + *head + leg;
                if (height < 1 || height > c.maxLines) continue;
                Variant v;
                v.textColumns = k;
                v.measure = measure;
                v.headlineSize = *sized[step].headlineSize;
                v.headlineStep = static_cast<int>(step);
                v.headlineLines = *head;
                v.tracking = t;
                v.bodyLines = lines;
                v.photoLines = photo;
                v.cost = c.house.wCopyfit * std::abs(t) * lines +
                         c.house.wFill * (k * leg - lines) / std::max(1, k) +
                         measureCost(zi, c.house) +
                         c.house.wHeadlineStep * static_cast<double>(step) +
                         c.house.wShape * std::max(0, leg - 60) +
                         c.house.wShape * std::max(0, c.house.preferredLegLines - leg);
                auto& slot = out.best[span];
                auto it = slot.find(height);
                if (it == slot.end() || v.cost < it->second.cost) slot[height] = v;
                out.feasible[span].set(height);
            }
        }
    }
    return true;
}

}  // namespace

Length columnMeasure(const model::Page& page, int span, int textColumns) {
    const Length width = model::columnsWidth(page, span);
    const int n = std::max(1, textColumns);
    return (width - (n - 1) * page.grid.gutter) / n;
}

int photoLines(const model::Page& page, const PhotoShape& photo, int span) {
    const double width = static_cast<double>(model::columnsWidth(page, span));
    const double height = width / std::max(0.05, photo.aspect);
    const double pitch = static_cast<double>(page.grid.pitch());
    return std::max(1, static_cast<int>(std::lround(height / pitch))) + photo.captionLines;
}

bm::Result<LeafShapes> leafShapes(const model::Document& doc, const model::Page& page,
                                  const ArticleRequest& request, const HouseStyle& house,
                                  const std::optional<PhotoShape>& photo, int maxColumns,
                                  int maxLines, place::TrialCache& cache) {
    const model::Article* article = doc.article(request.id);
    if (!article) return Error{"unknown article \"" + request.id + "\""};
    LeafShapes out;
    out.articleId = request.id;
    out.priority = std::clamp(request.priority, 1, 5);
    out.feasible.assign(maxColumns + 1, Heights{});
    out.best.assign(maxColumns + 1, {});
    // The story at each headline size of its priority (the trial cache keys on the size).
    std::vector<model::Article> sized;
    const auto& sizes =
        house.headlineSteps[std::min<size_t>(out.priority - 1, house.headlineSteps.size() - 1)];
    for (Length size : sizes) {
        sized.push_back(*article);
        sized.back().headlineSize = size;
    }
    auto trials = place::ArticleTrials::make(doc, *article, cache);
    if (!trials) return Error{trials.error()};
    const Context c{doc, page, request, house, photo, std::min(maxLines, kMaxLines - 1), cache};
    for (int span = 1; span <= maxColumns; ++span) {
        if (request.span && *request.span != span) continue;
        auto added = addSpan(c, sized, *trials, span, out);
        if (!added) return Error{added.error()};
    }
    return out;
}

}  // namespace bm::autolayout
