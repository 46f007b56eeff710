// SPDX-License-Identifier: MIT
#pragma once
// Typesetting options and the named presets of docs/typesetting.md (§0, §4.1 and the
// house preset paper-kaiming). Amounts are in 1/1000 em of the paragraph's font size.
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/result.h"
#include "layout/base/units.h"
#include "layout/unicode/cjk_rules.h"

namespace bm::text {

/// §4.1: base widths of the marks and whether adjacent pairs are compressed.
enum class PunctStyle { Full, LineEndHalf, Kaiming, Half, None };

/// What a punctuation style does, decided in one exhaustive switch (punctRules) so that a new
/// style cannot be half handled.
struct PunctRules {
    bool halfPauseAndBrackets = false;  ///< ，、：；and brackets set 0.5 em everywhere
    bool halfSentenceEnds = false;      ///< 。．！？ set 0.5 em everywhere
    bool adjacentPairs = false;         ///< §4.2 R-ADJ-1…5 on the blanks left
    bool compressible = false;          ///< blanks left are shrink resources (§6.1)
};
PunctRules punctRules(PunctStyle style);
/// §3.1: how a prohibited break is resolved.
enum class KinsokuMode { PushInFirst, PushOutOnly };
/// §4.3 R-EDGE-1: what happens to a closing mark's blank at the line end.
enum class LineEnd { Trim, Keep };
/// §9.2: last-line orphan (孤字) control.
enum class OrphanMode { Off, PushInFirst, PushOutOnly };

/// A width as an exact fraction of the em (1/3 em is no whole number of milli-em); 0 = unset.
struct EmRatio {
    int num = 0;
    int den = 1;
    bool isSet() const { return num > 0 && den > 0; }
    Length at(Length size) const { return toLength(num, size, den); }
    bool operator==(const EmRatio&) const = default;
};

/// The house width table (paper-kaiming "Character widths of the house"): characters set at a
/// fixed width instead of the font's advance, the glyph centred in it. Unset entries keep the
/// font's width.
struct CharWidths {
    EmRatio percent;       ///< % (paper-kaiming: set as the full-width ％, 1 em)
    EmRatio decimalPoint;  ///< . between digits (157.4, 5.3%)
    EmRatio solidus;       ///< / in fractions and units (1/3, 微克/立方米), not in links
    EmRatio parentheses;   ///< ASCII ( )
    EmRatio space;         ///< a typed U+0020 (三分空 1/3 em); stretches like the gaps around it
    bool operator==(const CharWidths&) const = default;
};

struct TypesetOptions {
    std::string presetName = "paper-kaiming";
    PunctStyle punct = PunctStyle::Kaiming;
    unicode::KinsokuLevel kinsoku = unicode::KinsokuLevel::Gb;
    KinsokuMode kinsokuMode = KinsokuMode::PushOutOnly;
    LineEnd lineEnd = LineEnd::Trim;
    bool trimStartWrapped = true;            ///< R-EDGE-2: opening mark at a wrapped line start
    bool trimStartAtParagraphStart = false;  ///< R-EDGE-2 option
    bool hanging = false;                    ///< §5
    bool hangAllPauseMarks = false;          ///< R-HANG-1 option: also ：；！？．
    OrphanMode orphan = OrphanMode::Off;
    int minLastLineMilliEm = 2000;         ///< R-ORP-1
    int maxOrphanExpansionMilliEm = 2000;  ///< R-ORP-2
    bool compressSentenceEnd = true;       ///< P7
    bool justify = true;                   ///< every line but the last to the measure
    /// E3 also widens CJK–Latin/digit gaps once E2 has taken them to their limit (paper-kaiming:
    /// "when the slack is large, it is spread over every gap between characters"). Off in the
    /// clreq presets, where those gaps belong to E2 only.
    bool justifyAutospaceGaps = false;
    bool halfWidthDigits = true;  ///< R-NUM-4: OpenType hwid on digits
    int indentMilliEm = 2000;     ///< R-IND-1 first-line indent
    // CJK–Latin/digit autospace glue (§7): natural, shrink limit, stretch limit.
    int autospaceMilliEm = 250;
    int autospaceMinMilliEm = 125;
    int autospaceMaxMilliEm = 500;
    int autospaceDigitMilliEm = 250;
    // Latin word spaces (E1/P2).
    int spaceMaxMilliEm = 500;
    int spaceMinMilliEm = 250;
    int trackingMilliEm = 0;  ///< added after every character
    CharWidths charWidths;    ///< the house width table (empty: the font's widths)
    bool hyphenate = true;    ///< Latin words may break at hyphenation points (Liang, en-US)
    /// A justified line is loose (and reported) when a gap takes more than this (about 1/4 em):
    /// the breaker avoids it by breaking a long word or link instead of pushing it whole.
    int looseLimitMilliEm = 250;
    bool operator==(const TypesetOptions&) const = default;  ///< every field (cache keys)
};

/// Per-range tracking (紧排/松排): [begin, end) UTF-16 offsets, amount per character.
struct TrackingSpan {
    unsigned begin = 0;
    unsigned end = 0;
    int milliEm = 0;
    bool operator==(const TrackingSpan&) const = default;
};

/// The named presets: paper-kaiming (default), news-gb, news-gb-hanging, line-end-half, kaiming,
/// half, none.
Result<TypesetOptions> presetByName(std::string_view name);
const std::vector<std::string>& presetNames();

}  // namespace bm::text
