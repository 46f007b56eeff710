// SPDX-License-Identifier: MIT
#include "layout/place/free_space.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace bm::place {

namespace {

bool ignored(const PageItem& it, const Ignore& ignore, const std::vector<PageItem>& items) {
    if (ignore.frameId.empty()) return false;
    if (it.kind == ItemKind::Article) return it.id == ignore.frameId;
    if (it.kind != ItemKind::Image || !it.wraps || !ignore.insetPhotos || !it.grid) return false;
    for (const PageItem& f : items)
        if (f.kind == ItemKind::Article && f.id == ignore.frameId && f.grid &&
            intersect(*f.grid, *it.grid))
            return true;
    return false;
}

model::GridRect moved(const model::GridRect& r, int dc, int dl) {
    return model::GridRect{r.column + dc, r.span, r.line + dl, r.lines};
}

int roundDiv(int num, int den) {
    return static_cast<int>(std::lround(static_cast<double>(num) / den));
}

/// Walks from offset (0,0) towards (dc, dl) while `ok(offset)` holds; returns the last good
/// offset, then glides along each axis from there.
template <typename Ok>
std::pair<int, int> walk(int dc, int dl, Ok&& ok) {
    const int n = std::max(std::abs(dc), std::abs(dl));
    std::pair<int, int> at{0, 0};
    for (int i = 1; i <= n; ++i) {
        const std::pair<int, int> next{roundDiv(dc * i, n), roundDiv(dl * i, n)};
        if (!ok(next.first, next.second)) break;
        at = next;
    }
    if (at == std::make_pair(dc, dl)) return at;
    // Glide: x then y, and y then x; keep whichever ends nearer the target.
    auto glide = [&](std::pair<int, int> p, bool xFirst) {
        for (int pass = 0; pass < 2; ++pass) {
            const bool alongX = (pass == 0) == xFirst;
            const int target = alongX ? dc : dl;
            int& v = alongX ? p.first : p.second;
            while (v != target) {
                const int step = target > v ? 1 : -1;
                const std::pair<int, int> q =
                    alongX ? std::make_pair(v + step, p.second) : std::make_pair(p.first, v + step);
                if (!ok(q.first, q.second)) break;
                v += step;
            }
        }
        return p;
    };
    auto dist = [&](std::pair<int, int> p) {
        return std::abs(p.first - dc) + std::abs(p.second - dl);
    };
    const auto a = glide(at, true), b = glide(at, false);
    return dist(a) <= dist(b) ? a : b;
}

}  // namespace

FreeSpace::FreeSpace(const model::Document& doc, const model::Page& page, const Ignore& ignore)
    : m_items(pageItems(doc, page)),
      m_page(&page),
      m_columns(page.grid.columns),
      m_lines(model::gridLines(page)) {
    m_owner.assign(static_cast<size_t>(std::max(0, m_columns * m_lines)), 0);
    for (size_t i = 0; i < m_items.size(); ++i) {
        const PageItem& it = m_items[i];
        if (ignored(it, ignore, m_items)) continue;
        const int tag = static_cast<int>(i) + 1;
        if (it.grid) {
            const auto& g = *it.grid;
            for (int l = std::max(0, g.line); l < std::min(m_lines, g.line + g.lines); ++l)
                for (int c = std::max(0, g.column); c < std::min(m_columns, g.column + g.span); ++c)
                    if (!m_owner[l * m_columns + c]) m_owner[l * m_columns + c] = tag;
            continue;
        }
        if (it.kind != ItemKind::Rule) continue;  // the 报眉 is above the grid
        m_rules.push_back(i);
        for (int l = 0; l < m_lines; ++l)
            for (int c = 0; c < m_columns; ++c) {
                PageItem cell;
                cell.kind = ItemKind::Label;
                cell.area = model::gridRectToPage(page, {c, 1, l, 1});
                if (!cell.area.intersects(it.area)) continue;
                if (overlapOf(it, cell) && !m_owner[l * m_columns + c])
                    m_owner[l * m_columns + c] = tag;
            }
    }
}

const PageItem* FreeSpace::owner(int column, int line) const {
    if (!inGrid(column, line)) return nullptr;
    const int tag = m_owner[line * m_columns + column];
    return tag ? &m_items[tag - 1] : nullptr;
}

bool FreeSpace::isFree(int column, int line) const {
    return inGrid(column, line) && m_owner[line * m_columns + column] == 0;
}

bool FreeSpace::isFree(const model::GridRect& r) const {
    if (r.span < 1 || r.lines < 1) return false;
    for (int l = r.line; l < r.line + r.lines; ++l)
        for (int c = r.column; c < r.column + r.span; ++c)
            if (!isFree(c, l)) return false;
    return ruleThrough(r) == nullptr;
}

const PageItem* FreeSpace::ruleThrough(const model::GridRect& r) const {
    if (m_rules.empty()) return nullptr;
    PageItem box;
    box.kind = ItemKind::Article;
    box.area = model::gridRectToPage(*m_page, r);
    for (size_t i : m_rules)
        if (m_items[i].area.intersects(box.area) && overlapOf(m_items[i], box)) return &m_items[i];
    return nullptr;
}

std::pair<int, int> FreeSpace::freeRun(int column, int line) const {
    if (!isFree(column, line)) return {column, column};
    int a = column, b = column + 1;
    while (isFree({a - 1, b - a + 1, line, 1})) --a;
    while (isFree({a, b - a + 1, line, 1})) ++b;
    return {a, b};
}

int FreeSpace::freeDepth(int column, int span, int line) const {
    int depth = 0;
    while (line + depth < m_lines && isFree({column, span, line, depth + 1})) ++depth;
    return depth;
}

model::GridRect constrainMove(const FreeSpace& space, const model::GridRect& from,
                              const model::GridRect& to) {
    const int dc = to.column - from.column, dl = to.line - from.line;
    if (!space.isFree(from)) {
        // Already on something (a file with overlaps): any free place nearest the target on
        // the way back to where it was; the gesture must not make things worse.
        if (space.isFree(moved(from, dc, dl))) return moved(from, dc, dl);
        const int n = std::max(std::abs(dc), std::abs(dl));
        for (int i = n - 1; i > 0; --i) {
            const auto r = moved(from, roundDiv(dc * i, n), roundDiv(dl * i, n));
            if (space.isFree(r)) return r;
        }
        return from;
    }
    const auto [c, l] = walk(dc, dl, [&](int x, int y) { return space.isFree(moved(from, x, y)); });
    return moved(from, c, l);
}

std::pair<int, int> constrainFrameMove(const FreeSpace& space,
                                       const std::vector<model::GridRect>& rects, int dColumns,
                                       int dLines) {
    auto allFree = [&](int x, int y) {
        for (const auto& r : rects)
            if (!space.isFree(moved(r, x, y))) return false;
        return true;
    };
    if (!allFree(0, 0))
        return allFree(dColumns, dLines) ? std::make_pair(dColumns, dLines) : std::make_pair(0, 0);
    return walk(dColumns, dLines, allFree);
}

model::GridRect constrainResize(const FreeSpace& space, const model::GridRect& from,
                                const model::GridRect& to) {
    // Horizontal edges over the rows the rect has now (where they overlap the new rows).
    const int rowTop = std::max(from.line, to.line);
    const int rowBottom = std::min(from.line + from.lines, to.line + to.lines);
    const int rows = std::max(1, rowBottom - rowTop);
    auto columnFree = [&](int c) { return space.isFree({c, 1, rowTop, rows}); };
    int left = to.column, right = to.column + to.span;
    for (int c = from.column - 1; c >= to.column; --c)
        if (!columnFree(c)) {
            left = c + 1;
            break;
        }
    for (int c = from.column + from.span; c < to.column + to.span; ++c)
        if (!columnFree(c)) {
            right = c;
            break;
        }
    auto rowFree = [&](int l) { return space.isFree({left, right - left, l, 1}); };
    int top = to.line, bottom = to.line + to.lines;
    for (int l = from.line - 1; l >= to.line; --l)
        if (!rowFree(l)) {
            top = l + 1;
            break;
        }
    for (int l = from.line + from.lines; l < to.line + to.lines; ++l)
        if (!rowFree(l)) {
            bottom = l;
            break;
        }
    return model::GridRect{left, std::max(1, right - left), top, std::max(1, bottom - top)};
}

}  // namespace bm::place
