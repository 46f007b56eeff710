// SPDX-License-Identifier: MIT
#pragma once
// layoutParagraph: breakLines + justify + glyph positions for one measured paragraph. The
// public entry point of the text stage; every stage is also public for tests.
#include <string>
#include <vector>

#include "layout/text/justify.h"

namespace bm::text {

struct PositionedGlyph {
    std::uint32_t glyph = 0;
    std::uint16_t face = 0;          ///< index into ParagraphLayout::faces
    Length32 x = 0;                  ///< from the start of the line box (indent included)
    Length32 y = 0;                  ///< from the baseline, positive down (32 bits: one glyph
                                     ///< of every line of an issue is kept)
    std::uint32_t clusterBegin = 0;  ///< source text [clusterBegin, clusterEnd) this glyph starts;
    std::uint32_t clusterEnd = 0;    ///< empty for the other glyphs of a cluster
};

struct ParagraphLine {
    std::uint32_t begin = 0;  ///< UTF-16 range of the paragraph text; lines tile the text
    std::uint32_t end = 0;
    Length offset = 0;  ///< x of the first atom: first-line indent plus alignment
    Length width = 0;   ///< set width (after justification)
    Length natural = 0;
    Length measure = 0;  ///< available width (without the indent)
    bool isLast = false;
    bool loose = false;       ///< justified beyond the loose limit (reported in diagnostics)
    bool overfull = false;    ///< wider than the measure (reported)
    bool hyphenated = false;  ///< ends at a hyphenation point with a drawn hyphen
    bool emergency = false;   ///< broken inside a word or link at an emergency point (reported)
    bool hanging = false;     ///< the last atom hangs outside the measure (§5)
    std::vector<PositionedGlyph> glyphs;
    std::uint32_t firstAtom = 0;
};

struct ParagraphLayout {
    std::u16string text;
    std::vector<fonts::FaceId> faces;
    std::vector<FaceStyle> faceStyles;  ///< parallel to `faces`, or empty (MeasuredParagraph)
    Length size = 0;
    std::vector<ParagraphLine> lines;
    std::vector<std::string> diagnostics;
};

ParagraphLayout layoutParagraph(const MeasuredParagraph& mp, const LineWidths& widths,
                                LineAlign align = LineAlign::Justify);

}  // namespace bm::text
