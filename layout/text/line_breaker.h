// SPDX-License-Identifier: MIT
#pragma once
// breakLines: the greedy first-fit breaker of docs/typesetting.md §3.1 (hang → push in → push
// out) plus the last-line orphan rule (§9.2). Numbers only: no fonts, no ICU.
#include <string>
#include <vector>

#include "layout/text/line_metrics.h"
#include "layout/text/measure.h"

namespace bm::text {

/// Available width per line (already without the first-line indent, which the breaker
/// subtracts itself). Lines past the end of `widths` use its last entry.
struct LineWidths {
    std::vector<Length> widths;
    Length at(size_t line) const {
        if (widths.empty()) return 0;
        return line < widths.size() ? widths[line] : widths.back();
    }
};

struct LineSpan {
    std::uint32_t first = 0;  ///< atoms [first, last)
    std::uint32_t last = 0;
    Length measure = 0;      ///< available width (indent excluded)
    Length natural = 0;      ///< N(first, last)
    bool hanging = false;    ///< the last atom hangs outside the measure (§5)
    bool forced = false;     ///< a 禁则 violation had to be accepted
    bool emergency = false;  ///< broken inside a word or link at an emergency point
    bool isLast = false;     ///< the paragraph's last line
};

struct LineBreaks {
    std::vector<LineSpan> lines;
    std::vector<std::string> diagnostics;
};

/// The text of atoms [first, last) for a message, cut after 24 characters.
std::string excerpt(const MeasuredParagraph& mp, size_t first, size_t last);

/// `justified`: the lines will be justified, so a line that would be loose (more than the
/// preset's loose limit per gap) is avoided by an emergency break inside a long word or link.
LineBreaks breakLines(const MeasuredParagraph& mp, const LineWidths& widths, bool justified = true);
/// Same, with the paragraph's prefix sums already built (one LineMetrics per paragraph).
LineBreaks breakLines(const MeasuredParagraph& mp, const LineMetrics& lm, const LineWidths& widths,
                      bool justified = true);

}  // namespace bm::text
