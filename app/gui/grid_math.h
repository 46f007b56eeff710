// SPDX-License-Identifier: MIT
#pragma once
// Snapping on the page grid, in engine units (mpt): which base column and grid line a point
// falls on, the nearest column/line edges for resizing, and clamping a frame onto the page.
// Qt-free so that the snapping rules can be tested without a scene.
#include "layout/model/document.h"

namespace bm::gui {

/// Which part of a frame the mouse grabbed.
enum class Handle {
    None,
    Body,
    Left,
    Right,
    Top,
    Bottom,
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight
};

/// Distance from one base column's left edge to the next one's (column width + gutter).
Length columnPitch(const model::Page& page);
/// The base column under x (clamped to the grid).
int columnAt(const model::Page& page, Length x);
/// The grid line under y (clamped to the grid).
int lineAt(const model::Page& page, Length y);
/// The column boundary (0 … columns) nearest to x; boundary k is the left edge of column k,
/// or the right edge of column k − 1 for the last one.
int nearestColumnEdge(const model::Page& page, Length x);
/// The line boundary (0 … gridLines) nearest to y.
int nearestLineEdge(const model::Page& page, Length y);

/// Bounding grid rect of a frame's rects.
model::GridRect frameBounds(const model::ArticleFrame& frame);

/// `r` moved by whole columns/lines (rounded from a pointer delta in mpt) and kept on the grid.
model::GridRect movedBy(const model::Page& page, const model::GridRect& r, Length dx, Length dy);

/// `r` with the edges named by `handle` moved to the grid edges nearest to `p`
/// (at least one column and one line stay).
model::GridRect resizedTo(const model::Page& page, const model::GridRect& r, Handle handle,
                          Point p);

/// Keeps `r` inside the grid (moves it first, then shrinks it if it is too big).
model::GridRect clampToGrid(const model::Page& page, model::GridRect r);

}  // namespace bm::gui
