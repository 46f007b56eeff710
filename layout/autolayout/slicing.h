// SPDX-License-Identifier: MIT
#pragma once
// Slicing (guillotine) trees over a free rectangle (autolayout.md §3.4): a normalised Polish
// expression of the stories (operands 0…n−1) and cuts (V: side by side, H: stacked with a gap
// line). Sizing is exact: bottom-up, each node keeps the cheapest way to reach every (width,
// height) its children can reach, from the stories' shape tables; the tree fits the rectangle
// iff (W, H) is reachable at the root.
#include <random>
#include <string>
#include <vector>

#include "layout/autolayout/shapes.h"

namespace bm::autolayout {

constexpr int kCutV = -1;  ///< side by side
constexpr int kCutH = -2;  ///< stacked

using Expression = std::vector<int>;

/// True when `e` is a valid normalised Polish expression of n operands (each once).
bool isNormalised(const Expression& e, int n);

/// A leaf placed by sizing: story index, its module rect and variant.
struct PlacedLeaf {
    int leaf = 0;
    model::GridRect area;
    Variant variant;
};

struct Sizing {
    bool feasible = false;
    int gap = 0;  ///< when infeasible: lines from H to the nearest reachable height at width W
    double cost = 0;
    std::vector<PlacedLeaf> leaves;
    std::vector<model::GridRect> gaps;
};

/// True when story `leaf` lies in the upper child of every stacking cut above it (it then
/// touches the top of the area whatever the sizes).
bool onTop(const Expression& e, int leaf);

/// Sizes `e` into `area` (`stackGap` empty lines between stacked children).
Sizing sizeTree(const Expression& e, const std::vector<LeafShapes>& leaves,
                const model::GridRect& area, int stackGap);

/// "(speech / (job-fair | tree-warming))": H cuts as "/", V cuts as "|".
std::string describe(const Expression& e, const std::vector<LeafShapes>& leaves);

/// The annealing moves of Wong–Liu (M1 swap adjacent operands, M2 complement a cut chain, M3
/// swap an operand and a cut) plus M4 (swap any two stories). Returns a normalised expression.
Expression randomMove(const Expression& e, int n, std::mt19937& rng);

}  // namespace bm::autolayout
