// SPDX-License-Identifier: MIT
#include "layout/autolayout/search.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace bm::autolayout {

using namespace detail;

namespace {

constexpr int kChains = 4;

/// A left-deep chain of `ops` with alternating cuts, the last one being `last`.
Expression chain(const std::vector<int>& ops, int last) {
    Expression e;
    if (ops.empty()) return e;
    e.push_back(ops[0]);
    const int m = static_cast<int>(ops.size());
    for (int i = 1; i < m; ++i) {
        e.push_back(ops[i]);
        const bool sameAsLast = (m - 1 - i) % 2 == 0;
        e.push_back(sameAsLast ? last : (last == kCutV ? kCutH : kCutV));
    }
    return e;
}

}  // namespace

namespace detail {

/// The four seeds (§3.5): lead over everything (通栏 or wide top), lead top-left over one story
/// beside the rest, the rest beside the lead top-right, and a shuffled variant of the first.
Expression seedExpression(int chainIndex, int lead, std::vector<int> rest, std::mt19937& rng) {
    const int n = static_cast<int>(rest.size()) + 1;
    if (rest.empty()) return {lead};
    if (chainIndex == 3) std::shuffle(rest.begin(), rest.end(), rng);
    Expression e;
    if (chainIndex == 1 || chainIndex == 2) {
        if (rest.size() >= 2) {
            Expression left = {lead, rest[0], kCutH};
            Expression right = chain({rest.begin() + 1, rest.end()}, kCutH);
            if (chainIndex == 1) {
                e = left;
                e.insert(e.end(), right.begin(), right.end());
            } else {
                e = right;
                e.insert(e.end(), left.begin(), left.end());
            }
            e.push_back(kCutV);
            if (isNormalised(e, n)) return e;
        }
    }
    e = {lead};
    Expression r = chain(rest, kCutV);
    e.insert(e.end(), r.begin(), r.end());
    e.push_back(kCutH);
    return e;
}

Evaluated evaluateSized(Sizing sizing, const std::vector<LeafShapes>& leaves, int lead,
                        const model::GridRect& area, const HouseStyle& house) {
    Evaluated out;
    out.sizing = std::move(sizing);
    if (!out.sizing.feasible) {
        out.cost = 1000.0 + 10.0 * out.sizing.gap;  // graded: slope towards feasibility
        return out;
    }
    out.scored = scoreLayout(out.sizing, leaves, area, house);
    if (out.scored.legal) {
        out.cost = out.scored.parts.total();
    } else {
        // Graded too: how much wider than the lead the widest other story is.
        int widest = 0, leadSpan = 0;
        for (const auto& l : out.sizing.leaves)
            (l.leaf == lead ? leadSpan : widest) =
                std::max(l.leaf == lead ? leadSpan : widest, l.area.span);
        out.cost = 500.0 + 20.0 * std::max(0, widest - leadSpan);
    }
    return out;
}

std::string signature(const Sizing& s) {
    std::vector<std::pair<int, std::string>> parts;
    for (const auto& l : s.leaves)
        parts.push_back({l.leaf, std::to_string(l.area.column) + "," + std::to_string(l.area.span) +
                                     "," + std::to_string(l.area.line) + ";"});
    std::sort(parts.begin(), parts.end());
    std::string key;
    for (const auto& p : parts) key += p.second;
    return key;
}

bool cancelled(const Request& request) {
    if (!request.control) return false;
    ++request.control->done;
    return request.control->cancel.load();
}

void record(const Evaluated& now, const Found& found, std::map<std::string, Found>& archive,
            Stats& stats) {
    ++stats.evaluations;
    if (now.sizing.feasible) {
        ++stats.tilings;
        if (now.scored.violation.rfind("lead", 0) == 0 ||
            now.scored.violation.rfind("a story wider", 0) == 0)
            ++stats.leadRejected;
        else if (!now.scored.legal)
            ++stats.bumpRejected;
    }
    if (!now.scored.legal) return;
    ++stats.feasible;
    if (stats.firstCandidateEvaluation < 0) stats.firstCandidateEvaluation = stats.evaluations;
    const std::string key = signature(now.sizing);
    auto it = archive.find(key);
    if (it == archive.end() || now.cost < it->second.scored.parts.total()) {
        Found f = found;
        f.sizing = now.sizing;
        f.scored = now.scored;
        f.evaluation = stats.evaluations;
        archive[key] = std::move(f);
    }
}

std::vector<Found> pickDiverse(std::map<std::string, Found>& archive, const model::GridRect& area,
                               const Request& request) {
    std::vector<Found> all;
    for (auto& [key, f] : archive) all.push_back(std::move(f));
    std::stable_sort(all.begin(), all.end(), [](const Found& a, const Found& b) {
        return a.scored.parts.total() < b.scored.parts.total();
    });
    // Greedy diverse picks (§3.7). First a new family (which rectangle of the free area each
    // story is in and its span: layouts of one family differ only in the order and heights of
    // the same blocks, and look alike on a thumbnail) and ≥ 20 % of cells owned differently
    // from every pick so far; then any family at 20 %, then halving the threshold when too few
    // qualify.
    const size_t want = static_cast<size_t>(std::max(1, request.candidates)) * 4;
    std::vector<std::string> families;
    for (const auto& f : all) families.push_back(family(f));
    std::vector<Found> picked;
    std::vector<std::string> pickedFamilies;
    std::vector<bool> taken(all.size(), false);
    auto pass = [&](double threshold, bool newFamily) {
        for (size_t i = 0; i < all.size() && picked.size() < want; ++i) {
            if (taken[i]) continue;
            if (newFamily && std::find(pickedFamilies.begin(), pickedFamilies.end(), families[i]) !=
                                 pickedFamilies.end())
                continue;
            bool distinct = true;
            for (const auto& p : picked)
                if (cellDisagreement(p.sizing, all[i].sizing, area) < threshold) distinct = false;
            if (!distinct) continue;
            taken[i] = true;
            picked.push_back(all[i]);
            pickedFamilies.push_back(families[i]);
        }
    };
    pass(0.2, true);
    for (double threshold = 0.2; picked.size() < want && threshold > 0.001; threshold /= 2)
        pass(threshold, false);
    // The first picks are the most diverse: they are the candidates, best first; the rest,
    // best first after them, stand in for any the relayout check drops.
    auto byScore = [](const Found& a, const Found& b) {
        return a.scored.parts.total() < b.scored.parts.total();
    };
    const auto shown =
        picked.begin() +
        static_cast<long>(std::min(picked.size(), static_cast<size_t>(request.candidates)));
    std::stable_sort(picked.begin(), shown, byScore);
    std::stable_sort(shown, picked.end(), byScore);
    return picked;
}

std::string family(const Found& f) {
    std::vector<std::string> parts;
    for (const auto& l : f.sizing.leaves) {
        size_t region = 0;
        for (size_t r = 0; r < f.regions.size(); ++r)
            if (l.area.column >= f.regions[r].column &&
                l.area.column < f.regions[r].column + f.regions[r].span &&
                l.area.line >= f.regions[r].line &&
                l.area.line < f.regions[r].line + f.regions[r].lines)
                region = r;
        parts.push_back(std::to_string(l.leaf) + ":" + std::to_string(region) + "," +
                        std::to_string(l.area.span) + ";");
    }
    std::sort(parts.begin(), parts.end());
    std::string key;
    for (const auto& p : parts) key += p;
    return key;
}

}  // namespace detail

namespace {

Evaluated evaluate(const Expression& e, const std::vector<LeafShapes>& leaves, int lead,
                   const model::GridRect& area, const HouseStyle& house) {
    return evaluateSized(sizeTree(e, leaves, area, house.stackGap), leaves, lead, area, house);
}

}  // namespace

double cellDisagreement(const Sizing& a, const Sizing& b, const model::GridRect& area) {
    auto owners = [&](const Sizing& s) {
        std::vector<int> cells(static_cast<size_t>(area.span) * area.lines, -1);
        for (const auto& l : s.leaves)
            for (int y = l.area.line; y < l.area.line + l.area.lines; ++y)
                for (int x = l.area.column; x < l.area.column + l.area.span; ++x)
                    cells[(y - area.line) * area.span + (x - area.column)] = l.leaf;
        return cells;
    };
    const auto ca = owners(a), cb = owners(b);
    size_t differ = 0;
    for (size_t i = 0; i < ca.size(); ++i) differ += ca[i] != cb[i];
    return static_cast<double>(differ) / static_cast<double>(std::max<size_t>(1, ca.size()));
}

std::vector<Found> searchLayouts(const std::vector<LeafShapes>& leaves, const model::GridRect& area,
                                 const Request& request, Stats& stats) {
    const int n = static_cast<int>(leaves.size());
    int lead = 0;
    for (int i = 1; i < n; ++i)
        if (leaves[i].priority < leaves[lead].priority) lead = i;
    std::vector<int> rest;
    for (int i = 0; i < n; ++i)
        if (i != lead) rest.push_back(i);
    std::stable_sort(rest.begin(), rest.end(),
                     [&](int a, int b) { return leaves[a].priority < leaves[b].priority; });

    std::map<std::string, Found> archive;
    if (request.control) request.control->planned = kChains * request.budget;
    for (int c = 0; c < kChains; ++c) {
        std::mt19937 rng(request.seed * 7919u + static_cast<unsigned>(c));
        Expression current = seedExpression(c, lead, rest, rng);
        Evaluated now = evaluate(current, leaves, lead, area, request.house);
        double temperature = 8.0;
        const int perTemperature = std::max(10, 10 * n);
        for (int step = 0; step < request.budget; ++step) {
            record(now, Found{current, {}, {}, {}, {}, 0}, archive, stats);
            if (n == 1 || cancelled(request)) break;
            if (request.stopAfterLegal > 0 &&
                static_cast<int>(archive.size()) >= request.stopAfterLegal)
                break;
            const Expression next = randomMove(current, n, rng);
            if (!onTop(next, lead)) continue;  // structural: rejected unevaluated (§3.5)
            Evaluated then = evaluate(next, leaves, lead, area, request.house);
            const double delta = then.cost - now.cost;
            const double u = static_cast<double>(rng() % 1000000) / 1000000.0;
            if (delta <= 0 || u < std::exp(-delta / temperature)) {
                current = next;
                now = std::move(then);
            }
            if ((step + 1) % perTemperature == 0) temperature = std::max(0.05, temperature * 0.95);
        }
    }
    return pickDiverse(archive, area, request);
}

}  // namespace bm::autolayout
