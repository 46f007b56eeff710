// SPDX-License-Identifier: MIT
#include "layout/place/fit_plan.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>

namespace bm::place {

namespace {

/// A paragraph costs this much (in ‰·lines) just for being touched: few paragraphs tracked
/// a little beat many tracked less.
constexpr int kTouchCost = 40;
constexpr int kInf = std::numeric_limits<int>::max() / 2;

struct Option {
    int lines;
    int milliEm;
    int cost;
};

/// The line counts paragraph `i` reaches with tracking in [lo, hi], the cheapest way each.
std::vector<Option> paragraphOptions(ArticleTrials& trials, size_t i, Length measure, int lo,
                                     int hi) {
    std::map<int, Option> best;
    for (int t = lo; t <= hi; t += kFitStepMilliEm) {
        const int lines = trials.paragraph(i, measure, t)->lines();
        const int cost = std::abs(t) * lines + (t != 0 ? kTouchCost : 0);
        auto it = best.find(lines);
        if (it == best.end() || cost < it->second.cost) best[lines] = Option{lines, t, cost};
    }
    std::vector<Option> out;
    for (const auto& [lines, o] : best) out.push_back(o);
    return out;
}

std::string lineCount(int n) { return std::to_string(n) + (n == 1 ? " line" : " lines"); }

}  // namespace

Result<PlanChoice> chooseTrackingPlan(const model::Document& doc, const model::Article& article,
                                      Length measure, const CopyFit& before, TrialCache& cache) {
    auto made = ArticleTrials::make(doc, article, cache);
    if (!made) return Error{made.error()};
    ArticleTrials& trials = *made;
    const model::FitLimits limits = documentFitLimits(doc);
    const bool tighten = before.oversetLines > 0;
    const int lo =
        tighten ? limits.minTrackingMilliEm - limits.minTrackingMilliEm % kFitStepMilliEm : 0;
    const int hi =
        tighten ? 0 : limits.maxTrackingMilliEm - limits.maxTrackingMilliEm % kFitStepMilliEm;
    // What the flow counts beyond the sum of paragraphs (normally nothing).
    const int offset = before.neededLines - trials.body(measure).lines;
    const int capacity = before.capacityLines - offset;
    const int window = std::max(1, before.lastColumns);

    // dp[total] = cheapest cost; choice[i][total] = tracking of paragraph i on that path.
    const size_t n = trials.paragraphCount();
    std::vector<int> dp{0};
    std::vector<std::vector<int>> choice(n), from(n);
    for (size_t i = 0; i < n; ++i) {
        std::vector<Option> options =
            i < trials.modelParagraphs()
                ? paragraphOptions(trials, i, measure, lo, hi)
                : std::vector<Option>{{trials.ownParagraph(i, measure)->lines(), 0, 0}};
        int maxLines = 0;
        for (const auto& o : options) maxLines = std::max(maxLines, o.lines);
        std::vector<int> next(dp.size() + maxLines, kInf);
        choice[i].assign(next.size(), 0);
        from[i].assign(next.size(), -1);
        for (size_t t = 0; t < dp.size(); ++t) {
            if (dp[t] >= kInf) continue;
            for (const auto& o : options) {
                const size_t u = t + o.lines;
                if (dp[t] + o.cost < next[u]) {
                    next[u] = dp[t] + o.cost;
                    choice[i][u] = o.milliEm;
                    from[i][u] = static_cast<int>(t);
                }
            }
        }
        dp = std::move(next);
    }

    int bestTotal = -1;
    for (int t = std::max(0, capacity - window + 1);
         t <= capacity && t < static_cast<int>(dp.size()); ++t)
        if (dp[t] < kInf && (bestTotal < 0 || dp[t] <= dp[bestTotal])) bestTotal = t;

    PlanChoice out;
    if (bestTotal < 0) {
        int reach = -1;  // the closest total on the wanted side
        for (int t = 0; t < static_cast<int>(dp.size()); ++t)
            if (dp[t] < kInf && (reach < 0 || (tighten ? t < reach : t > reach))) reach = t;
        const int perLine = before.neededLines > 0
                                ? std::max(1, before.totalChars / std::max(1, before.neededLines))
                                : 13;
        if (tighten) {
            const int over = reach - capacity;
            out.note = "still " + lineCount(over) + " over at " +
                       std::to_string(limits.minTrackingMilliEm) + "‰: cut ≈" +
                       std::to_string(over * perLine) + " 字";
        } else {
            const int shortBy = capacity - window + 1 - reach;
            out.note = "still " + lineCount(shortBy) + " short at +" +
                       std::to_string(limits.maxTrackingMilliEm) + "‰: add ≈" +
                       std::to_string(shortBy * perLine) + " 字 or shorten the frame";
        }
        return out;
    }
    out.reachable = true;
    out.lines = bestTotal + offset;
    out.plan.assign(trials.modelParagraphs(), 0);
    int t = bestTotal;
    for (size_t i = n; i-- > 0;) {
        if (i < trials.modelParagraphs()) out.plan[i] = choice[i][t];
        t = from[i][t];
    }
    return out;
}

}  // namespace bm::place
