// SPDX-License-Identifier: MIT
#pragma once
// The annealing search over slicing trees (autolayout.md §3.5, §3.7): seeded chains with a
// fixed RNG and an evaluation budget, an archive of legal layouts, and the top N picked for
// diversity (cell disagreement).
#include <map>

#include "layout/autolayout/freearea.h"
#include "layout/autolayout/score.h"

namespace bm::autolayout {

struct Found {
    Expression expression;
    /// When the free area is cut into several rectangles (§3.3): each one's tree, over the
    /// stories' indices, in the order of `regions`; `expression` is then empty.
    std::vector<Expression> regionExpressions;
    std::vector<model::GridRect> regions;
    Sizing sizing;
    Scored scored;
    int evaluation = 0;  ///< when it was first found
};

/// Legal layouts, best first, diverse; at most `count` × 4 so verification can drop some.
std::vector<Found> searchLayouts(const std::vector<LeafShapes>& leaves, const model::GridRect& area,
                                 const Request& request, Stats& stats);

/// The same search when the free area is cut into rectangles (freearea.h): per decomposition,
/// chains over (partition of the stories among the rectangles, a tree per rectangle), with M5
/// moving a story to another rectangle. The lead stays in the widest rectangle at the top.
std::vector<Found> searchRegions(const std::vector<LeafShapes>& leaves,
                                 const std::vector<Decomposition>& decompositions,
                                 const model::GridRect& bounds, const Request& request,
                                 Stats& stats);

// Shared by both searches.
namespace detail {

struct Evaluated {
    Sizing sizing;
    Scored scored;
    double cost = 0;
};

/// Scores a sized layout: infeasible and illegal layouts get graded costs (slope, not plateaus).
Evaluated evaluateSized(Sizing sizing, const std::vector<LeafShapes>& leaves, int lead,
                        const model::GridRect& area, const HouseStyle& house);

/// The four seeds of §3.5 for `lead` and the `rest` (priority order).
Expression seedExpression(int chainIndex, int lead, std::vector<int> rest, std::mt19937& rng);

/// Each story's columns: layouts with the same key differ only in heights.
std::string signature(const Sizing& s);

/// Counts an evaluation for request.control; true when the caller asked to stop.
bool cancelled(const Request& request);

/// Counts an evaluation in the stats and archives it when legal (best per signature).
void record(const Evaluated& now, const Found& found, std::map<std::string, Found>& archive,
            Stats& stats);

/// Which rectangle of the free area each story is in, and its span: layouts of one family
/// differ only in the order and heights of the same blocks.
std::string family(const Found& f);

/// The best `request.candidates` × 4 of the archive, diverse by family and cell disagreement.
std::vector<Found> pickDiverse(std::map<std::string, Found>& archive, const model::GridRect& area,
                               const Request& request);

}  // namespace detail

/// Share of the area's cells owned by a different story in `a` and `b`.
double cellDisagreement(const Sizing& a, const Sizing& b, const model::GridRect& area);

}  // namespace bm::autolayout
