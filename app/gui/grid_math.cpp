// SPDX-License-Identifier: MIT
#include "gui/grid_math.h"

#include <algorithm>
#include <cmath>

namespace bm::gui {

namespace {

Length columnWidth(const model::Page& page) { return model::columnsWidth(page, 1); }

int roundDiv(Length num, Length den) {
    if (den <= 0) return 0;
    return static_cast<int>(std::llround(static_cast<double>(num) / static_cast<double>(den)));
}

bool hasLeft(Handle h) {
    return h == Handle::Left || h == Handle::TopLeft || h == Handle::BottomLeft;
}
bool hasRight(Handle h) {
    return h == Handle::Right || h == Handle::TopRight || h == Handle::BottomRight;
}
bool hasTop(Handle h) { return h == Handle::Top || h == Handle::TopLeft || h == Handle::TopRight; }
bool hasBottom(Handle h) {
    return h == Handle::Bottom || h == Handle::BottomLeft || h == Handle::BottomRight;
}

}  // namespace

Length columnPitch(const model::Page& page) { return columnWidth(page) + page.grid.gutter; }

int columnAt(const model::Page& page, Length x) {
    const Length pitch = columnPitch(page);
    if (pitch <= 0) return 0;
    const Length off = x - page.typeArea.x;
    const int c = off < 0 ? 0 : static_cast<int>(off / pitch);
    return std::clamp(c, 0, page.grid.columns - 1);
}

int lineAt(const model::Page& page, Length y) {
    const Length pitch = page.grid.pitch();
    if (pitch <= 0) return 0;
    const Length off = y - page.typeArea.y;
    const int l = off < 0 ? 0 : static_cast<int>(off / pitch);
    return std::clamp(l, 0, std::max(model::gridLines(page) - 1, 0));
}

int nearestColumnEdge(const model::Page& page, Length x) {
    // Edge k sits at the middle of the gutter before column k (or at the type area's sides).
    const Length off = x - page.typeArea.x + page.grid.gutter / 2;
    return std::clamp(roundDiv(off, columnPitch(page)), 0, page.grid.columns);
}

int nearestLineEdge(const model::Page& page, Length y) {
    const Length gap = page.grid.pitch() - page.grid.bodySize;
    const Length off = y - page.typeArea.y + gap / 2;
    return std::clamp(roundDiv(off, page.grid.pitch()), 0, model::gridLines(page));
}

model::GridRect frameBounds(const model::ArticleFrame& frame) {
    if (frame.rects.empty()) return {};
    int c0 = frame.rects[0].area.column, l0 = frame.rects[0].area.line;
    int c1 = c0 + frame.rects[0].area.span, l1 = l0 + frame.rects[0].area.lines;
    for (const auto& r : frame.rects) {
        c0 = std::min(c0, r.area.column);
        l0 = std::min(l0, r.area.line);
        c1 = std::max(c1, r.area.column + r.area.span);
        l1 = std::max(l1, r.area.line + r.area.lines);
    }
    return {c0, c1 - c0, l0, l1 - l0};
}

model::GridRect clampToGrid(const model::Page& page, model::GridRect r) {
    const int cols = page.grid.columns;
    const int lines = model::gridLines(page);
    r.span = std::clamp(r.span, 1, std::max(cols, 1));
    r.lines = std::clamp(r.lines, 1, std::max(lines, 1));
    r.column = std::clamp(r.column, 0, cols - r.span);
    r.line = std::clamp(r.line, 0, lines - r.lines);
    return r;
}

model::GridRect movedBy(const model::Page& page, const model::GridRect& r, Length dx, Length dy) {
    model::GridRect out = r;
    out.column += roundDiv(dx, columnPitch(page));
    out.line += roundDiv(dy, page.grid.pitch());
    return clampToGrid(page, out);
}

model::GridRect resizedTo(const model::Page& page, const model::GridRect& r, Handle handle,
                          Point p) {
    int left = r.column, right = r.column + r.span;
    int top = r.line, bottom = r.line + r.lines;
    if (hasLeft(handle)) left = std::min(nearestColumnEdge(page, p.x), right - 1);
    if (hasRight(handle)) right = std::max(nearestColumnEdge(page, p.x), left + 1);
    if (hasTop(handle)) top = std::min(nearestLineEdge(page, p.y), bottom - 1);
    if (hasBottom(handle)) bottom = std::max(nearestLineEdge(page, p.y), top + 1);
    return clampToGrid(page, {left, right - left, top, bottom - top});
}

}  // namespace bm::gui
