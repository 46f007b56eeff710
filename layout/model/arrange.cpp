// SPDX-License-Identifier: MIT
#include "layout/model/arrange.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "layout/model/page_objects.h"

namespace bm::model {

namespace {

std::vector<PageObject> movable(const Page& page, const std::vector<std::string>& ids) {
    std::vector<PageObject> out;
    for (auto& o : pageObjects(page))
        if (!o.locked && std::find(ids.begin(), ids.end(), o.id) != ids.end())
            out.push_back(std::move(o));
    return out;
}

/// The column whose left edge (or, with `span`, whose span's right edge) is nearest to x.
int nearestColumn(const Page& page, Length x, int span, bool rightEdge) {
    int best = 0;
    Length bestD = std::numeric_limits<Length>::max();
    for (int c = 0; c + span <= page.grid.columns; ++c) {
        const Length edge =
            rightEdge ? columnX(page, c) + columnsWidth(page, span) : columnX(page, c);
        if (std::abs(edge - x) < bestD) bestD = std::abs(edge - x), best = c;
    }
    return best;
}

int nearestLine(const Page& page, Length y, int lines, bool bottomEdge) {
    int best = 0;
    Length bestD = std::numeric_limits<Length>::max();
    const int total = gridLines(page);
    for (int l = 0; l + lines <= total; ++l) {
        const Length edge =
            bottomEdge ? gridRectToPage(page, {0, 1, l, lines}).bottom() : lineTop(page, l);
        if (std::abs(edge - y) < bestD) bestD = std::abs(edge - y), best = l;
    }
    return best;
}

/// The edit that moves `o` so that its bounds start at (x, y) (snapped for grid objects).
Edit moveTo(const Page& page, const PageObject& o, Length x, Length y, bool moveX, bool moveY) {
    if (o.onGrid) {
        GridRect to = o.area;
        if (moveX) to.column = nearestColumn(page, x, o.area.span, false);
        if (moveY) to.line = nearestLine(page, y, o.area.lines, false);
        return placeOnGridEdit(page, o, to);
    }
    for (const auto& r : page.rules)
        if (r.id == o.id)
            return moveRuleEdit(page, r, moveX ? x - o.bounds.x : 0, moveY ? y - o.bounds.y : 0);
    return Batch{};
}

Edit oneOrBatch(std::vector<Edit> edits) {
    if (edits.size() == 1) return edits.front();
    return Batch{std::move(edits)};
}

}  // namespace

Result<Edit> alignEdit(const Page& page, const std::vector<std::string>& ids, AlignMode mode) {
    const auto objects = movable(page, ids);
    if (objects.size() < 2)
        return Error{std::string("select at least two unlocked objects to align")};
    Length x0 = objects[0].bounds.x, y0 = objects[0].bounds.y;
    Length x1 = objects[0].bounds.right(), y1 = objects[0].bounds.bottom();
    for (const auto& o : objects) {
        x0 = std::min(x0, o.bounds.x);
        y0 = std::min(y0, o.bounds.y);
        x1 = std::max(x1, o.bounds.right());
        y1 = std::max(y1, o.bounds.bottom());
    }
    std::vector<Edit> edits;
    for (const auto& o : objects) {
        const Rect& b = o.bounds;
        Length x = b.x, y = b.y;
        const bool horizontal =
            mode == AlignMode::Left || mode == AlignMode::HCenter || mode == AlignMode::Right;
        switch (mode) {
            case AlignMode::Left:
                x = x0;
                break;
            case AlignMode::HCenter:
                x = (x0 + x1) / 2 - b.w / 2;
                break;
            case AlignMode::Right:
                x = x1 - b.w;
                break;
            case AlignMode::Top:
                y = y0;
                break;
            case AlignMode::VCenter:
                y = (y0 + y1) / 2 - b.h / 2;
                break;
            case AlignMode::Bottom:
                y = y1 - b.h;
                break;
        }
        if (o.onGrid && mode == AlignMode::Right) {
            GridRect to = o.area;
            to.column = nearestColumn(page, x1, o.area.span, true);
            edits.push_back(placeOnGridEdit(page, o, to));
        } else if (o.onGrid && mode == AlignMode::Bottom) {
            GridRect to = o.area;
            to.line = nearestLine(page, y1, o.area.lines, true);
            edits.push_back(placeOnGridEdit(page, o, to));
        } else {
            edits.push_back(moveTo(page, o, x, y, horizontal, !horizontal));
        }
    }
    return oneOrBatch(std::move(edits));
}

Result<Edit> distributeEdit(const Page& page, const std::vector<std::string>& ids,
                            bool horizontal) {
    auto objects = movable(page, ids);
    if (objects.size() < 3)
        return Error{std::string("select at least three unlocked objects to distribute")};
    auto start = [&](const PageObject& o) { return horizontal ? o.bounds.x : o.bounds.y; };
    auto size = [&](const PageObject& o) { return horizontal ? o.bounds.w : o.bounds.h; };
    std::sort(objects.begin(), objects.end(),
              [&](const PageObject& a, const PageObject& b) { return start(a) < start(b); });
    const Length first = start(objects.front());
    const Length last = start(objects.back()) + size(objects.back());
    Length total = 0;
    for (const auto& o : objects) total += size(o);
    const Length gap = (last - first - total) / static_cast<Length>(objects.size() - 1);
    std::vector<Edit> edits;
    Length at = first;
    for (const auto& o : objects) {
        edits.push_back(moveTo(page, o, at, at, horizontal, !horizontal));
        at += size(o) + gap;
    }
    return oneOrBatch(std::move(edits));
}

}  // namespace bm::model
