// SPDX-License-Identifier: MIT
#pragma once
// Atomize: the paragraph as the units the line breaker handles (§0 "atom"): one ideograph, one
// mark, one Latin word or number, one space, one 破折号 ——, one 省略号 ……. Every UTF-16 unit
// of the text belongs to exactly one atom, in order.
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/unicode/cjk_rules.h"

namespace bm::text {

enum class AtomKind : std::uint8_t {
    Han,
    Open,
    Close,
    Comma,
    Colon,
    Stop,
    Exq,
    MidDot,
    Dash2,      ///< —— (two U+2014/U+2015, or ⸺)
    Ellipsis2,  ///< …… / ⋯⋯ (a single … is also kept here, 1 em)
    Connector,  ///< ～ 〜 – and a single —
    Solidus,
    IdSpace,
    Word,  ///< Latin word, number, or other non-CJK run that never breaks inside
    Space,
    Other,
};

/// How a line may break before an atom that continues the Latin run before it (a piece of a
/// long word or link, see word_breaks.h).
enum class InnerBreak : std::uint8_t {
    None,        ///< as breakBefore says (ICU and the house table)
    Hyphen,      ///< a hyphenation point: allowed; the line then ends with a drawn hyphen
    Link,        ///< after a separator of a URL, e-mail address or path: allowed, no hyphen
    Emergency,   ///< inside a long word or link: only when nothing fits or to avoid a loose line
    LastResort,  ///< inside a long number or acronym: only when nothing else fits the measure
};
/// Hyphenation and link points are ordinary break opportunities; the others are not.
inline bool breaksNormally(InnerBreak b) {
    return b == InnerBreak::Hyphen || b == InnerBreak::Link;
}

struct Atom {
    std::uint32_t begin = 0;  ///< UTF-16 offsets [begin, end)
    std::uint32_t end = 0;
    AtomKind kind = AtomKind::Other;
    bool breakBefore = false;    ///< a line may end before this atom (禁则 already applied)
    bool exqPairSecond = false;  ///< second mark of a ？！ pair (R-ADJ-6)
    bool exqPairFirst = false;
    bool leadingIndentSpace = false;  ///< typed U+3000/U+0020 at paragraph start (R-IND-2)
    bool wordStartsAlnum = false;     ///< Word atom begins with a letter/digit (autospace)
    bool wordEndsAlnum = false;
    bool wordStartsDigit = false;
    bool wordEndsDigit = false;
    bool continuesWord = false;  ///< a Word atom glued to the Word atom before it (no gap)
    bool inLink = false;         ///< part of a URL, e-mail address or path
    InnerBreak inner = InnerBreak::None;
};

/// Splits `text` into atoms. `breaks` is unicode::findBreakOpportunities(text) (size + 1).
/// `stripLeadingIndent`: leading U+3000/U+0020 are the author's indent (R-IND-2).
std::vector<Atom> atomize(std::u16string_view text, const std::vector<std::uint8_t>& breaks,
                          bool stripLeadingIndent);

/// Combining marks, variation selectors, ZWJ and skin-tone modifiers: they stay with the
/// character before them.
bool isClusterExtender(char32_t c);
/// Sets the wordStarts…/wordEnds… flags of a Word atom from its first and last characters.
void setWordFlags(std::u16string_view text, Atom& a);

inline bool isClosingLike(AtomKind k) {
    return k == AtomKind::Close || k == AtomKind::Comma || k == AtomKind::Colon ||
           k == AtomKind::Stop || k == AtomKind::Exq;
}
/// Marks whose 1-em frame has a compressible blank (§1.2).
inline bool hasBlank(AtomKind k) { return k == AtomKind::Open || isClosingLike(k); }

}  // namespace bm::text
