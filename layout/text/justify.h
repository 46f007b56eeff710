// SPDX-License-Identifier: MIT
#pragma once
// justify: one line of atoms → the x position and cut blanks of every atom, set to the measure
// by the priorities of docs/typesetting.md §6 (shrink P2–P7, expand E1–E4).
#include <vector>

#include "layout/text/line_breaker.h"
#include "layout/text/line_metrics.h"

namespace bm::text {

enum class LineAlign { Justify, Start, Center, End };

struct JustifiedLine {
    LineSpan span;
    Length width = 0;            ///< set width (the hanging mark excluded)
    Length offset = 0;           ///< start of the line inside the measure (alignment)
    std::vector<Length> x;       ///< per atom of the line: left edge of its visible box
    std::vector<Length> cutL;    ///< per atom: blank removed on the left (glyphs shift left by it)
    std::vector<Length> gapAdd;  ///< per atom: space added before it by expansion (tests, debug)
    bool loose = false;          ///< E4 was needed, or a gap took more than the loose limit
    Length gapStretch = 0;       ///< the largest space E3/E4 added to one gap
    bool overfull = false;       ///< could not be compressed to the measure
};

/// Places the atoms of `span`. Lines other than the paragraph's last are justified when
/// `align` is Justify; the last line is set flush start (compressed only if it overflows).
JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineSpan& span, bool wrapped,
                          LineAlign align);
/// Same, with the paragraph's prefix sums already built (one LineMetrics per paragraph).
JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineMetrics& lm, const LineSpan& span,
                          bool wrapped, LineAlign align);

/// Whether the gap before atom k (between k-1 and k) takes E3 justification space (§6.2).
bool isJustificationGap(const MeasuredParagraph& mp, size_t k);
/// Whether that gap may take E4 space: every gap but those inside a Latin word, number or link.
bool isLastResortGap(const MeasuredParagraph& mp, size_t k);

}  // namespace bm::text
