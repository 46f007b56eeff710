// SPDX-License-Identifier: MIT
#include "cli/galley.h"

#include <algorithm>
#include <utility>

#include "layout/page/compose.h"

namespace bm::cli {

GalleyPages::GalleyPages(std::vector<text::ParagraphLayout> paragraphs, const GalleyOptions& o)
    : m_paragraphs(std::move(paragraphs)), m_options(o) {
    m_linesPerColumn = static_cast<size_t>(
        std::max<Length>(1, (o.pageHeight - 2 * o.margin - o.size) / o.pitch + 1));
    m_linesPerPage = m_linesPerColumn * static_cast<size_t>(o.columns);
    size_t lines = 0;
    m_firstLine.reserve(m_paragraphs.size());
    for (const auto& pl : m_paragraphs) {
        m_firstLine.push_back(lines);
        lines += pl.lines.size();
    }
    m_pageCount = std::max<size_t>(1, (lines + m_linesPerPage - 1) / m_linesPerPage);
}

std::shared_ptr<const page::PageDisplay> GalleyPages::page(size_t index) const {
    const GalleyOptions& o = m_options;
    auto p = std::make_shared<page::PageDisplay>();
    p->width = 2 * o.margin + o.columns * o.measure + (o.columns - 1) * o.gutter;
    p->height = o.pageHeight;
    p->pageNumber = static_cast<int>(index) + 1;
    const Length firstBaseline = o.margin + o.emBox.ascent(o.size);
    const size_t first = index * m_linesPerPage;
    const size_t last = first + m_linesPerPage;
    // The paragraph holding the page's first line: the last one starting at or before it.
    size_t para = static_cast<size_t>(
        std::upper_bound(m_firstLine.begin(), m_firstLine.end(), first) - m_firstLine.begin());
    para = para == 0 ? 0 : para - 1;
    for (; para < m_paragraphs.size() && m_firstLine[para] < last; ++para) {
        const text::ParagraphLayout& pl = m_paragraphs[para];
        for (size_t l = 0; l < pl.lines.size(); ++l) {
            const size_t at = m_firstLine[para] + l;
            if (at < first) continue;
            if (at >= last) break;
            const size_t onPage = at - first;
            const size_t column = onPage / m_linesPerColumn;
            const size_t line = onPage % m_linesPerColumn;
            const Length x = o.margin + static_cast<Length>(column) * (o.measure + o.gutter);
            const Length y = firstBaseline + static_cast<Length>(line) * o.pitch;
            page::appendLineGlyphs(pl, l, x, y, page::Paint::black(), p->items);
        }
    }
    return p;
}

void GalleyPages::allPagesWritten() const {
    m_paragraphs = {};
    m_firstLine = {};
}

}  // namespace bm::cli
