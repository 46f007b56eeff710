// SPDX-License-Identifier: MIT
#include "layout/place/gesture_stop.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace bm::place {

namespace {

/// Whether item `a` at the cells `at` would overlap the standing item `b` (its page box moves
/// with the cells: a rule is hit by the box, not by cells).
bool collide(const model::Page& page, PageItem a, const model::GridRect& at, const PageItem& b) {
    a.grid = at;
    a.area = model::gridRectToPage(page, at);
    return overlapOf(a, b).has_value();
}

model::GridRect shifted(model::GridRect r, int columns, int lines) {
    r.column += columns;
    r.line += lines;
    return r;
}

/// The gesture's grid items (moving) and everything else on the page they can run into
/// (standing: grid items and rules; a rule among the moving ones travels with them), without
/// the standing items a moving one already overlaps at the start.
struct Split {
    const model::Page* page = nullptr;
    std::vector<PageItem> moving, standing;
};

Split split(const model::Page& page, const std::vector<std::string>& ids) {
    Split s;
    s.page = &page;
    const model::Document none;  // the 报眉 lies above the grid: its size is not needed
    for (auto& it : pageItems(none, page)) {
        if (it.kind == ItemKind::Header) continue;
        const bool mine = std::find(ids.begin(), ids.end(), it.id) != ids.end();
        if (mine && it.grid)
            s.moving.push_back(std::move(it));
        else if (!mine)
            s.standing.push_back(std::move(it));
    }
    std::erase_if(s.standing, [&](const PageItem& st) {
        return std::any_of(s.moving.begin(), s.moving.end(),
                           [&](const PageItem& mv) { return collide(page, mv, *mv.grid, st); });
    });
    return s;
}

/// The first standing item the moving ones would overlap after the shift.
const PageItem* blocker(const Split& s, int columns, int lines) {
    for (const auto& mv : s.moving) {
        const model::GridRect at = shifted(*mv.grid, columns, lines);
        for (const auto& st : s.standing)
            if (collide(*s.page, mv, at, st)) return &st;
    }
    return nullptr;
}

const PageItem* rectBlocker(const Split& s, const model::GridRect& r) {
    for (const auto& st : s.standing)
        if (collide(*s.page, s.moving.front(), r, st)) return &st;
    return nullptr;
}

}  // namespace

MoveStop stopMove(const model::Page& page, const std::vector<std::string>& ids, int columns,
                  int lines, Length columnPitch, Length linePitch) {
    Split s = split(page, ids);
    // The whole group stays on the grid: the shift stops at the first item that would leave it.
    const int gridLines = model::gridLines(page);
    for (const auto& mv : s.moving) {
        const model::GridRect& g = *mv.grid;
        columns = std::clamp(columns, -g.column, page.grid.columns - g.column - g.span);
        lines = std::clamp(lines, -g.line, gridLines - g.line - g.lines);
    }
    MoveStop out{columns, lines, std::nullopt};
    const PageItem* hit = blocker(s, columns, lines);
    if (!hit) return out;
    // The free shift between the start and the asked one nearest to the asked one (on the page,
    // in mpt): the items end against the neighbour's edge.
    const double cw = static_cast<double>(std::max<Length>(columnPitch, 1));
    const double lh = static_cast<double>(std::max<Length>(linePitch, 1));
    const int sc = columns < 0 ? -1 : 1, sl = lines < 0 ? -1 : 1;
    double best = -1;
    out.columns = out.lines = 0;
    for (int c = 0; c <= std::abs(columns); ++c)
        for (int l = 0; l <= std::abs(lines); ++l) {
            if (blocker(s, sc * c, sl * l)) continue;
            const double dx = (std::abs(columns) - c) * cw, dy = (std::abs(lines) - l) * lh;
            const double d = dx * dx + dy * dy;
            if (best < 0 || d < best) {
                best = d;
                out.columns = sc * c;
                out.lines = sl * l;
            }
        }
    // Name what stopped it: the item one step further on the way it was held, else the one at
    // the asked place.
    const PageItem* why = nullptr;
    if (out.lines != lines) why = blocker(s, out.columns, out.lines + sl);
    if (!why && out.columns != columns) why = blocker(s, out.columns + sc, out.lines);
    out.heldBy = why ? *why : *hit;
    return out;
}

ResizeStop stopResize(const model::Page& page, const std::string& id, const model::GridRect& from,
                      const model::GridRect& to) {
    const Split s = split(page, {id});
    ResizeStop out{to, std::nullopt};
    if (s.moving.size() != 1) return out;  // an L-shaped frame's bounding box: not held here
    const PageItem* hit = rectBlocker(s, to);
    if (!hit) return out;
    out.heldBy = *hit;
    // Edges move from where they were towards where they were asked to go, one cell at a time,
    // as far as the rect stays free: first left/right over the rows it has now, then top/bottom
    // over the new columns. Shrinking never hits anything.
    auto edges = [](const model::GridRect& r) {
        return std::array<int, 4>{r.column, r.column + r.span, r.line, r.line + r.lines};
    };
    auto rectOf = [](const std::array<int, 4>& e) {
        return model::GridRect{e[0], e[1] - e[0], e[2], e[3] - e[2]};
    };
    std::array<int, 4> e = edges(from);
    const std::array<int, 4> want = edges(to);
    for (size_t i : {size_t{0}, size_t{1}, size_t{2}, size_t{3}}) {
        while (e[i] != want[i]) {
            std::array<int, 4> next = e;
            next[i] += want[i] < e[i] ? -1 : 1;
            const model::GridRect r = rectOf(next);
            if (r.span < 1 || r.lines < 1 || rectBlocker(s, r)) break;
            e = next;
        }
    }
    out.rect = rectOf(e);
    return out;
}

}  // namespace bm::place
