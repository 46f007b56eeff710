// SPDX-License-Identifier: MIT
#pragma once
// Character classes of Chinese (zh-Hans, horizontal) text and the 禁则 (kinsoku) sets, after
// the class table of docs/typesetting.md §1.1 and §2.3. Pure data: no ICU, no fonts.
#include <cstdint>

namespace bm::unicode {

enum class CjkClass : std::uint8_t {
    Han,     ///< ideographs, kana, 〇, full-width Latin/digits (East_Asian_Width=F)
    Open,    ///< “ ‘ （ ［ ｛ 〔 【 〖 《 〈 「 『 ｟ 〘 〝
    Close,   ///< ” ’ ） ］ ｝ 〕 】 〗 》 〉 」 』 ｠ 〙 〞 〟
    Comma,   ///< ， 、
    Colon,   ///< ： ；
    Stop,    ///< 。 ．
    Exq,     ///< ！ ？ ‼ ⁇ ⁈ ⁉
    MidDot,  ///< · ・ ‧ ･
    Dash,    ///< — U+2014, ― U+2015 (a pair is 破折号 DASH2; alone a connector), ⸺ U+2E3A
    Ellipsis,   ///< … U+2026, ⋯ U+22EF (a pair is ELLIPSIS2)
    Connector,  ///< ～ U+FF5E, 〜 U+301C, – U+2013
    Solidus,    ///< ／ U+FF0F (and ASCII / between CJK, decided in context)
    IdSpace,    ///< U+3000
    Latin,      ///< letters of Latin/Greek/Cyrillic and other alphabetic scripts, ®, in-word marks
    Digit,      ///< ASCII digits and number-internal marks (decided in context by the atomiser)
    Space,      ///< U+0020, U+00A0, U+2009, U+202F
    Other,      ///< anything else (symbols, emoji, control characters)
};

enum class KinsokuLevel : std::uint8_t { None, Basic, Gb, Strict };

/// classify() for code points outside the unified ideographs U+4E00–9FFF.
CjkClass classifyNonUnified(char32_t cp);

/// Class of a single code point, before context (§1.3 context rules are applied by the atomiser).
/// ASCII '/' is Other here: it is SOLIDUS only between CJK atoms (R-CLS-3), which needs context.
/// Inline for its fast path: ideographs are most of a newspaper page.
inline CjkClass classify(char32_t cp) {
    return cp >= 0x4E00 && cp <= 0x9FFF ? CjkClass::Han : classifyNonUnified(cp);
}

const char* className(CjkClass c);

/// Whether a mark of this class may start / end a line at the given level (§2.3). Classes that
/// are only decided as pairs (Dash, Ellipsis) answer for the pair (DASH2 / ELLIPSIS2).
/// Space and IdSpace never start a line at any level (UAX #14 LB7/LB21; R-IND-2 for the indent).
bool mayStartLine(CjkClass c, KinsokuLevel level);
bool mayEndLine(CjkClass c, KinsokuLevel level);

/// Marks that attach to the text before them (their right side faces the next atom).
inline bool isClosingLike(CjkClass c) {
    return c == CjkClass::Close || c == CjkClass::Comma || c == CjkClass::Colon ||
           c == CjkClass::Stop || c == CjkClass::Exq;
}

}  // namespace bm::unicode
