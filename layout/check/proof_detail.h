// SPDX-License-Identifier: MIT
#pragma once
// Helpers shared by the proofing rules (proof_*.cpp); not part of the checker's API.
#include <string_view>

#include "layout/check/proof_rule.h"

namespace bm::check {

/// An ASCII mark that ZH-HALFWIDTH-PUNCT reports at i (so ZH-SPACE-PUNCT treats it as a
/// Chinese mark, as the fix will make it one).
bool halfwidthFlagged(const FieldText& t, int i);

inline bool isOpeningMark(char32_t c) {
    return std::u32string_view(U"“‘（《〈【〔［「『").find(c) != std::u32string_view::npos;
}
/// 点号 that end or pause a sentence: ，。、；：？！
inline bool isPauseOrStop(char32_t c) {
    return std::u32string_view(U"，。、；：？！").find(c) != std::u32string_view::npos;
}
/// Chinese numerals used in numbers and years (with the wrong zeros ZH-NUM-ZERO looks for).
inline int cnDigit(char32_t c) {
    static constexpr std::u32string_view d = U"〇一二三四五六七八九";
    if (c == U'零' || c == U'○' || c == U'O' || c == U'Ｏ') return 0;
    const auto k = d.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
}
/// Whether units[i…] starts with one of `words`; returns its length or 0 (longest first).
int matchAny(const FieldText& t, int i, std::initializer_list<std::u32string_view> words);

}  // namespace bm::check
