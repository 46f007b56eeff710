// SPDX-License-Identifier: MIT
#include "layout/text/paragraph_layout.h"

#include "layout/text/line_metrics.h"

namespace bm::text {

namespace {

// A cluster runs to the nearest later cluster start of its atom, or the atom end. The glyphs of
// a right-to-left word come in visual order, so every glyph of the atom is looked at.
std::uint32_t clusterEnd(const MeasuredParagraph& mp, std::uint32_t atom, std::uint32_t cluster) {
    const MeasuredAtom& ma = mp.m[atom];
    std::uint32_t end = mp.atoms[atom].end;
    for (std::uint32_t h = ma.glyphBegin; h < ma.glyphEnd; ++h) {
        const AtomGlyph& g = mp.glyphs[h];
        if (g.clusterStart && g.cluster > cluster && g.cluster < end) end = g.cluster;
    }
    return end;
}

}  // namespace

ParagraphLayout layoutParagraph(const MeasuredParagraph& mp, const LineWidths& widths,
                                LineAlign align) {
    ParagraphLayout out;
    out.text = mp.text;
    out.faces = mp.faces;
    out.size = mp.size;
    out.diagnostics = mp.diagnostics;
    const LineMetrics lm(mp);  // one set of prefix sums for breaking and justifying
    LineBreaks breaks = breakLines(mp, lm, widths);
    out.diagnostics.insert(out.diagnostics.end(), breaks.diagnostics.begin(),
                           breaks.diagnostics.end());
    out.lines.reserve(breaks.lines.size());
    for (size_t li = 0; li < breaks.lines.size(); ++li) {
        const LineSpan& span = breaks.lines[li];
        JustifiedLine j = justifyLine(mp, lm, span, li > 0, align);
        ParagraphLine line;
        line.begin = mp.atoms[span.first].begin;
        line.end = mp.atoms[span.last - 1].end;
        line.offset = (li == 0 ? mp.indent : 0) + j.offset;
        line.width = j.width;
        line.natural = span.natural;
        line.measure = span.measure;
        line.isLast = span.isLast;
        line.loose = j.loose;
        line.overfull = j.overfull;
        line.gapAdd = std::move(j.gapAdd);
        line.firstAtom = span.first;
        size_t glyphCount = 0;
        for (std::uint32_t a = span.first; a < span.last; ++a)
            glyphCount += mp.m[a].glyphEnd - mp.m[a].glyphBegin;
        line.glyphs.reserve(glyphCount);
        for (std::uint32_t a = span.first; a < span.last; ++a) {
            const MeasuredAtom& ma = mp.m[a];
            const size_t k = a - span.first;
            const Length atomOrigin = line.offset + j.x[k] - j.cutL[k];
            for (std::uint32_t g = ma.glyphBegin; g < ma.glyphEnd; ++g) {
                const AtomGlyph& ag = mp.glyphs[g];
                PositionedGlyph pg;
                pg.glyph = ag.glyph;
                pg.face = ag.face;
                pg.x = atomOrigin + ag.x;
                pg.y = ag.y;
                if (ag.clusterStart) {
                    pg.clusterBegin = ag.cluster;
                    pg.clusterEnd = clusterEnd(mp, a, ag.cluster);
                } else {
                    pg.clusterBegin = pg.clusterEnd = ag.cluster;
                }
                line.glyphs.push_back(pg);
            }
        }
        out.lines.push_back(std::move(line));
    }
    return out;
}

}  // namespace bm::text
