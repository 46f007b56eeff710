// SPDX-License-Identifier: MIT
#pragma once
// What the proofing rules scan: one stored text field as code points (with the UTF-16 offset of
// each, since fixes edit the stored UTF-16 string), the spans they skip (URLs, e-mail, runs of
// Latin words, abbreviations), and the character classes of preflight-proofing §4: Han,
// Chinese marks, spaces, and "CJK context".
#include <string>
#include <string_view>
#include <vector>

#include "layout/check/finding.h"

namespace bm::check {

/// Script=Han (with 〇): ideographs of every block, 々, 〇.
bool isHan(char32_t c);
/// The GB/T 15834 marks: ，。、；：？！“”‘’（）《》〈〉【】〔〕［］「」『』…—～·／
bool isChineseMark(char32_t c);
/// Spaces a typist leaves: U+0020, U+00A0, U+3000, U+2002–200A, tab.
inline bool isSpaceChar(char32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x3000 || (c >= 0x2002 && c <= 0x200A) || c == 0x09;
}
inline bool isAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool isLatinLetter(char32_t c) {
    return isAsciiLetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
/// Han or a Chinese mark: what makes a neighbour "Chinese".
inline bool isChineseChar(char32_t c) { return isHan(c) || isChineseMark(c); }

class FieldText {
public:
    explicit FieldText(std::u16string_view text);
    int size() const { return static_cast<int>(m_cp.size()); }
    char32_t operator[](int i) const {
        return i >= 0 && i < size() ? m_cp[static_cast<size_t>(i)] : 0;
    }
    const std::u32string& cps() const { return m_cp; }
    int utf16(int cpIndex) const { return m_u16[static_cast<size_t>(cpIndex)]; }
    bool skipped(int i) const { return i >= 0 && i < size() && m_skip[static_cast<size_t>(i)]; }
    /// Index of the nearest non-space character before / after i (-1 / size() when none); a line
    /// break ends the search.
    int prevNonSpace(int i) const;
    int nextNonSpace(int i) const;
    /// The nearest non-space neighbour on either side of [begin, end) is Han or a Chinese mark.
    bool cjkContext(int begin, int end) const;
    bool cjkContext(int i) const { return cjkContext(i, i + 1); }
    /// Whether cps[i, i + s.size()) equals s. Inline, first character first: the proofing
    /// rules ask it for every position and word of a long issue, and it is nearly always no.
    bool matches(int i, std::u32string_view s) const {
        if (i < 0 || i + static_cast<int>(s.size()) > size()) return false;
        if (s.empty()) return true;
        if (m_cp[static_cast<size_t>(i)] != s[0]) return false;
        return std::u32string_view(m_cp).substr(static_cast<size_t>(i), s.size()) == s;
    }

private:
    void markSkipped();
    std::u32string m_cp;
    std::vector<int> m_u16;  ///< size() + 1 entries
    std::vector<unsigned char> m_skip;
};

}  // namespace bm::check
