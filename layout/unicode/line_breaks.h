// SPDX-License-Identifier: MIT
#pragma once
// Line-break opportunities: ICU's line iterator with a Chinese locale, then the house 禁则 table
// (docs/typesetting.md §2) on top. ICU's break iterator is included only here and in
// word_breaks.cpp (its word iterator, for headline phrases).
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/unicode/cjk_rules.h"

namespace bm::unicode {

struct BreakRules {
    KinsokuLevel level = KinsokuLevel::Gb;
    /// Plain UAX #14 as ICU implements it (root locale, no house table): for the conformance test.
    /// ICU's answer unchanged, so it keeps UAX #14's own breaks inside an extended grapheme
    /// cluster (SP ÷ CM, LB10) and ignores `level`.
    bool plainUax14 = false;
    /// ICU strictness keyword for the zh locale; "strict" (default) or "normal". Never "loose":
    /// any other value (including "loose" and nullptr) is taken as "strict" (R-BRK-2).
    const char* icuStrictness = "strict";
};

/// `result[i]` is 1 when a line may break before UTF-16 offset i, for 0 < i <= text.size()
/// (result has text.size() + 1 entries; result[0] is 0 and result[text.size()] is 1; an empty
/// text gives {0}). Mandatory breaks (LF, U+2028 …) are reported as allowed breaks.
/// Never breaks inside a surrogate pair or a grapheme cluster (except plainUax14, see above).
/// Lone surrogates are accepted and treated as letters. Thread-safe (per-thread ICU iterators).
std::vector<std::uint8_t> findBreakOpportunities(std::u16string_view text, const BreakRules& rules);

}  // namespace bm::unicode
