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

}  // namespace bm::place
