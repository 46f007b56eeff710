// SPDX-License-Identifier: MIT
#include "layout/text/paragraph_layout.h"

#include <cstdio>

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

// "line 3 «…»: loose, 0.31 em per gap": the line and how far it was stretched.
std::string looseMessage(const MeasuredParagraph& mp, const LineSpan& span, size_t li,
                         const JustifiedLine& j) {
    char amount[32];
    std::snprintf(amount, sizeof amount, "%.2f",
                  static_cast<double>(j.gapStretch) / static_cast<double>(mp.size));
    const std::string what = j.gapStretch > 0
                                 ? std::string("loose line, ") + amount + " em per gap"
                                 : "justified line left short: no gap outside a Latin run";
    return "line " + std::to_string(li + 1) + " «" + excerpt(mp, span.first, span.last) +
           "»: " + what;
}

}  // namespace

ParagraphLayout layoutParagraph(const MeasuredParagraph& mp, const LineWidths& widths,
                                LineAlign align) {
    ParagraphLayout out;
    out.text = mp.text;
    out.faces = mp.faces;
    out.faceStyles = mp.faceStyles;
    out.size = mp.size;
    out.diagnostics = mp.diagnostics;
    const LineMetrics lm(mp);  // one set of prefix sums for breaking and justifying
    LineBreaks breaks = breakLines(mp, lm, widths, align == LineAlign::Justify);
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
        line.emergency = span.emergency;
        line.hanging = span.hanging;
        line.hyphenated = span.last < mp.atoms.size() && mp.m[span.last - 1].hyphen > 0;
        line.firstAtom = span.first;
        if (j.loose) out.diagnostics.push_back(looseMessage(mp, span, li, j));
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
        if (line.hyphenated && !mp.synthetic) {
            // The hyphen after the last piece: drawn, but no text (copy gives the word whole).
            const std::uint32_t a = span.last - 1;
            const MeasuredAtom& ma = mp.m[a];
            PositionedGlyph hyphen;
            hyphen.glyph = ma.hyphenGlyph;
            hyphen.face = ma.hyphenFace;
            hyphen.x = line.offset + j.x[a - span.first] - j.cutL[a - span.first] + ma.full;
            hyphen.clusterBegin = hyphen.clusterEnd = mp.atoms[a].end;
            line.glyphs.push_back(hyphen);
        }
        out.lines.push_back(std::move(line));
    }
    return out;
}

}  // namespace bm::text
