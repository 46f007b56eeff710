// SPDX-License-Identifier: MIT
#include "gui/display_diff.h"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <variant>

#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

struct Hasher {
    size_t h = 0xcbf29ce484222325ull;
    void add(std::uint64_t v) { h = (h ^ v) * 0x100000001b3ull; }
    void add(const Point& p) {
        add(static_cast<std::uint64_t>(p.x));
        add(static_cast<std::uint64_t>(p.y));
    }
    void add(const Rect& r) {
        add(Point{r.x, r.y});
        add(Point{r.w, r.h});
    }
    void add(const page::Paint& p) {
        add(static_cast<std::uint64_t>(p.space));
        for (float c : p.c) add(static_cast<std::uint64_t>(std::lround(c * 1e6)));
        add(p.overprint);
    }
};

struct Summary {
    size_t hash = 0;
    QRectF area;
};

Summary summarize(const page::DisplayItem& item) {
    Hasher h;
    Summary s;
    h.add(item.index());
    if (const auto* run = std::get_if<page::GlyphRun>(&item)) {
        h.add(run->face.value);
        h.add(static_cast<std::uint64_t>(run->size));
        h.add(run->fill);
        for (auto g : run->glyphs) h.add(g);
        Length x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        for (size_t i = 0; i < run->positions.size(); ++i) {
            const Point& p = run->positions[i];
            h.add(p);
            x0 = i ? std::min(x0, p.x) : p.x;
            x1 = i ? std::max(x1, p.x) : p.x;
            y0 = i ? std::min(y0, p.y) : p.y;
            y1 = i ? std::max(y1, p.y) : p.y;
        }
        // Glyphs reach about an em right of and above their pen; allow for overhang.
        const Length em = run->size;
        s.area = toQRectF(Rect{x0 - em / 2, y0 - em * 3 / 2, x1 - x0 + em * 2, y1 - y0 + em * 2});
    } else if (const auto* rule = std::get_if<page::RuleItem>(&item)) {
        h.add(rule->from);
        h.add(rule->to);
        h.add(static_cast<std::uint64_t>(rule->width));
        h.add(rule->stroke);
        const Length w = rule->width + 1000;
        s.area = toQRectF(Rect{std::min(rule->from.x, rule->to.x) - w,
                               std::min(rule->from.y, rule->to.y) - w,
                               std::abs(rule->to.x - rule->from.x) + 2 * w,
                               std::abs(rule->to.y - rule->from.y) + 2 * w});
    } else if (const auto* fill = std::get_if<page::FillRect>(&item)) {
        h.add(fill->rect);
        h.add(fill->fill);
        s.area = toQRectF(fill->rect).adjusted(-1, -1, 1, 1);
    } else if (const auto* img = std::get_if<page::ImageItem>(&item)) {
        h.add(img->rect);
        h.add(std::hash<std::string>()(img->path));
        h.add(std::hash<std::string>()(img->label));
        s.area = toQRectF(img->rect).adjusted(-1, -1, 1, 1);
    }
    s.hash = h.h;
    return s;
}

}  // namespace

QRectF changedArea(const page::PageDisplay& before, const page::PageDisplay& after) {
    if (before.width != after.width || before.height != after.height)
        return QRectF(0, 0, toScene(std::max(before.width, after.width)),
                      toScene(std::max(before.height, after.height)));
    std::unordered_multimap<size_t, QRectF> old;
    old.reserve(before.items.size());
    for (const auto& item : before.items) {
        Summary s = summarize(item);
        old.emplace(s.hash, s.area);
    }
    QRectF dirty;
    for (const auto& item : after.items) {
        const Summary s = summarize(item);
        if (auto it = old.find(s.hash); it != old.end())
            old.erase(it);
        else
            dirty = dirty.united(s.area);
    }
    for (const auto& [hash, area] : old) dirty = dirty.united(area);
    return dirty;
}

}  // namespace bm::gui
