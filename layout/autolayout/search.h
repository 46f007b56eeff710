// SPDX-License-Identifier: MIT
#pragma once
// The annealing search over slicing trees (autolayout.md §3.5, §3.7): seeded chains with a
// fixed RNG and an evaluation budget, an archive of legal layouts, and the top N picked for
// diversity (cell disagreement).
#include "layout/autolayout/score.h"

namespace bm::autolayout {

struct Found {
    Expression expression;
    Sizing sizing;
    Scored scored;
    int evaluation = 0;  ///< when it was first found
};

/// Legal layouts, best first, diverse; at most `count` × 4 so verification can drop some.
std::vector<Found> searchLayouts(const std::vector<LeafShapes>& leaves, const model::GridRect& area,
                                 const Request& request, Stats& stats);

/// Share of the area's cells owned by a different story in `a` and `b`.
double cellDisagreement(const Sizing& a, const Sizing& b, const model::GridRect& area);

}  // namespace bm::autolayout
