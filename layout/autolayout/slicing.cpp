// SPDX-License-Identifier: MIT
#include "layout/autolayout/slicing.h"

#include <algorithm>
#include <limits>

namespace bm::autolayout {

namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();

struct Node {
    int op = 0;  ///< ≥ 0: leaf index; kCutV / kCutH
    int a = -1, b = -1;
    std::vector<Heights> feasible;  ///< per width
    std::vector<float> cost;        ///< [w * stride + h]
    std::vector<short> split;       ///< V: width of a; H: height of a
};

struct Table {
    int width = 0, height = 0, stride = 0;
    std::vector<Node> nodes;
    float& cost(Node& n, int w, int h) const { return n.cost[w * stride + h]; }
};

void initNode(Node& n, const Table& t) {
    n.feasible.assign(t.width + 1, Heights{});
    n.cost.assign((t.width + 1) * t.stride, kInf);
    n.split.assign((t.width + 1) * t.stride, 0);
}

void leafNode(Node& n, const LeafShapes& s, Table& t) {
    for (int w = 1; w <= t.width && w < static_cast<int>(s.best.size()); ++w)
        for (const auto& [h, v] : s.best[w]) {
            if (h > t.height) break;
            n.feasible[w].set(h);
            t.cost(n, w, h) = static_cast<float>(v.cost);
        }
}

void vNode(Node& n, Node& a, Node& b, Table& t) {
    for (int w = 2; w <= t.width; ++w)
        for (int w1 = 1; w1 < w; ++w1) {
            const Heights both = a.feasible[w1] & b.feasible[w - w1];
            for (size_t h = both._Find_first(); h < both.size(); h = both._Find_next(h)) {
                const int hh = static_cast<int>(h);
                const float c = t.cost(a, w1, hh) + t.cost(b, w - w1, hh);
                if (c < t.cost(n, w, hh)) {
                    t.cost(n, w, hh) = c;
                    n.split[w * t.stride + hh] = static_cast<short>(w1);
                    n.feasible[w].set(h);
                }
            }
        }
}

void hNode(Node& n, Node& a, Node& b, Table& t, int gap) {
    for (int w = 1; w <= t.width; ++w) {
        const Heights& fa = a.feasible[w];
        const Heights& fb = b.feasible[w];
        if (fa.none() || fb.none()) continue;
        for (size_t h1 = fa._Find_first(); h1 < fa.size(); h1 = fa._Find_next(h1))
            for (size_t h2 = fb._Find_first(); h2 < fb.size(); h2 = fb._Find_next(h2)) {
                const int h = static_cast<int>(h1 + h2) + gap;
                if (h > t.height) break;
                const float c =
                    t.cost(a, w, static_cast<int>(h1)) + t.cost(b, w, static_cast<int>(h2));
                if (c < t.cost(n, w, h)) {
                    t.cost(n, w, h) = c;
                    n.split[w * t.stride + h] = static_cast<short>(h1);
                    n.feasible[w].set(h);
                }
            }
    }
}

void place(const Table& t, int index, int x, int y, int w, int h,
           const std::vector<LeafShapes>& leaves, int gap, Sizing& out) {
    const Node& n = t.nodes[index];
    if (n.op >= 0) {
        out.leaves.push_back({n.op, {x, w, y, h}, leaves[n.op].best[w].at(h)});
        return;
    }
    const int s = n.split[w * t.stride + h];
    if (n.op == kCutV) {
        place(t, n.a, x, y, s, h, leaves, gap, out);
        place(t, n.b, x + s, y, w - s, h, leaves, gap, out);
    } else {
        place(t, n.a, x, y, w, s, leaves, gap, out);
        if (gap > 0) out.gaps.push_back({x, w, y + s, gap});
        place(t, n.b, x, y + s + gap, w, h - s - gap, leaves, gap, out);
    }
}

}  // namespace

bool isNormalised(const Expression& e, int n) {
    if (static_cast<int>(e.size()) != 2 * n - 1) return false;
    std::vector<bool> seen(n, false);
    int operands = 0;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e[i] >= 0) {
            if (e[i] >= n || seen[e[i]]) return false;
            seen[e[i]] = true;
            ++operands;
        } else {
            if (e[i] != kCutV && e[i] != kCutH) return false;
            if (2 * (static_cast<int>(i) + 1 - operands) >= static_cast<int>(i) + 1)
                return false;  // balloting: more operands than cuts in every prefix
            if (i > 0 && e[i - 1] == e[i]) return false;  // normalised: no equal cuts in a row
        }
    }
    return operands == n;
}

bool onTop(const Expression& e, int leaf) {
    // Per subtree on the stack: does it contain the leaf, and is the leaf on its top?
    std::vector<std::pair<bool, bool>> stack;
    for (int token : e) {
        if (token >= 0) {
            stack.push_back({token == leaf, token == leaf});
            continue;
        }
        const auto b = stack.back();
        stack.pop_back();
        const auto a = stack.back();
        stack.pop_back();
        const bool contains = a.first || b.first;
        const bool top = token == kCutV ? (a.second || b.second) : a.second;
        stack.push_back({contains, contains && top});
    }
    return !stack.empty() && stack.back().second;
}

Sizing sizeTree(const Expression& e, const std::vector<LeafShapes>& leaves,
                const model::GridRect& area, int stackGap) {
    Table t;
    t.width = area.span;
    t.height = std::min(area.lines, kMaxLines - 1);
    t.stride = t.height + 1;
    t.nodes.reserve(e.size());
    std::vector<int> stack;
    for (int token : e) {
        Node n;
        n.op = token;
        initNode(n, t);
        if (token >= 0) {
            leafNode(n, leaves[token], t);
        } else {
            n.b = stack.back();
            stack.pop_back();
            n.a = stack.back();
            stack.pop_back();
            if (token == kCutV)
                vNode(n, t.nodes[n.a], t.nodes[n.b], t);
            else
                hNode(n, t.nodes[n.a], t.nodes[n.b], t, stackGap);
        }
        t.nodes.push_back(std::move(n));
        stack.push_back(static_cast<int>(t.nodes.size()) - 1);
    }
    Sizing out;
    const Node& root = t.nodes.back();
    const Heights& top = root.feasible[t.width];
    if (!top.test(t.height)) {
        out.gap = 1000;
        for (size_t h = top._Find_first(); h < top.size(); h = top._Find_next(h))
            out.gap = std::min(out.gap, std::abs(static_cast<int>(h) - t.height));
        return out;
    }
    out.feasible = true;
    out.cost = root.cost[t.width * t.stride + t.height];
    place(t, static_cast<int>(t.nodes.size()) - 1, area.column, area.line, t.width, t.height,
          leaves, stackGap, out);
    return out;
}

std::string describe(const Expression& e, const std::vector<LeafShapes>& leaves) {
    std::vector<std::string> stack;
    for (int token : e) {
        if (token >= 0) {
            stack.push_back(leaves[token].articleId);
            continue;
        }
        std::string b = stack.back();
        stack.pop_back();
        std::string a = stack.back();
        stack.pop_back();
        stack.push_back("(" + a + (token == kCutV ? " | " : " / ") + b + ")");
    }
    return stack.empty() ? "" : stack.back();
}

Expression randomMove(const Expression& e, int n, std::mt19937& rng) {
    for (int attempt = 0; attempt < 20; ++attempt) {
        Expression next = e;
        const int kind = static_cast<int>(rng() % 4);
        std::vector<int> operands, cuts;
        for (int i = 0; i < static_cast<int>(e.size()); ++i)
            (e[i] >= 0 ? operands : cuts).push_back(i);
        if (kind == 0 && operands.size() > 1) {  // M1
            const size_t i = rng() % (operands.size() - 1);
            std::swap(next[operands[i]], next[operands[i + 1]]);
        } else if (kind == 1 && !cuts.empty()) {  // M2: complement a chain of cuts
            int i = cuts[rng() % cuts.size()];
            while (i > 0 && next[i - 1] < 0) --i;
            for (; i < static_cast<int>(next.size()) && next[i] < 0; ++i)
                next[i] = next[i] == kCutV ? kCutH : kCutV;
        } else if (kind == 2 && next.size() > 2) {  // M3: swap an operand and a cut
            const size_t i = rng() % (next.size() - 1);
            if ((next[i] >= 0) == (next[i + 1] >= 0)) continue;
            std::swap(next[i], next[i + 1]);
        } else if (operands.size() > 1) {  // M4
            const size_t i = rng() % operands.size();
            const size_t j = rng() % operands.size();
            if (i == j) continue;
            std::swap(next[operands[i]], next[operands[j]]);
        }
        if (next != e && isNormalised(next, n)) return next;
    }
    return e;
}

}  // namespace bm::autolayout
