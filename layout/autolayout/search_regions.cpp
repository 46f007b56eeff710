// SPDX-License-Identifier: MIT
// The search over a free area cut into rectangles (autolayout.md §3.3, §3.5 M5): the stories
// are partitioned among the rectangles, each rectangle gets its own slicing tree, and the
// sized trees are scored together on the whole page, so hierarchy, balance and 碰题 see the
// page as the reader does.
#include <algorithm>
#include <cmath>

#include "layout/autolayout/search.h"

namespace bm::autolayout {

using namespace detail;

namespace {

constexpr int kChainsPerDecomposition = 4;
constexpr size_t kPartitionChains = 12;

/// Cells a story can take: the smallest and largest module over its feasible shapes.
struct Window {
    long lo = 0, hi = 0;
};

Window windowOf(const LeafShapes& l) {
    Window w{-1, 0};
    for (size_t s = 1; s < l.feasible.size(); ++s)
        for (size_t h = l.feasible[s]._Find_first(); h < l.feasible[s].size();
             h = l.feasible[s]._Find_next(h)) {
            const long cells = static_cast<long>(s * h);
            w.lo = w.lo < 0 ? cells : std::min(w.lo, cells);
            w.hi = std::max(w.hi, cells);
        }
    if (w.lo < 0) w.lo = 0;
    return w;
}

long cellsOf(const model::GridRect& r) { return static_cast<long>(r.span) * r.lines; }

/// The chain's state: which stories each rectangle holds (global indices) and its tree over
/// them (local indices 0…k−1, so the Wong–Liu moves apply unchanged).
struct State {
    std::vector<std::vector<int>> members;
    std::vector<Expression> trees;
};

Expression globalTree(const Expression& local, const std::vector<int>& members) {
    Expression e = local;
    for (int& t : e)
        if (t >= 0) t = members[static_cast<size_t>(t)];
    return e;
}

/// A chain of k operands with alternating cuts (always normalised).
Expression plainChain(int k) {
    Expression e;
    for (int i = 0; i < k; ++i) {
        e.push_back(i);
        if (i > 0) e.push_back(i % 2 ? kCutH : kCutV);
    }
    return e;
}

/// The tree without operand `drop` (its sibling takes its parent's place), renumbered; a
/// plain chain when splicing breaks the normal form.
Expression withoutOperand(const Expression& e, int drop, int k) {
    std::vector<Expression> stack;
    for (int t : e) {
        if (t >= 0) {
            stack.push_back(t == drop ? Expression{} : Expression{t > drop ? t - 1 : t});
            continue;
        }
        Expression b = std::move(stack.back());
        stack.pop_back();
        Expression a = std::move(stack.back());
        stack.pop_back();
        if (a.empty() || b.empty()) {
            stack.push_back(a.empty() ? std::move(b) : std::move(a));
            continue;
        }
        a.insert(a.end(), b.begin(), b.end());
        a.push_back(t);
        stack.push_back(std::move(a));
    }
    Expression out = stack.empty() ? Expression{} : stack.back();
    return isNormalised(out, k - 1) ? out : plainChain(k - 1);
}

struct RegionSearch {
    const std::vector<LeafShapes>& leaves;
    const Decomposition& d;
    const model::GridRect& bounds;
    const Request& request;
    int lead = 0;
    size_t leadRect = 0;
    std::vector<Window> windows;

    Evaluated evaluate(const State& s) const {
        Sizing all;
        all.feasible = true;
        all.gaps = d.gaps;
        for (size_t r = 0; r < d.rects.size(); ++r) {
            if (s.members[r].empty()) {  // an empty rectangle is white on the page
                all.feasible = false;
                all.gap += d.rects[r].lines;
                continue;
            }
            Sizing one = sizeTree(globalTree(s.trees[r], s.members[r]), leaves, d.rects[r],
                                  request.house.stackGap);
            if (!one.feasible) {
                all.feasible = false;
                all.gap += one.gap;
                continue;
            }
            all.cost += one.cost;
            all.leaves.insert(all.leaves.end(), one.leaves.begin(), one.leaves.end());
            all.gaps.insert(all.gaps.end(), one.gaps.begin(), one.gaps.end());
        }
        if (!all.feasible) all.leaves.clear();
        return evaluateSized(std::move(all), leaves, lead, bounds, request.house);
    }

    /// The lead in its rectangle, the rest as `assignment` says (rectangle per story, -1 for
    /// the lead) or, without one, one by one where most cells are still unclaimed.
    State initial(int chain, std::mt19937& rng, const std::vector<int>& assignment = {}) const {
        State s;
        s.members.assign(d.rects.size(), {});
        s.members[leadRect].push_back(lead);
        if (!assignment.empty()) {
            for (int i = 0; i < static_cast<int>(leaves.size()); ++i)
                if (i != lead) s.members[static_cast<size_t>(assignment[i])].push_back(i);
            seedTrees(s, chain, rng);
            return s;
        }
        std::vector<long> left(d.rects.size());
        for (size_t r = 0; r < d.rects.size(); ++r) left[r] = cellsOf(d.rects[r]);
        left[leadRect] -= (windows[lead].lo + windows[lead].hi) / 2;
        std::vector<int> rest;
        for (int i = 0; i < static_cast<int>(leaves.size()); ++i)
            if (i != lead) rest.push_back(i);
        std::stable_sort(rest.begin(), rest.end(),
                         [&](int a, int b) { return leaves[a].priority < leaves[b].priority; });
        if (chain % 2) std::shuffle(rest.begin(), rest.end(), rng);
        for (int i : rest) {
            const size_t r =
                static_cast<size_t>(std::max_element(left.begin(), left.end()) - left.begin());
            s.members[r].push_back(i);
            left[r] -= (windows[i].lo + windows[i].hi) / 2;
        }
        seedTrees(s, chain, rng);
        return s;
    }

    void seedTrees(State& s, int chain, std::mt19937& rng) const {
        s.trees.clear();
        for (size_t r = 0; r < d.rects.size(); ++r) {
            const int k = static_cast<int>(s.members[r].size());
            std::vector<int> others;
            for (int i = 1; i < k; ++i) others.push_back(i);
            s.trees.push_back(k == 0 ? Expression{} : seedExpression(chain, 0, others, rng));
        }
    }

    /// Partitions of the stories among the rectangles whose area windows can fill every
    /// rectangle, closest to the rectangles' cells first (at most `limit`). Exploring each as
    /// its own chain gives the top N layouts from different partitions (§3.7): one chain's
    /// moves between partitions mostly pass through states that tile nothing.
    std::vector<std::vector<int>> partitions(size_t limit) const {
        const int n = static_cast<int>(leaves.size());
        const size_t rects = d.rects.size();
        double combos = 1;
        for (int i = 1; i < n; ++i) combos *= static_cast<double>(rects);
        if (rects < 2 || combos > 50000) return {};
        std::vector<std::pair<double, std::vector<int>>> found;
        std::vector<int> a(static_cast<size_t>(n), 0);
        a[static_cast<size_t>(lead)] = -1;
        for (long code = 0; code < static_cast<long>(combos); ++code) {
            long rest = code;
            for (int i = 0; i < n; ++i) {
                if (i == lead) continue;
                a[static_cast<size_t>(i)] = static_cast<int>(rest % static_cast<long>(rects));
                rest /= static_cast<long>(rects);
            }
            std::vector<long> lo(rects, 0), hi(rects, 0);
            for (int i = 0; i < n; ++i) {
                const size_t r = i == lead ? leadRect : static_cast<size_t>(a[i]);
                lo[r] += windows[i].lo;
                hi[r] += windows[i].hi;
            }
            bool ok = true;
            double off = 0;
            for (size_t r = 0; r < rects && ok; ++r) {
                const long cells = cellsOf(d.rects[r]);
                ok = hi[r] > 0 && lo[r] <= cells && cells <= hi[r] + d.rects[r].span * n;
                off += std::abs(static_cast<double>(lo[r] + hi[r]) / 2 - cells);
            }
            if (ok) found.push_back({off, a});
        }
        std::stable_sort(found.begin(), found.end(),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<std::vector<int>> out;
        for (size_t i = 0; i < found.size() && i < limit; ++i) out.push_back(found[i].second);
        return out;
    }

    /// M5: a story (not the lead) to another rectangle whose area window still holds it.
    bool moveStory(State& s, std::mt19937& rng) const {
        const size_t from = rng() % d.rects.size(), to = rng() % d.rects.size();
        if (from == to || s.members[from].size() < 2) return false;
        const int k = static_cast<int>(s.members[from].size());
        const int local = static_cast<int>(rng() % static_cast<unsigned>(k));
        const int story = s.members[from][static_cast<size_t>(local)];
        if (story == lead) return false;
        long need = windows[story].lo;
        for (int i : s.members[to]) need += windows[i].lo;
        if (need > cellsOf(d.rects[to])) return false;  // rejected unevaluated
        s.trees[from] = withoutOperand(s.trees[from], local, k);
        s.members[from].erase(s.members[from].begin() + local);
        auto& tree = s.trees[to];
        const int at = static_cast<int>(s.members[to].size());
        s.members[to].push_back(story);
        if (tree.empty()) {
            tree = {0};
        } else {
            tree.push_back(at);
            tree.push_back(rng() % 2 ? kCutH : kCutV);
        }
        return true;
    }

    /// M1–M4 inside one rectangle, or M5; false when the move is rejected unevaluated.
    bool move(State& s, std::mt19937& rng) const {
        if (d.rects.size() > 1 && rng() % 4 == 0) return moveStory(s, rng);
        const size_t r = rng() % d.rects.size();
        const int k = static_cast<int>(s.members[r].size());
        if (k < 2) return false;
        s.trees[r] = randomMove(s.trees[r], k, rng);
        return r != leadRect || onTop(globalTree(s.trees[r], s.members[r]), lead);
    }

    void chain(int c, std::map<std::string, Found>& archive, Stats& stats,
               const std::vector<int>& assignment = {}, int budget = -1) const {
        std::mt19937 rng(request.seed * 7919u + static_cast<unsigned>(c));
        State current = initial(c, rng, assignment);
        Evaluated now = evaluate(current);
        double temperature = 8.0;
        const int n = static_cast<int>(leaves.size());
        const int perTemperature = std::max(10, 10 * n);
        for (int step = 0; step < (budget < 0 ? request.budget : budget); ++step) {
            Found f;
            f.regionExpressions.reserve(current.trees.size());
            for (size_t r = 0; r < current.trees.size(); ++r)
                f.regionExpressions.push_back(globalTree(current.trees[r], current.members[r]));
            f.regions = d.rects;
            record(now, f, archive, stats);
            if (cancelled(request)) break;
            if (request.stopAfterLegal > 0 &&
                static_cast<int>(archive.size()) >= request.stopAfterLegal)
                break;
            State next = current;
            if (!move(next, rng)) continue;
            Evaluated then = evaluate(next);
            const double delta = then.cost - now.cost;
            const double u = static_cast<double>(rng() % 1000000) / 1000000.0;
            if (delta <= 0 || u < std::exp(-delta / temperature)) {
                current = std::move(next);
                now = std::move(then);
            }
            if ((step + 1) % perTemperature == 0) temperature = std::max(0.05, temperature * 0.95);
        }
    }
};

}  // namespace

std::vector<Found> searchRegions(const std::vector<LeafShapes>& leaves,
                                 const std::vector<Decomposition>& decompositions,
                                 const model::GridRect& bounds, const Request& request,
                                 Stats& stats) {
    const int n = static_cast<int>(leaves.size());
    int lead = 0;
    for (int i = 1; i < n; ++i)
        if (leaves[i].priority < leaves[lead].priority) lead = i;
    std::vector<Window> windows;
    for (const auto& l : leaves) windows.push_back(windowOf(l));
    std::map<std::string, Found> archive;
    // The lead goes in the widest rectangle at the top of the free area (leftmost on a tie); a
    // decomposition whose lead rectangle cannot hold the lead is left out, so the budget goes
    // to the cuts that can give layouts (beside a corner label, the cut at its foot leaves the
    // lead a strip as deep as the label).
    std::vector<std::pair<const Decomposition*, size_t>> viable;
    for (const auto& d : decompositions) {
        size_t leadRect = d.rects.size();
        for (size_t r = 0; r < d.rects.size(); ++r)
            if (d.rects[r].line == bounds.line &&
                (leadRect == d.rects.size() || d.rects[r].span > d.rects[leadRect].span))
                leadRect = r;
        if (leadRect == d.rects.size()) continue;
        if (windows[lead].lo > cellsOf(d.rects[leadRect])) continue;
        viable.push_back({&d, leadRect});
    }
    // The budget is shared among the decompositions, as one rectangle's search spends it.
    Request perDecomposition = request;
    perDecomposition.budget =
        std::max(100, request.budget / static_cast<int>(std::max<size_t>(1, viable.size())));
    if (request.control)
        request.control->planned =
            static_cast<int>(viable.size()) * kChainsPerDecomposition * perDecomposition.budget;
    for (const auto& [d, leadRect] : viable) {
        RegionSearch search{leaves, *d, bounds, perDecomposition, lead, leadRect, windows};
        // Half the budget on the seeded chains, half on short chains from the partitions
        // that can fill the rectangles, so the candidates come from several of them.
        const auto starts = search.partitions(kPartitionChains);
        const int chains = starts.empty() ? kChainsPerDecomposition : kChainsPerDecomposition / 2;
        for (int c = 0; c < chains; ++c) search.chain(c, archive, stats);
        if (!starts.empty()) {
            const int each =
                std::max(20, perDecomposition.budget * (kChainsPerDecomposition - chains) /
                                 static_cast<int>(starts.size()));
            for (size_t p = 0; p < starts.size(); ++p)
                search.chain(kChainsPerDecomposition + static_cast<int>(p), archive, stats,
                             starts[p], each);
        }
    }
    return pickDiverse(archive, bounds, request);
}

}  // namespace bm::autolayout
