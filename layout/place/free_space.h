// SPDX-License-Identifier: MIT
#pragma once
// The page's free space on its grid: which cells (base column × grid line) the items of
// occupancy.h take, and the searches a drop needs: the free run under a point, how deep it is.
// (Where a moved or resized item stops: gesture_stop.h.)
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

}  // namespace bm::place
