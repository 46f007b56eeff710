// SPDX-License-Identifier: MIT
#pragma once
// The free part of a page for 智能组版 (autolayout.md §3.3): the grid cells no fixed item holds
// (报眉, ads, labels, photos and frames not being laid out), cut into rectangles by straight cuts
// along column boundaries and grid lines that cross no fixed item. A corner item gives two
// decompositions (cut at its side edge or at its top/bottom edge); a pinwheel of items that no
// straight cut separates is refused, naming the items.
#include <vector>

#include "layout/autolayout/autolayout.h"

namespace bm::autolayout {

/// One way to cut the free area: rectangles in reading order (top to bottom, left to right)
/// and the separator lines reserved where a rectangle starts below something else.
struct Decomposition {
    std::vector<model::GridRect> rects;
    std::vector<model::GridRect> gaps;
};

struct FreeArea {
    model::GridRect bounds;  ///< the bounding box of the free cells
    int freeCells = 0;
    std::vector<Decomposition> decompositions;  ///< at least one; one rect = bounds when simple
    bool simple() const {
        return decompositions.size() == 1 && decompositions[0].rects.size() == 1 &&
               decompositions[0].rects[0] == bounds;
    }
};

/// `stackGap` lines go between a rectangle and whatever is above it inside the bounds (another
/// rectangle or a fixed item), as between stacked modules.
bm::Result<FreeArea> freeArea(const model::Document& doc, const model::Page& page,
                              const Request& request, int stackGap);

}  // namespace bm::autolayout
