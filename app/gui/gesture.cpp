// SPDX-License-Identifier: MIT
#include "gui/gesture.h"

#include <algorithm>
#include <cstdlib>

namespace bm::gui {

namespace {

Length roundTo(Length v, Length step) {
    if (step <= 0) return v;
    const Length half = step / 2;
    return (v >= 0 ? (v + half) / step : -((-v + half) / step)) * step;
}

int roundDiv(Length v, Length d) {
    return static_cast<int>(v >= 0 ? (v + d / 2) / d : -((-v + d / 2) / d));
}

bool hasLeftEdge(Handle h) {
    return h == Handle::Left || h == Handle::TopLeft || h == Handle::BottomLeft;
}
bool hasRightEdge(Handle h) {
    return h == Handle::Right || h == Handle::TopRight || h == Handle::BottomRight;
}
bool hasTopEdge(Handle h) {
    return h == Handle::Top || h == Handle::TopLeft || h == Handle::TopRight;
}
bool hasBottomEdge(Handle h) {
    return h == Handle::Bottom || h == Handle::BottomLeft || h == Handle::BottomRight;
}

Rect pointsBox(const model::RuleFrame& r) {
    const Length x0 = std::min(r.from.x, r.to.x), y0 = std::min(r.from.y, r.to.y);
    return Rect{x0, y0, std::abs(r.to.x - r.from.x), std::abs(r.to.y - r.from.y)};
}

/// Maps a point of box `from` onto box `to` (endpoints on an edge stay on that edge).
Point mapPoint(Point p, const Rect& from, const Rect& to) {
    auto axis = [](Length v, Length a0, Length aw, Length b0, Length bw) {
        if (aw == 0) return b0 + (v - a0);
        return b0 + static_cast<Length>(static_cast<double>(v - a0) * bw / aw);
    };
    return Point{axis(p.x, from.x, from.w, to.x, to.w), axis(p.y, from.y, from.h, to.y, to.h)};
}

const model::RuleFrame* ruleOf(const Gesture& g, const std::string& id) {
    for (const auto& r : g.rules)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace

Gesture makeGesture(const model::Page& page, const std::vector<std::string>& ids, Handle handle,
                    Point start) {
    Gesture g;
    g.handle = handle;
    g.start = start;
    for (const auto& o : model::pageObjects(page)) {
        if (std::find(ids.begin(), ids.end(), o.id) == ids.end()) continue;
        g.objects.push_back(o);
        for (const auto& r : page.rules)
            if (r.id == o.id) g.rules.push_back(r);
    }
    return g;
}

GestureTarget gestureTarget(const model::Page& page, const Gesture& g, Point now) {
    GestureTarget t;
    const Length dx = now.x - g.start.x, dy = now.y - g.start.y;
    if (g.objects.empty()) return t;
    if (g.handle == Handle::Body) {
        bool anyGrid = false;
        for (const auto& o : g.objects) anyGrid = anyGrid || o.onGrid;
        if (!anyGrid) {
            // Rules alone move freely, in steps of half a 字.
            const Length step = std::max<Length>(page.grid.bodySize / 2, 1);
            t.dx = roundTo(dx, step);
            t.dy = roundTo(dy, step);
            return t;
        }
        // The engine keeps the selection on the grid and stops it at its neighbours.
        std::vector<std::string> ids;
        for (const auto& o : g.objects) ids.push_back(o.id);
        const place::MoveStop stop =
            place::stopMove(page, ids, roundDiv(dx, std::max<Length>(columnPitch(page), 1)),
                            roundDiv(dy, std::max<Length>(page.grid.pitch(), 1)), columnPitch(page),
                            page.grid.pitch());
        t.columns = stop.columns;
        t.lines = stop.lines;
        t.dx = stop.columns * columnPitch(page);
        t.dy = stop.lines * page.grid.pitch();
        t.heldBy = stop.heldBy;
        return t;
    }
    const model::PageObject& o = g.objects.front();
    if (o.onGrid) {
        const place::ResizeStop stop =
            place::stopResize(page, o.id, o.area, resizedTo(page, o.area, g.handle, now));
        t.rect = stop.rect;
        t.heldBy = stop.heldBy;
        return t;
    }
    if (const auto* r = ruleOf(g, o.id)) {
        Rect box = pointsBox(*r);
        Length x0 = box.x, y0 = box.y, x1 = box.right(), y1 = box.bottom();
        const Length step = 100;  // 0.1 pt
        if (hasLeftEdge(g.handle)) x0 = std::clamp<Length>(x0 + roundTo(dx, step), 0, x1);
        if (hasRightEdge(g.handle)) x1 = std::clamp<Length>(x1 + roundTo(dx, step), x0, page.width);
        if (hasTopEdge(g.handle)) y0 = std::clamp<Length>(y0 + roundTo(dy, step), 0, y1);
        if (hasBottomEdge(g.handle))
            y1 = std::clamp<Length>(y1 + roundTo(dy, step), y0, page.height);
        t.ruleBox = Rect{x0, y0, x1 - x0, y1 - y0};
    }
    return t;
}

bool isOrigin(const Gesture& g, const GestureTarget& target) {
    if (g.handle == Handle::Body || g.objects.empty()) return target == GestureTarget{};
    const model::PageObject& o = g.objects.front();
    if (o.onGrid) return target.rect == o.area;
    const auto* r = ruleOf(g, o.id);
    return !r || target.ruleBox == pointsBox(*r);
}

std::optional<model::Edit> gestureEdit(const model::Page& page, const Gesture& g,
                                       const GestureTarget& target) {
    std::vector<model::Edit> edits;
    if (g.handle == Handle::Body) {
        for (const auto& o : g.objects) {
            if (o.onGrid) {
                model::GridRect to = o.area;
                to.column += target.columns;
                to.line += target.lines;
                edits.push_back(model::placeOnGridEdit(page, o, to));
            } else if (const auto* r = ruleOf(g, o.id)) {
                edits.push_back(model::moveRuleEdit(page, *r, target.dx, target.dy));
            }
        }
    } else if (!g.objects.empty()) {
        const model::PageObject& o = g.objects.front();
        if (o.onGrid) {
            edits.push_back(model::placeOnGridEdit(page, o, target.rect));
        } else if (const auto* r = ruleOf(g, o.id)) {
            const Rect box = pointsBox(*r);
            model::RuleFrame next = *r;
            next.from = mapPoint(r->from, box, target.ruleBox);
            next.to = mapPoint(r->to, box, target.ruleBox);
            edits.push_back(model::SetRule{page.id, next});
        }
    }
    if (edits.empty()) return std::nullopt;
    if (edits.size() == 1) return edits.front();
    return model::Batch{std::move(edits)};
}

}  // namespace bm::gui
