// SPDX-License-Identifier: MIT
#pragma once
// Shared by the unicode line-break tests: the `他|说：|“你` notation of docs/typesetting.md §12
// (an ASCII '|' at every allowed break, none at the end) in both directions.
#include <string>
#include <vector>

#include "layout/base/utf.h"
#include "layout/unicode/line_breaks.h"

namespace bm::testing {

inline std::u16string u16(const std::string& utf8) { return bm::utf8ToUtf16(utf8).value(); }

/// The text with '|' inserted at every allowed break strictly inside it.
inline std::string markBreaks(std::u16string_view text, const std::vector<std::uint8_t>& breaks) {
    std::u16string marked;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && breaks[i]) marked.push_back(u'|');
        marked.push_back(text[i]);
    }
    return bm::utf16ToUtf8(marked);
}

/// The expected notation with its '|' removed.
inline std::string stripBars(const std::string& expected) {
    std::string s;
    for (char c : expected) {
        if (c != '|') s.push_back(c);
    }
    return s;
}

inline std::string breaksAt(const std::string& textUtf8, unicode::KinsokuLevel level,
                            const char* strictness = "strict") {
    const std::u16string text = u16(textUtf8);
    unicode::BreakRules rules;
    rules.level = level;
    rules.icuStrictness = strictness;
    return markBreaks(text, unicode::findBreakOpportunities(text, rules));
}

}  // namespace bm::testing
