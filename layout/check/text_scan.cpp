// SPDX-License-Identifier: MIT
#include "layout/check/text_scan.h"

#include <unicode/uscript.h>

#include <algorithm>

#include "layout/base/utf.h"

namespace bm::check {

bool isHan(char32_t c) {
    if (c >= 0x4E00 && c <= 0x9FFF) return true;
    if (c < 0x2E80) return false;
    if (c == 0x3007 || c == 0x3005) return true;  // 〇 々
    UErrorCode err = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_HAN && U_SUCCESS(err);
}

bool isChineseMark(char32_t c) {
    static constexpr std::u32string_view marks =
        U"，。、；：？！“”‘’（）《》〈〉【】〔〕［］「」『』…—～·／";
    return c >= 0xB7 && marks.find(c) != std::u32string_view::npos;
}

FieldText::FieldText(std::u16string_view text) {
    m_cp.reserve(text.size());
    m_u16.reserve(text.size() + 1);
    size_t i = 0;
    while (i < text.size()) {
        m_u16.push_back(static_cast<int>(i));
        m_cp.push_back(nextCodePoint(text, i));
    }
    m_u16.push_back(static_cast<int>(text.size()));
    m_skip.assign(m_cp.size(), 0);
    markSkipped();
}

int FieldText::prevNonSpace(int i) const {
    for (int j = i - 1; j >= 0; --j) {
        if ((*this)[j] == '\n') return -1;
        if (!isSpaceChar((*this)[j])) return j;
    }
    return -1;
}

int FieldText::nextNonSpace(int i) const {
    for (int j = i + 1; j < size(); ++j) {
        if ((*this)[j] == '\n') return size();
        if (!isSpaceChar((*this)[j])) return j;
    }
    return size();
}

bool FieldText::cjkContext(int begin, int end) const {
    const int p = prevNonSpace(begin);
    const int n = nextNonSpace(end - 1);
    return (p >= 0 && isChineseChar((*this)[p])) || (n < size() && isChineseChar((*this)[n]));
}

namespace {

bool isUrlChar(char32_t c) { return c > 0x20 && c < 0x7F; }
bool isWordChar(char32_t c) { return isAsciiLetter(c) || isAsciiDigit(c); }

}  // namespace

// zhlint's skipPureWestern / skipAbbrs: URLs, e-mail, runs of 2+ Latin words, abbreviations.
void FieldText::markSkipped() {
    const int n = size();
    // Every span below holds an ASCII letter or an '@' (URL schemes, e-mail, abbreviations,
    // Latin words): most Chinese fields have neither, and are done here.
    if (std::none_of(m_cp.begin(), m_cp.end(),
                     [](char32_t c) { return isAsciiLetter(c) || c == '@'; }))
        return;
    auto mark = [&](int b, int e) {
        for (int k = b; k < e; ++k) m_skip[static_cast<size_t>(k)] = 1;
    };
    auto trimEnd = [&](int b, int e) {
        while (e > b &&
               std::u32string_view(U".,;:!?)'\"").find((*this)[e - 1]) != std::u32string_view::npos)
            --e;
        return e;
    };
    for (int i = 0; i < n; ++i) {
        // URLs
        if (matches(i, U"http://") || matches(i, U"https://") || matches(i, U"ftp://") ||
            ((matches(i, U"www.") || matches(i, U"WWW.")) && !isWordChar((*this)[i - 1]))) {
            int e = i;
            while (e < n && isUrlChar((*this)[e])) ++e;
            e = trimEnd(i, e);
            mark(i, e);
            i = e;
            continue;
        }
        // e-mail: word@word.word
        if ((*this)[i] == '@' && isWordChar((*this)[i - 1]) && isWordChar((*this)[i + 1])) {
            int b = i;
            while (b > 0 && (isWordChar((*this)[b - 1]) ||
                             std::u32string_view(U"._%+-").find((*this)[b - 1]) !=
                                 std::u32string_view::npos))
                --b;
            int e = i + 1;
            while (e < n && (isWordChar((*this)[e]) || (*this)[e] == '.' || (*this)[e] == '-')) ++e;
            e = trimEnd(i, e);
            mark(b, e);
            i = e;
            continue;
        }
    }
    // Abbreviations (at a word start).
    static constexpr std::u32string_view abbrs[] = {U"Mr.",  U"Mrs.", U"Dr.",  U"No.",  U"vs.",
                                                    U"etc.", U"e.g.", U"i.e.", U"a.m.", U"p.m.",
                                                    U"Ms.",  U"St.",  U"Jr.",  U"Inc.", U"Co."};
    for (int i = 0; i < n; ++i) {
        if (isAsciiLetter((*this)[i - 1]) || !isAsciiLetter((*this)[i])) continue;
        for (auto a : abbrs)
            if (matches(i, a)) mark(i, i + static_cast<int>(a.size()));
    }
    // Runs of two or more Latin words: "Joe Biden", "Hello, world".
    for (int i = 0; i < n;) {
        if (!isAsciiLetter((*this)[i]) || isWordChar((*this)[i - 1])) {
            ++i;
            continue;
        }
        int words = 0, end = i, j = i;
        while (true) {
            if (!isAsciiLetter((*this)[j])) break;
            while (j < n && (isWordChar((*this)[j]) || (*this)[j] == '\'' || (*this)[j] == '-'))
                ++j;
            ++words;
            end = j;
            int k = j;
            if (std::u32string_view(U",.;:!?").find((*this)[k]) != std::u32string_view::npos) ++k;
            if ((*this)[k] != ' ') break;
            while ((*this)[k] == ' ') ++k;
            if (!isAsciiLetter((*this)[k])) break;
            j = k;
        }
        if (words >= 2) mark(i, end);
        i = std::max(end, i + 1);
    }
}

}  // namespace bm::check
