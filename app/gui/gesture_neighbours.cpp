// SPDX-License-Identifier: MIT
#include "gui/gesture_neighbours.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "gui/grid_math.h"
#include "layout/place/occupancy.h"

namespace bm::gui {

namespace {

using place::ItemKind;
using place::PageItem;

bool selected(const Gesture& g, const std::string& id) {
    return std::any_of(g.objects.begin(), g.objects.end(),
                       [&](const model::PageObject& o) { return o.id == id; });
}

/// Whether moving item `a` to the cells `ga` would overlap the standing item `b`: the engine's
/// own rule (place::overlapOf, which lets a wrapping photo sit inside an article frame).
bool collide(PageItem a, const model::GridRect& ga, const PageItem& b) {
    a.grid = ga;
    return place::overlapOf(a, b).has_value();
}

model::GridRect shifted(model::GridRect r, int columns, int lines) {
    r.column += columns;
    r.line += lines;
    return r;
}

/// The page's grid items split into the gesture's (moving) and the others (standing), without
/// the standing items a moving one already overlaps at the start.
struct Split {
    std::vector<PageItem> moving, standing;
};

Split split(const model::Page& page, const Gesture& g) {
    Split s;
    const model::Document none;  // only grid items are used: the header's size is not needed
    for (auto& it : place::pageItems(none, page)) {
        if (!it.grid) continue;
        (selected(g, it.id) ? s.moving : s.standing).push_back(std::move(it));
    }
    std::erase_if(s.standing, [&](const PageItem& st) {
        return std::any_of(s.moving.begin(), s.moving.end(),
                           [&](const PageItem& mv) { return collide(mv, *mv.grid, st); });
    });
    return s;
}

bool moveFree(const Split& s, int columns, int lines) {
    for (const auto& mv : s.moving) {
        const model::GridRect at = shifted(*mv.grid, columns, lines);
        for (const auto& st : s.standing)
            if (collide(mv, at, st)) return false;
    }
    return true;
}

GestureTarget stopMove(const model::Page& page, const Split& s, GestureTarget t) {
    if (moveFree(s, t.columns, t.lines)) return t;
    // The free shift between the start and the asked one nearest to the asked one (on the
    // page, in mpt): the objects end against the neighbour's edge.
    const Length cw = std::max<Length>(columnPitch(page), 1), lh = page.grid.pitch();
    int bestC = 0, bestL = 0;
    double best = -1;
    const int sc = t.columns < 0 ? -1 : 1, sl = t.lines < 0 ? -1 : 1;
    for (int c = 0; c <= std::abs(t.columns); ++c)
        for (int l = 0; l <= std::abs(t.lines); ++l) {
            if (!moveFree(s, sc * c, sl * l)) continue;
            const double dx = static_cast<double>(std::abs(t.columns) - c) * cw;
            const double dy = static_cast<double>(std::abs(t.lines) - l) * lh;
            const double d = dx * dx + dy * dy;
            if (best < 0 || d < best) {
                best = d;
                bestC = sc * c;
                bestL = sl * l;
            }
        }
    t.columns = bestC;
    t.lines = bestL;
    t.dx = bestC * columnPitch(page);
    t.dy = bestL * page.grid.pitch();
    return t;
}

bool rectFree(const Split& s, const model::GridRect& r) {
    const PageItem& mv = s.moving.front();
    return std::none_of(s.standing.begin(), s.standing.end(),
                        [&](const PageItem& st) { return collide(mv, r, st); });
}

GestureTarget stopResize(const model::GridRect& from, const Split& s, GestureTarget t) {
    const model::GridRect to = t.rect;
    if (rectFree(s, to)) return t;
    // Each edge goes back towards where it started by the same fraction until nothing is hit:
    // the dragged edge stops at the neighbour's edge.
    auto edges = [](const model::GridRect& r) {
        return std::array<int, 4>{r.column, r.line, r.column + r.span, r.line + r.lines};
    };
    const auto a = edges(from), b = edges(to);
    int steps = 0;
    for (size_t i = 0; i < 4; ++i) steps = std::max(steps, std::abs(b[i] - a[i]));
    for (int k = steps - 1; k >= 0; --k) {
        std::array<int, 4> e{};
        for (size_t i = 0; i < 4; ++i) e[i] = a[i] + (b[i] - a[i]) * k / steps;
        const model::GridRect r{e[0], e[2] - e[0], e[1], e[3] - e[1]};
        if (r.span >= 1 && r.lines >= 1 && rectFree(s, r)) {
            t.rect = r;
            return t;
        }
    }
    t.rect = from;
    return t;
}

}  // namespace

GestureTarget stopAtNeighbours(const model::Page& page, const Gesture& g, GestureTarget target) {
    if (g.objects.empty()) return target;
    const Split s = split(page, g);
    if (s.moving.empty() || s.standing.empty()) return target;
    if (g.handle == Handle::Body) return stopMove(page, s, target);
    const model::PageObject& o = g.objects.front();
    // A resize changes the bounding box of an L-shaped frame; only one-rect objects are held.
    if (!o.onGrid || s.moving.size() != 1) return target;
    return stopResize(o.area, s, target);
}

}  // namespace bm::gui
