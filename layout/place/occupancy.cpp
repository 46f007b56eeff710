// SPDX-License-Identifier: MIT
#include "layout/place/occupancy.h"

#include <algorithm>
#include <cmath>

#include "fonts/face.h"

namespace bm::place {

namespace {

Rect intersection(const Rect& a, const Rect& b) {
    const Length x = std::max(a.x, b.x);
    const Length y = std::max(a.y, b.y);
    const Length r = std::min(a.right(), b.right());
    const Length bt = std::min(a.bottom(), b.bottom());
    return Rect{x, y, std::max<Length>(0, r - x), std::max<Length>(0, bt - y)};
}

/// The part of segment from→to inside the closed rect `r` (Liang–Barsky), as parameters
/// [t0, t1] of the segment; nullopt when it misses.
std::optional<std::pair<double, double>> clipSegment(Point from, Point to, const Rect& r) {
    const double dx = static_cast<double>(to.x - from.x);
    const double dy = static_cast<double>(to.y - from.y);
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {static_cast<double>(from.x - r.x), static_cast<double>(r.right() - from.x),
                         static_cast<double>(from.y - r.y),
                         static_cast<double>(r.bottom() - from.y)};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1) return std::nullopt;
    }
    return std::make_pair(t0, t1);
}

/// A rule against a box: the rule's centre line must pass through the box's inside (a rule
/// on an edge or in a gutter between frames does not collide).
std::optional<Overlap> ruleOverlap(const PageItem& rule, const PageItem& box) {
    const auto clip = clipSegment(rule.from, rule.to, box.area);
    if (!clip) return std::nullopt;
    const double dx = static_cast<double>(rule.to.x - rule.from.x);
    const double dy = static_cast<double>(rule.to.y - rule.from.y);
    const double tm = (clip->first + clip->second) / 2;
    const double mx = static_cast<double>(rule.from.x) + dx * tm;
    const double my = static_cast<double>(rule.from.y) + dy * tm;
    const Rect& r = box.area;
    if (!(mx > static_cast<double>(r.x) && mx < static_cast<double>(r.right()) &&
          my > static_cast<double>(r.y) && my < static_cast<double>(r.bottom())))
        return std::nullopt;
    auto at = [&](double t) {
        return Point{static_cast<Length>(std::llround(static_cast<double>(rule.from.x) + dx * t)),
                     static_cast<Length>(std::llround(static_cast<double>(rule.from.y) + dy * t))};
    };
    const Point p0 = at(clip->first), p1 = at(clip->second);
    const Rect seg{std::min(p0.x, p1.x), std::min(p0.y, p1.y), std::abs(p1.x - p0.x),
                   std::abs(p1.y - p0.y)};
    Overlap o;
    // The stroke's width, clipped to the box, so the overlap has an area to hatch.
    const Length padX = rule.area.w - std::abs(rule.to.x - rule.from.x);
    const Length padY = rule.area.h - std::abs(rule.to.y - rule.from.y);
    o.area = intersection(Rect{seg.x - padX / 2, seg.y - padY / 2, seg.w + padX, seg.h + padY},
                          box.area);
    return o;
}

bool isGridItem(ItemKind k) {
    return k == ItemKind::Article || k == ItemKind::Image || k == ItemKind::Label;
}

}  // namespace

const char* kindName(ItemKind kind) {
    switch (kind) {
        case ItemKind::Article:
            return "article";
        case ItemKind::Image:
            return "image";
        case ItemKind::Label:
            return "label";
        case ItemKind::Rule:
            return "rule";
        case ItemKind::Header:
            return "header";
    }
    return "?";
}

std::optional<model::GridRect> intersect(const model::GridRect& a, const model::GridRect& b) {
    const int c0 = std::max(a.column, b.column);
    const int c1 = std::min(a.column + a.span, b.column + b.span);
    const int l0 = std::max(a.line, b.line);
    const int l1 = std::min(a.line + a.lines, b.line + b.lines);
    if (c0 >= c1 || l0 >= l1) return std::nullopt;
    return model::GridRect{c0, c1 - c0, l0, l1 - l0};
}

std::optional<Rect> headerArea(const model::Document& doc, const model::Page& page) {
    if (!page.header.show) return std::nullopt;
    const Length size = doc.style("header").size;
    const Rect& ta = page.typeArea;
    const Length ruleY = ta.y - page.grid.bodySize;  // as composeHeader
    // No fonts here: the default em box (Noto CJK's) bounds the 报眉 set in a CJK face.
    const Length top = ruleY - size / 3 - fonts::EmBox{}.ascent(size);
    const Length bottom = ruleY + 375;  // half the 0.75 pt 眉线
    return Rect{ta.x, top, ta.w, bottom - top};
}

std::vector<PageItem> pageItems(const model::Document& doc, const model::Page& page) {
    std::vector<PageItem> items;
    for (const auto& f : page.articleFrames)
        for (size_t i = 0; i < f.rects.size(); ++i) {
            PageItem it;
            it.kind = ItemKind::Article;
            it.id = f.id;
            it.articleId = f.articleId;
            it.rect = static_cast<int>(i);
            it.grid = f.rects[i].area;
            it.area = model::gridRectToPage(page, f.rects[i].area);
            items.push_back(std::move(it));
        }
    for (const auto& im : page.images) {
        PageItem it;
        it.kind = ItemKind::Image;
        it.id = im.id;
        it.grid = im.area;
        it.area = model::gridRectToPage(page, im.area);
        it.wraps = im.wrap;
        items.push_back(std::move(it));
    }
    for (const auto& l : page.labels) {
        PageItem it;
        it.kind = ItemKind::Label;
        it.id = l.id;
        it.grid = l.area;
        it.area = model::gridRectToPage(page, l.area);
        items.push_back(std::move(it));
    }
    for (const auto& r : page.rules) {
        // A box (框, 底纹) is drawn around and under content on purpose: never a collision.
        if (r.kind == model::RuleFrame::Kind::Box) continue;
        PageItem it;
        it.kind = ItemKind::Rule;
        it.id = r.id;
        it.from = r.from;
        it.to = r.to;
        const Length half = r.width / 2;
        const Length x0 = std::min(r.from.x, r.to.x), x1 = std::max(r.from.x, r.to.x);
        const Length y0 = std::min(r.from.y, r.to.y), y1 = std::max(r.from.y, r.to.y);
        it.area = Rect{x0 - half, y0 - half, x1 - x0 + 2 * half, y1 - y0 + 2 * half};
        items.push_back(std::move(it));
    }
    if (auto h = headerArea(doc, page)) {
        PageItem it;
        it.kind = ItemKind::Header;
        it.id = "header";
        it.area = *h;
        items.push_back(std::move(it));
    }
    return items;
}

std::optional<Overlap> overlapOf(const PageItem& a, const PageItem& b) {
    const ItemKind ka = a.kind, kb = b.kind;
    if (ka == ItemKind::Rule && kb == ItemKind::Rule) return std::nullopt;
    if (ka == ItemKind::Rule) return ruleOverlap(a, b);
    if (kb == ItemKind::Rule) return ruleOverlap(b, a);
    // An inset photo: text flows around a wrapping image inside an article frame.
    if ((ka == ItemKind::Article && kb == ItemKind::Image && b.wraps) ||
        (kb == ItemKind::Article && ka == ItemKind::Image && a.wraps))
        return std::nullopt;
    Overlap o;
    if (a.grid && b.grid && isGridItem(ka) && isGridItem(kb)) {
        auto cells = intersect(*a.grid, *b.grid);
        if (!cells) return std::nullopt;
        o.grid = cells;
        o.area = intersection(a.area, b.area);
        return o;
    }
    if (!a.area.intersects(b.area)) return std::nullopt;
    o.area = intersection(a.area, b.area);
    return o;
}

std::vector<Overlap> findOverlaps(const std::vector<PageItem>& items) {
    std::vector<Overlap> out;
    for (size_t i = 0; i < items.size(); ++i)
        for (size_t j = i + 1; j < items.size(); ++j) {
            // Quick reject on the boxes; rules are boxes too (their stroke).
            if (!items[i].area.intersects(items[j].area)) continue;
            if (auto o = overlapOf(items[i], items[j])) {
                o->a = i;
                o->b = j;
                out.push_back(*o);
            }
        }
    return out;
}

PageOccupancy pageOccupancy(const model::Document& doc, const model::Page& page) {
    PageOccupancy occ;
    occ.items = pageItems(doc, page);
    occ.overlaps = findOverlaps(occ.items);
    return occ;
}

namespace {

std::string describeItem(const PageItem& it) {
    std::string s;
    switch (it.kind) {
        case ItemKind::Article:
            s = "article frame " + it.id + " (" + it.articleId + ")";
            break;
        case ItemKind::Image:
            s = "image " + it.id;
            break;
        case ItemKind::Label:
            s = "label " + it.id;
            break;
        case ItemKind::Rule:
            s = "rule " + it.id;
            break;
        case ItemKind::Header:
            return "the page header";
    }
    return s;
}

std::string range(int first, int count) {
    const std::string a = std::to_string(first + 1);
    return count <= 1 ? a : a + "-" + std::to_string(first + count);
}

}  // namespace

std::string describeOverlap(const PageOccupancy& occupancy, const Overlap& overlap) {
    const PageItem& a = occupancy.items[overlap.a];
    const PageItem& b = occupancy.items[overlap.b];
    std::string s = describeItem(a) + " and " + describeItem(b) + " overlap";
    if (overlap.grid)
        s += " on columns " + range(overlap.grid->column, overlap.grid->span) + ", lines " +
             range(overlap.grid->line, overlap.grid->lines);
    else
        s += " at " + formatPt(overlap.area.x) + "," + formatPt(overlap.area.y) + " pt";
    return s;
}

}  // namespace bm::place
