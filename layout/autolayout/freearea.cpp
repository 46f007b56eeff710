// SPDX-License-Identifier: MIT
#include "layout/autolayout/freearea.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "layout/place/occupancy.h"

namespace bm::autolayout {

namespace {

constexpr size_t kMaxDecompositions = 6;

bool requested(const std::vector<ArticleRequest>& r, const std::string& articleId) {
    return std::any_of(r.begin(), r.end(), [&](const auto& a) { return a.id == articleId; });
}

bool isPhotoOf(const std::vector<ArticleRequest>& r, const std::string& imageId) {
    return std::any_of(r.begin(), r.end(), [&](const auto& a) { return a.photoId == imageId; });
}

using Rects = std::vector<model::GridRect>;

auto key(const model::GridRect& r) { return std::tie(r.line, r.column, r.lines, r.span); }

/// Guillotine decompositions of the free cells, by recursive cuts at fixed items' edges.
class Cutter {
public:
    Cutter(int columns, const std::vector<int>& fixed) : columns_(columns), fixed_(fixed) {}

    std::vector<Rects> split(model::GridRect r) {
        r = trim(r);
        if (r.span <= 0) return {Rects{}};
        if (!anyFixed(r)) return {Rects{r}};
        std::vector<Rects> out;
        for (int x : cuts(r, true))
            combine(split({r.column, x - r.column, r.line, r.lines}),
                    split({x, r.column + r.span - x, r.line, r.lines}), out);
        for (int y : cuts(r, false))
            combine(split({r.column, r.span, r.line, y - r.line}),
                    split({r.column, r.span, y, r.line + r.lines - y}), out);
        if (out.empty()) stuck_.push_back(r);
        return out;
    }

    const Rects& stuck() const { return stuck_; }
    int at(int x, int y) const { return fixed_[static_cast<size_t>(y) * columns_ + x]; }

private:
    /// The bounding box of the free cells inside r (span 0 when there are none).
    model::GridRect trim(const model::GridRect& r) const {
        int x0 = r.column + r.span, x1 = -1, y0 = r.line + r.lines, y1 = -1;
        for (int y = r.line; y < r.line + r.lines; ++y)
            for (int x = r.column; x < r.column + r.span; ++x)
                if (at(x, y) < 0)
                    x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y),
                    y1 = std::max(y1, y);
        if (x1 < 0) return {0, 0, 0, 0};
        return {x0, x1 - x0 + 1, y0, y1 - y0 + 1};
    }

    bool anyFixed(const model::GridRect& r) const {
        for (int y = r.line; y < r.line + r.lines; ++y)
            for (int x = r.column; x < r.column + r.span; ++x)
                if (at(x, y) >= 0) return true;
        return false;
    }

    /// Cuts at a fixed item's edge (fixed on one side, free on the other somewhere) that cross
    /// no fixed item: column boundaries (vertical) or grid lines (horizontal).
    std::vector<int> cuts(const model::GridRect& r, bool vertical) const {
        std::vector<int> out;
        const int from = vertical ? r.column : r.line, length = vertical ? r.span : r.lines;
        const int across = vertical ? r.lines : r.span, start = vertical ? r.line : r.column;
        for (int c = from + 1; c < from + length; ++c) {
            bool edge = false, crosses = false;
            for (int i = start; i < start + across; ++i) {
                const int a = vertical ? at(c - 1, i) : at(i, c - 1);
                const int b = vertical ? at(c, i) : at(i, c);
                crosses = crosses || (a >= 0 && a == b);
                edge = edge || ((a >= 0) != (b >= 0));
            }
            if (edge && !crosses) out.push_back(c);
        }
        return out;
    }

    static void combine(const std::vector<Rects>& a, const std::vector<Rects>& b,
                        std::vector<Rects>& out) {
        for (const auto& x : a)
            for (const auto& y : b) {
                if (out.size() >= kMaxDecompositions) return;
                Rects both = x;
                both.insert(both.end(), y.begin(), y.end());
                std::sort(both.begin(), both.end(),
                          [](const auto& p, const auto& q) { return key(p) < key(q); });
                if (std::find(out.begin(), out.end(), both) == out.end())
                    out.push_back(std::move(both));
            }
    }

    int columns_;
    const std::vector<int>& fixed_;
    Rects stuck_;
};

/// Reserves the separator lines at the top of every rectangle below something else.
Decomposition withGaps(const Rects& rects, const model::GridRect& bounds, int stackGap) {
    Decomposition d;
    for (auto r : rects) {
        if (r.line > bounds.line && stackGap > 0) {
            if (r.lines <= stackGap) continue;
            d.gaps.push_back({r.column, r.span, r.line, stackGap});
            r.line += stackGap;
            r.lines -= stackGap;
        }
        d.rects.push_back(r);
    }
    return d;
}

}  // namespace

bm::Result<FreeArea> freeArea(const model::Document& doc, const model::Page& page,
                              const Request& request, int stackGap) {
    const int columns = page.grid.columns, lines = model::gridLines(page);
    // Per cell, the fixed item holding it (-1: free), so a refusal can name it.
    std::vector<int> fixed(static_cast<size_t>(columns) * lines, -1);
    const auto items = place::pageItems(doc, page);
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        if (!item.grid) continue;
        if (item.kind == place::ItemKind::Article && requested(request.articles, item.articleId))
            continue;
        if (item.kind == place::ItemKind::Image && isPhotoOf(request.articles, item.id)) continue;
        const auto& g = *item.grid;
        for (int y = std::max(0, g.line); y < std::min(lines, g.line + g.lines); ++y)
            for (int x = std::max(0, g.column); x < std::min(columns, g.column + g.span); ++x)
                fixed[static_cast<size_t>(y) * columns + x] = static_cast<int>(i);
    }
    FreeArea out;
    int x0 = columns, x1 = -1, y0 = lines, y1 = -1;
    for (int y = 0; y < lines; ++y)
        for (int x = 0; x < columns; ++x)
            if (fixed[static_cast<size_t>(y) * columns + x] < 0) {
                ++out.freeCells;
                x0 = std::min(x0, x), x1 = std::max(x1, x);
                y0 = std::min(y0, y), y1 = std::max(y1, y);
            }
    if (x1 < 0) return Error{"the page has no free grid cells"};
    out.bounds = {x0, x1 - x0 + 1, y0, y1 - y0 + 1};
    Cutter cutter(columns, fixed);
    for (const auto& rects : cutter.split(out.bounds))
        if (!rects.empty()) out.decompositions.push_back(withGaps(rects, out.bounds, stackGap));
    if (out.decompositions.empty()) {
        // A pinwheel: name the fixed items inside the region no straight cut divides.
        std::set<int> inside;
        const auto& r = cutter.stuck().empty() ? out.bounds : cutter.stuck().front();
        for (int y = r.line; y < r.line + r.lines; ++y)
            for (int x = r.column; x < r.column + r.span; ++x)
                if (const int i = cutter.at(x, y); i >= 0) inside.insert(i);
        std::string names;
        for (int i : inside)
            names += (names.empty() ? "" : ", ") +
                     std::string(place::kindName(items[static_cast<size_t>(i)].kind)) + " " +
                     items[static_cast<size_t>(i)].id;
        return Error{"the fixed items " + names +
                     " leave a free area that no straight cut divides into rectangles (a "
                     "pinwheel); move one of them"};
    }
    return out;
}

}  // namespace bm::autolayout
