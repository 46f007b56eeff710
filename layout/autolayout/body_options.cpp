// SPDX-License-Identifier: MIT
#include "layout/autolayout/body_options.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace bm::autolayout {

namespace {

constexpr double kNone = std::numeric_limits<double>::infinity();

/// The sumset over the paragraphs with the steps of one sign (and 0): per total, the cheapest
/// plan.
void signedSumset(const std::vector<std::vector<int>>& lines, const std::vector<int>& steps,
                  int fixed, double weight, std::map<int, BodyOption>& out) {
    const size_t n = lines.size();
    int lo = 0, hi = 0;
    for (const auto& p : lines) {
        lo += *std::min_element(p.begin(), p.end());
        hi += *std::max_element(p.begin(), p.end());
    }
    const size_t width = static_cast<size_t>(hi - lo + 1);
    std::vector<double> cost(width, kNone), next(width);
    // choice[i][total]: the step index paragraph i takes on the cheapest way to `total`.
    std::vector<std::vector<signed char>> choice(n, std::vector<signed char>(width, -1));
    int base = 0;  // Σ of the paragraphs' fewest lines so far: offsets count from it
    cost[0] = 0;
    int reach = 0;  // highest offset so far
    for (size_t i = 0; i < n; ++i) {
        std::fill(next.begin(), next.end(), kNone);
        const int pMin = *std::min_element(lines[i].begin(), lines[i].end());
        int newReach = 0;
        for (int off = 0; off <= reach; ++off) {
            if (cost[off] == kNone) continue;
            for (size_t s = 0; s < steps.size(); ++s) {
                const int to = off + lines[i][s] - pMin;
                const double c = cost[off] + weight * std::abs(steps[s]) * lines[i][s];
                if (c < next[to]) {
                    next[to] = c;
                    choice[i][to] = static_cast<signed char>(s);
                    newReach = std::max(newReach, to);
                }
            }
        }
        cost.swap(next);
        reach = newReach;
        base += pMin;
    }
    for (int off = 0; off <= reach; ++off) {
        if (cost[off] == kNone) continue;
        const int total = base + off + fixed;
        BodyOption o;
        o.lines = total;
        o.cost = cost[off];
        o.plan.assign(n, 0);
        int at = off;
        for (size_t i = n; i-- > 0;) {
            const int s = choice[i][at];
            o.plan[i] = steps[static_cast<size_t>(s)];
            if (std::abs(o.plan[i]) > std::abs(o.tracking)) o.tracking = o.plan[i];
            at -= lines[i][static_cast<size_t>(s)] -
                  *std::min_element(lines[i].begin(), lines[i].end());
        }
        auto it = out.find(total);
        if (it == out.end() || o.cost < it->second.cost) out[total] = std::move(o);
    }
}

}  // namespace

std::vector<BodyOption> bodyOptions(place::ArticleTrials& trials, Length measure,
                                    const std::vector<int>& steps, double weight) {
    const size_t planned = trials.modelParagraphs();
    std::vector<int> tighten = {0}, loosen = {0};
    for (int t : steps)
        if (t < 0)
            tighten.push_back(t);
        else if (t > 0)
            loosen.push_back(t);
    // Paragraphs past the model's (a credit line of its own) are set as they are, untracked.
    int fixed = 0;
    for (size_t i = planned; i < trials.paragraphCount(); ++i)
        fixed += trials.paragraph(i, measure, 0)->lines();
    std::map<int, BodyOption> byLines;
    for (const auto* set : {&tighten, &loosen}) {
        std::vector<std::vector<int>> lines(planned);
        for (size_t i = 0; i < planned; ++i)
            for (int t : *set) lines[i].push_back(trials.paragraph(i, measure, t)->lines());
        signedSumset(lines, *set, fixed, weight, byLines);
    }
    std::vector<BodyOption> out;
    for (auto& [n, o] : byLines) out.push_back(std::move(o));
    return out;
}

}  // namespace bm::autolayout
