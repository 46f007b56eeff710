// SPDX-License-Identifier: MIT
#include "layout/autolayout/score.h"

#include <algorithm>
#include <cmath>

namespace bm::autolayout {

namespace {

/// The lines of the headline band of a placed leaf: [top, top + headline lines).
std::pair<int, int> headlineBand(const PlacedLeaf& l) {
    return {l.area.line, l.area.line + l.variant.headlineLines};
}

int overlapLength(std::pair<int, int> a, std::pair<int, int> b) {
    return std::max(0, std::min(a.second, b.second) - std::max(a.first, b.first));
}

/// The lead (lowest priority number, first in the request order on a tie).
size_t leadOf(const Sizing& s, const std::vector<LeafShapes>& leaves) {
    size_t lead = 0;
    for (size_t i = 1; i < s.leaves.size(); ++i) {
        const int p = leaves[s.leaves[i].leaf].priority;
        const int q = leaves[s.leaves[lead].leaf].priority;
        if (p < q || (p == q && s.leaves[i].leaf < s.leaves[lead].leaf)) lead = i;
    }
    return lead;
}

/// Lead on top, widest (≥ every other span and ≥ leadMinSpan when the area allows).
std::string leadViolation(const Sizing& s, const std::vector<LeafShapes>& leaves,
                          const model::GridRect& area, const HouseStyle& house) {
    const PlacedLeaf& lead = s.leaves[leadOf(s, leaves)];
    if (lead.area.line != area.line) return "lead not on top";
    if (lead.area.span < std::min(house.leadMinSpan, area.span)) return "lead too narrow";
    for (const auto& l : s.leaves)
        if (l.area.span > lead.area.span) return "a story wider than the lead";
    return {};
}

void scoreHierarchy(const Sizing& s, const std::vector<LeafShapes>& leaves,
                    const model::GridRect& area, const HouseStyle& house, ScoreParts& out) {
    const PlacedLeaf& lead = s.leaves[leadOf(s, leaves)];
    if (lead.area.column != area.column) out.hierarchy += house.wLeadLeft;
    for (size_t i = 0; i < s.leaves.size(); ++i) {
        const PlacedLeaf& a = s.leaves[i];
        const int pa = leaves[a.leaf].priority;
        // Position value: important stories high and left (top-left outranks top-right).
        const double down = static_cast<double>(a.area.line - area.line) / area.lines;
        const double right = static_cast<double>(a.area.column - area.column) / area.span;
        out.hierarchy += house.wHierarchy * (6 - pa) / 5.0 * (down + 0.25 * right);
        for (size_t j = 0; j < s.leaves.size(); ++j) {
            const PlacedLeaf& b = s.leaves[j];
            const int gap = leaves[b.leaf].priority - pa;
            if (gap <= 0) continue;  // b is not less important than a
            if (a.area.line > b.area.line) out.hierarchy += house.wHierarchy * gap;
            if (a.area.span < b.area.span) out.hierarchy += house.wHierarchy * gap;
            if (a.variant.headlineSize < b.variant.headlineSize)
                out.hierarchy += house.wHierarchy * gap;
        }
    }
}

/// Side-by-side headlines (碰题): hard when the same size and half the band or more overlaps.
std::string scoreBumps(const Sizing& s, const HouseStyle& house, ScoreParts& out) {
    for (const auto& a : s.leaves)
        for (const auto& b : s.leaves) {
            if (a.area.column + a.area.span != b.area.column) continue;
            const int ov = overlapLength(headlineBand(a), headlineBand(b));
            if (ov == 0) continue;
            const int shorter = std::min(a.variant.headlineLines, b.variant.headlineLines);
            if (a.variant.headlineSize == b.variant.headlineSize && 2 * ov >= shorter)
                return "same-size headlines side by side";
            out.bumps += house.wBumps * ov;
        }
    return {};
}

void scoreBalance(const Sizing& s, const model::GridRect& area, const HouseStyle& house,
                  ScoreParts& out) {
    // Visual weight: headline and photo area; its centroid should sit near the middle.
    double weight = 0, moment = 0;
    for (const auto& l : s.leaves) {
        const double w = static_cast<double>(l.area.span) *
                         (l.variant.headlineLines * l.variant.headlineSize / 9000.0 +
                          l.variant.photoLines * 2.0);
        weight += w;
        moment += w * (l.area.column - area.column + l.area.span / 2.0);
    }
    if (weight > 0)
        out.balance = house.wBalance * std::abs(moment / weight - area.span / 2.0) / area.span;
}

}  // namespace

Scored scoreLayout(const Sizing& s, const std::vector<LeafShapes>& leaves,
                   const model::GridRect& area, const HouseStyle& house) {
    Scored out;
    if (!s.feasible) return out;
    out.violation = leadViolation(s, leaves, area, house);
    if (out.violation.empty()) out.violation = scoreBumps(s, house, out.parts);
    if (!out.violation.empty()) return out;
    out.legal = true;
    for (const auto& l : s.leaves) {
        const Variant& v = l.variant;
        const int leg = (v.bodyLines + v.textColumns - 1) / v.textColumns;
        // Empty column-lines and 标题占行 white off the natural height (§3.6 fill).
        out.parts.fill +=
            house.wFill * v.emptyLines / v.textColumns + whiteCost(house, v.headlineWhite);
        out.parts.shape += v.photoCost;
        out.parts.copyfit += v.trackingCost + house.wHeadlineStep * v.headlineStep;
        out.parts.shape += house.wShape * std::max(0, leg - 60) +
                           house.wShape * std::max(0, house.preferredLegLines - leg);
    }
    scoreHierarchy(s, leaves, area, house, out.parts);
    scoreBalance(s, area, house, out.parts);
    return out;
}

std::vector<Module> modulesOf(const Sizing& s, const std::vector<LeafShapes>& leaves,
                              const std::vector<ArticleRequest>& requests, Length bodySize) {
    std::vector<Module> out;
    for (const auto& l : s.leaves) {
        const Variant& v = l.variant;
        Module m;
        m.articleId = leaves[l.leaf].articleId;
        m.priority = leaves[l.leaf].priority;
        m.area = l.area;
        m.frame = l.area;
        m.textColumns = v.textColumns;
        m.measureZi = static_cast<double>(v.measure) / static_cast<double>(bodySize);
        m.headlineSize = v.headlineSize;
        m.headlineLines = v.headlineLines;
        m.headlineWhite = v.headlineWhite;
        m.trackingMilliEm = v.tracking;
        if (v.plan >= 0) m.trackingPlan = leaves[l.leaf].plans[static_cast<size_t>(v.plan)];
        m.bodyLines = v.bodyLines;
        if (v.photoLines > 0) {
            m.photoId = requests[l.leaf].photoId;
            m.photo = {l.area.column, v.photoSpan, l.area.line + v.headlineLines, v.photoLines};
            m.photoPpi = v.photoPpi;
        }
        out.push_back(std::move(m));
    }
    std::sort(out.begin(), out.end(), [](const Module& a, const Module& b) {
        return std::tie(a.area.line, a.area.column) < std::tie(b.area.line, b.area.column);
    });
    return out;
}

}  // namespace bm::autolayout
