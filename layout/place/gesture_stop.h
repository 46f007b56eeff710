// SPDX-License-Identifier: MIT
#pragma once
// Frames never collide: a move or resize of grid items stops at the neighbours it would run into
// (against their edges) instead of passing over them. The one implementation behind the editor's
// drags, nudges and resize handles. The collision rule is occupancy's (place::overlapOf: shared
// grid cells, except a wrapping photo over an article frame). Items that already overlap at the
// start do not hold each other back, so an overlap loaded from a file can be dragged apart.
#include <optional>
#include <string>
#include <vector>

#include "layout/model/document.h"
#include "layout/place/occupancy.h"

namespace bm::place {

struct MoveStop {
    int columns = 0;  ///< the allowed shift
    int lines = 0;
    /// What the asked shift would have run into (nullopt when the move was not held back).
    std::optional<PageItem> heldBy;
};

/// The items `ids` of `page` moved together by (columns, lines): kept inside the grid, then
/// pulled back to the free shift nearest to the asked one (between the start and it), so the
/// items end against the neighbour's edge. `columnPitch` and `linePitch` (mpt) weigh a column
/// against a line in "nearest".
MoveStop stopMove(const model::Page& page, const std::vector<std::string>& ids, int columns,
                  int lines, Length columnPitch, Length linePitch);

struct ResizeStop {
    model::GridRect rect;
    std::optional<PageItem> heldBy;
};

/// Item `id` (one grid rect) resized from `from` towards `to`: the horizontal edges go as far as
/// they can over the rows it has, then the vertical ones over the new width; shrinking is always
/// allowed.
ResizeStop stopResize(const model::Page& page, const std::string& id, const model::GridRect& from,
                      const model::GridRect& to);

}  // namespace bm::place
