// SPDX-License-Identifier: MIT
#pragma once
// The page's free space on its grid: which cells (base column × grid line) the items of
// occupancy.h take, and the searches every gesture needs: the free run under a point, how far a
// rect can grow, where a moved rect must stop.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "layout/place/occupancy.h"

namespace bm::place {

/// Which items a gesture may ignore: the frame being moved or resized (all its rects), and the
/// wrapped photos already inset in it (they travel with the text, not against it).
struct Ignore {
    std::string frameId;
    bool insetPhotos = true;
};

class FreeSpace {
public:
    /// Every item of the page takes its cells, except those `ignore` names. A rule takes the
    /// cells its centre line runs through (and cuts rects across the gap it runs in); the 报眉
    /// lies above the grid and takes none. Keeps a reference to `page`.
    FreeSpace(const model::Document& doc, const model::Page& page, const Ignore& ignore = {});

    int columns() const { return m_columns; }
    int lines() const { return m_lines; }
    bool inGrid(int column, int line) const {
        return column >= 0 && column < m_columns && line >= 0 && line < m_lines;
    }
    /// The item taking a cell (nullptr when free; outside the grid counts as taken by nothing
    /// but is not free either, see isFree).
    const PageItem* owner(int column, int line) const;
    bool isFree(int column, int line) const;
    /// Every cell free, and no rule running through the rect's inside (a rule in the gap
    /// between two lines or columns takes no cell but cuts any rect spanning that gap).
    bool isFree(const model::GridRect& r) const;
    /// The rule cutting `r`, if any.
    const PageItem* ruleThrough(const model::GridRect& r) const;

    /// The free columns [first, last) on `line` around `column` (empty when the cell is taken).
    std::pair<int, int> freeRun(int column, int line) const;
    /// Free lines from `line` down in every column of [column, column + span).
    int freeDepth(int column, int span, int line) const;

    /// The items on the page (with the ignored ones), for messages.
    const std::vector<PageItem>& items() const { return m_items; }

private:
    std::vector<PageItem> m_items;
    std::vector<size_t> m_rules;  // indices of the rules not ignored
    const model::Page* m_page = nullptr;
    std::vector<int> m_owner;  // item index + 1 per cell, 0 = free
    int m_columns = 0;
    int m_lines = 0;
};

/// Where a rect moved from `from` towards `to` stops: it slides along the straight path cell by
/// cell and stops before the first neighbour it would cover, then slides along whichever axis is
/// still free (a diagonal drag into a wall glides along it). The result is always free.
model::GridRect constrainMove(const FreeSpace& space, const model::GridRect& from,
                              const model::GridRect& to);

/// A whole multi-rect frame moved by (dColumns, dLines): the largest part of the move, along the
/// same path, for which every rect stays free. Returns the allowed offset.
std::pair<int, int> constrainFrameMove(const FreeSpace& space,
                                       const std::vector<model::GridRect>& rects, int dColumns,
                                       int dLines);

/// A rect resized from `from` to `to`: edges that grow stop at the first neighbour (shrinking is
/// always allowed); horizontal edges first, then vertical ones over the new width.
model::GridRect constrainResize(const FreeSpace& space, const model::GridRect& from,
                                const model::GridRect& to);

}  // namespace bm::place
