// SPDX-License-Identifier: MIT
#include "layout/text/line_metrics.h"

namespace bm::text {

Length spaceShrink(const MeasuredAtom& a, AtomKind kind) {
    return kind == AtomKind::Space ? a.mid() - a.spaceMin : 0;
}

Length glueShrink(const MeasuredAtom& a) { return a.glue - a.glueMin; }

LineMetrics::LineMetrics(const MeasuredParagraph& mp) : m_mp(mp) {
    const size_t n = mp.atoms.size();
    m_width.assign(n + 1, 0);
    m_shrink.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        const MeasuredAtom& a = mp.m[i];
        m_width[i + 1] = m_width[i] + a.mid() + a.glue;
        m_shrink[i + 1] =
            m_shrink[i] + a.shrinkL + a.shrinkR + spaceShrink(a, mp.atoms[i].kind) + glueShrink(a);
    }
}

Length LineMetrics::startCut(size_t s, bool wrapped) const {
    const MeasuredAtom& a = m_mp.m[s];
    if (m_mp.atoms[s].kind == AtomKind::Space) return a.mid();  // R-EDGE-3
    const bool trim = wrapped || m_mp.options.trimStartAtParagraphStart;
    return trim ? a.trimStart : 0;
}

Length LineMetrics::endCut(size_t b) const {
    const MeasuredAtom& a = m_mp.m[b - 1];
    if (m_mp.atoms[b - 1].kind == AtomKind::Space) return a.mid();  // R-EDGE-3
    return a.trimEnd - a.hyphen;  // a line that ends at a hyphenation point ends with a hyphen
}

Length LineMetrics::natural(size_t s, size_t b, bool wrapped) const {
    if (b <= s) return 0;
    Length w = m_width[b] - m_width[s] - m_mp.m[s].glue;  // no autospace at the line start
    w -= startCut(s, wrapped);
    if (b - 1 != s || m_mp.atoms[s].kind != AtomKind::Space) w -= endCut(b);
    return w;
}

size_t LineMetrics::firstFitEnd(size_t s, bool wrapped, Length W) const {
    const size_t n = m_width.size() - 1;
    // natural(s, b) for b >= s + 2, where the end cut always applies, with the start hoisted.
    const Length start = m_width[s] + m_mp.m[s].glue + startCut(s, wrapped);
    size_t b0 = s + 1;
    while (b0 < n && m_width[b0 + 1] - start - endCut(b0 + 1) <= W) ++b0;
    return b0;
}

Length LineMetrics::shrink(size_t s, size_t b, bool wrapped) const {
    if (b <= s) return 0;
    const MeasuredAtom& first = m_mp.m[s];
    const MeasuredAtom& last = m_mp.m[b - 1];
    Length sh = m_shrink[b] - m_shrink[s] - glueShrink(first);
    if (startCut(s, wrapped) > 0) sh -= first.shrinkL + spaceShrink(first, m_mp.atoms[s].kind);
    if (b - 1 != s || startCut(s, wrapped) == 0)
        if (endCut(b) > 0) sh -= last.shrinkR + spaceShrink(last, m_mp.atoms[b - 1].kind);
    return sh < 0 ? 0 : sh;
}

}  // namespace bm::text
