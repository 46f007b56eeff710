// SPDX-License-Identifier: MIT
#pragma once
// O(1) natural width N(s,b) and shrink S(s,b) of a candidate line of atoms [s, b), from prefix
// sums over a MeasuredParagraph (docs/typesetting.md §3).
#include <vector>

#include "layout/text/measure.h"

namespace bm::text {

class LineMetrics {
public:
    explicit LineMetrics(const MeasuredParagraph& mp);

    /// Width of atoms [s, b) set as one line: pair compression, edge trims, interior autospace.
    /// `wrapped`: the line does not start the paragraph (opening marks are trimmed, R-EDGE-2).
    Length natural(size_t s, size_t b, bool wrapped) const;
    /// The first-fit end of a line starting at s (§3.1 step 2): from b = s + 1, the end moves
    /// on while the line one atom longer still has natural(s, b + 1, wrapped) <= W.
    size_t firstFitEnd(size_t s, bool wrapped, Length W) const;
    /// Compression still available on that line (§6.1 P2–P7).
    Length shrink(size_t s, size_t b, bool wrapped) const;
    /// Start trim applied to atom s of a line.
    Length startCut(size_t s, bool wrapped) const;
    /// End trim applied to atom b-1 of a line (negative: the hyphen added at a hyphenation point).
    Length endCut(size_t b) const;

private:
    const MeasuredParagraph& m_mp;
    std::vector<Length> m_width;   // prefix sums of mid() + interior glue
    std::vector<Length> m_shrink;  // prefix sums of shrink resources
};

Length spaceShrink(const MeasuredAtom& a, AtomKind kind);
Length glueShrink(const MeasuredAtom& a);

}  // namespace bm::text
