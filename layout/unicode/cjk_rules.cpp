// SPDX-License-Identifier: MIT
// The §1.1 class table and the §2.3 kinsoku level sets of docs/typesetting.md, as code.
// Pure data on purpose (no ICU): the table must give the same answer on every ICU version (§11.1).
#include "layout/unicode/cjk_rules.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>

namespace bm::unicode {

namespace {

constexpr bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

// Ideographs of every CJK block (Unified incl. Ext. A–I, compatibility, radicals), kana, bopomofo.
// The combining kana voiced marks U+3099/309A are not Han: they extend the preceding kana.
bool isHanBlock(char32_t cp) {
    if (cp < 0x2E80) return false;
    if (cp < 0x10000) {
        return in(cp, 0x4E00, 0x9FFF) ||  // CJK Unified Ideographs
               in(cp, 0x3400, 0x4DBF) ||  // Ext. A
               in(cp, 0xF900, 0xFAFF) ||  // CJK Compatibility Ideographs
               in(cp, 0x3041, 0x3096) ||  // hiragana
               in(cp, 0x309B, 0x309F) ||  // spacing voiced marks, ゝゞ (NS, still kana), ゟ
               in(cp, 0x30A1, 0x30FA) ||  // katakana (U+30FB ・ is MIDDOT)
               in(cp, 0x30FC, 0x30FF) ||  // ー ヽヾ ヿ
               in(cp, 0x31F0, 0x31FF) ||  // katakana phonetic extensions
               in(cp, 0x3105, 0x312F) ||  // bopomofo
               in(cp, 0x31A0, 0x31BF) ||  // bopomofo extended
               in(cp, 0x2E80, 0x2FDF) ||  // CJK radicals, Kangxi radicals
               in(cp, 0xFF66, 0xFF9D) ||  // half-width katakana
               cp == 0x3005 || cp == 0x3006 || cp == 0x3007 || cp == 0x303B;  // 々 〆 〇 〻
    }
    return in(cp, 0x20000, 0x2A6DF) ||  // Ext. B
           in(cp, 0x2A700, 0x2EE5F) ||  // Ext. C, D, E, F, I
           in(cp, 0x2F800, 0x2FA1F) ||  // CJK Compatibility Ideographs Supplement
           in(cp, 0x30000, 0x323AF) ||  // Ext. G, H
           in(cp, 0x1AFF0, 0x1B16F);    // kana extended, kana supplement, small kana extension
}

// Letters of the alphabetic scripts that sit inside Chinese text as Latin words (autospace,
// no break inside: R-TAIL-7), plus combining diacritics, which belong to the word they mark.
bool isLatinLetter(char32_t cp) {
    if (cp < 0x80) return in(cp, 'A', 'Z') || in(cp, 'a', 'z');
    if (cp < 0x100) {
        return cp == 0xAA || cp == 0xAE || cp == 0xB5 || cp == 0xBA ||  // ª ® µ º
               (in(cp, 0xC0, 0xFF) && cp != 0xD7 && cp != 0xF7);        // not × ÷
    }
    return in(cp, 0x0100, 0x02AF) ||  // Latin Extended-A/B, IPA
           in(cp, 0x0300, 0x036F) ||  // combining diacritical marks (in-word)
           in(cp, 0x0370, 0x0373) || in(cp, 0x0376, 0x0377) || in(cp, 0x037B, 0x037D) ||
           cp == 0x037F || cp == 0x0386 || in(cp, 0x0388, 0x03FF) ||  // Greek letters
           in(cp, 0x0400, 0x0482) || in(cp, 0x048A, 0x052F) ||        // Cyrillic letters
           in(cp, 0x0531, 0x0556) || in(cp, 0x0561, 0x0587) ||        // Armenian
           in(cp, 0x10A0, 0x10FF) ||                                  // Georgian
           in(cp, 0x1C80, 0x1C8F) ||                                  // Cyrillic Extended-C
           in(cp, 0x1D00, 0x1DBF) ||                                  // phonetic extensions
           in(cp, 0x1E00, 0x1EFF) ||                                  // Latin Extended Additional
           in(cp, 0x1F00, 0x1FBC) || in(cp, 0x1FC2, 0x1FCC) ||        // Greek Extended letters
           in(cp, 0x1FD0, 0x1FDB) || in(cp, 0x1FE0, 0x1FEC) || in(cp, 0x1FF2, 0x1FFC) ||
           in(cp, 0x2C60, 0x2C7F) ||                            // Latin Extended-C
           in(cp, 0xA640, 0xA66E) || in(cp, 0xA680, 0xA69D) ||  // Cyrillic Extended-B
           in(cp, 0xA722, 0xA7FF) ||                            // Latin Extended-D
           in(cp, 0xAB30, 0xAB5A) || in(cp, 0xAB5C, 0xAB69) ||  // Latin Extended-E
           in(cp, 0xFB00, 0xFB06);                              // Latin ligatures ﬁ ﬂ
}

// The punctuation and blank rows of the §1.1 table, sorted by code point (checked at compile
// time). U+2015 is the GBK 破折号, classed with U+2014 (R-TAIL-8). Extras beyond the table:
// 〚〛 follow their bracket siblings, ⸻ joins ⸺.
struct MarkEntry {
    char32_t cp;
    CjkClass cls;
};

using C = CjkClass;

constexpr MarkEntry kMarks[] = {
    {0x00A0, C::Space},   {0x00B7, C::MidDot},    {0x2009, C::Space},    {0x2013, C::Connector},
    {0x2014, C::Dash},    {0x2015, C::Dash},      {0x2018, C::Open},     {0x2019, C::Close},
    {0x201C, C::Open},    {0x201D, C::Close},     {0x2026, C::Ellipsis}, {0x2027, C::MidDot},
    {0x202F, C::Space},   {0x203C, C::Exq},       {0x2047, C::Exq},      {0x2048, C::Exq},
    {0x2049, C::Exq},     {0x22EF, C::Ellipsis},  {0x2E3A, C::Dash},     {0x2E3B, C::Dash},
    {0x3000, C::IdSpace}, {0x3001, C::Comma},     {0x3002, C::Stop},     {0x3008, C::Open},
    {0x3009, C::Close},   {0x300A, C::Open},      {0x300B, C::Close},    {0x300C, C::Open},
    {0x300D, C::Close},   {0x300E, C::Open},      {0x300F, C::Close},    {0x3010, C::Open},
    {0x3011, C::Close},   {0x3014, C::Open},      {0x3015, C::Close},    {0x3016, C::Open},
    {0x3017, C::Close},   {0x3018, C::Open},      {0x3019, C::Close},    {0x301A, C::Open},
    {0x301B, C::Close},   {0x301C, C::Connector}, {0x301D, C::Open},     {0x301E, C::Close},
    {0x301F, C::Close},   {0x30FB, C::MidDot},    {0xFF01, C::Exq},      {0xFF08, C::Open},
    {0xFF09, C::Close},   {0xFF0C, C::Comma},     {0xFF0E, C::Stop},     {0xFF0F, C::Solidus},
    {0xFF1A, C::Colon},   {0xFF1B, C::Colon},     {0xFF1F, C::Exq},      {0xFF3B, C::Open},
    {0xFF3D, C::Close},   {0xFF5B, C::Open},      {0xFF5D, C::Close},    {0xFF5E, C::Connector},
    {0xFF5F, C::Open},    {0xFF60, C::Close},     {0xFF65, C::MidDot},
};

constexpr bool sortedByCodePoint() {
    for (size_t i = 1; i < std::size(kMarks); ++i) {
        if (kMarks[i - 1].cp >= kMarks[i].cp) return false;
    }
    return true;
}
static_assert(sortedByCodePoint(), "kMarks must be sorted for the binary search");

const CjkClass* findMark(char32_t cp) {
    if (cp < kMarks[0].cp || cp > std::end(kMarks)[-1].cp) return nullptr;
    const MarkEntry* it = std::lower_bound(std::begin(kMarks), std::end(kMarks), cp,
                                           [](const MarkEntry& e, char32_t c) { return e.cp < c; });
    return it != std::end(kMarks) && it->cp == cp ? &it->cls : nullptr;
}

// Direct tables for the two blocks that hold the marks of nearly every Chinese paragraph (CJK
// Symbols and Punctuation, Halfwidth and Fullwidth Forms), filled from kMarks.
constexpr std::uint8_t kNoMark = 0xFF;

template <char32_t First, size_t Size>
constexpr std::array<std::uint8_t, Size> markBlock() {
    std::array<std::uint8_t, Size> t{};
    for (auto& v : t) v = kNoMark;
    for (const MarkEntry& e : kMarks)
        if (e.cp >= First && e.cp < First + Size)
            t[e.cp - First] = static_cast<std::uint8_t>(e.cls);
    return t;
}

constexpr auto kCjkPunctMarks = markBlock<0x3000, 0x20>();
constexpr auto kFullwidthMarks = markBlock<0xFF00, 0x66>();

// kMarks' class of cp, or nullopt.
std::optional<CjkClass> markClass(char32_t cp) {
    std::uint8_t v = kNoMark;
    if (in(cp, 0x3000, 0x301F)) {
        v = kCjkPunctMarks[cp - 0x3000];
    } else if (in(cp, 0xFF00, 0xFF65)) {
        v = kFullwidthMarks[cp - 0xFF00];
    } else if (const CjkClass* mark = findMark(cp)) {
        return *mark;
    }
    if (v == kNoMark) return std::nullopt;
    return static_cast<CjkClass>(v);
}

}  // namespace

CjkClass classifyNonUnified(char32_t cp) {
    if (in(cp, 0x4E00, 0x9FFF)) return CjkClass::Han;
    if (cp < 0x80) {
        if (in(cp, '0', '9')) return CjkClass::Digit;
        if (in(cp, 'A', 'Z') || in(cp, 'a', 'z')) return CjkClass::Latin;
        if (cp == 0x20) return CjkClass::Space;
        // '/' is SOLIDUS only between CJK atoms (R-CLS-3) and part of the atom inside `1/3` or a
        // URL; out of context it is a symbol (UAX #14 SY), so the context pass decides.
        return CjkClass::Other;
    }
    if (const auto mark = markClass(cp)) return *mark;
    // Full-width Latin letters and digits are 1-em Han-like atoms (§1.1 notes, as Blink does).
    if (in(cp, 0xFF21, 0xFF3A) || in(cp, 0xFF41, 0xFF5A) || in(cp, 0xFF10, 0xFF19)) {
        return CjkClass::Han;
    }
    if (isHanBlock(cp)) return CjkClass::Han;
    if (isLatinLetter(cp)) return CjkClass::Latin;
    return CjkClass::Other;
}

const char* className(CjkClass c) {
    switch (c) {
        case CjkClass::Han:
            return "HAN";
        case CjkClass::Open:
            return "OPEN";
        case CjkClass::Close:
            return "CLOSE";
        case CjkClass::Comma:
            return "COMMA";
        case CjkClass::Colon:
            return "COLON";
        case CjkClass::Stop:
            return "STOP";
        case CjkClass::Exq:
            return "EXQ";
        case CjkClass::MidDot:
            return "MIDDOT";
        case CjkClass::Dash:
            return "DASH";
        case CjkClass::Ellipsis:
            return "ELLIPSIS";
        case CjkClass::Connector:
            return "CONNECTOR";
        case CjkClass::Solidus:
            return "SOLIDUS";
        case CjkClass::IdSpace:
            return "IDSPACE";
        case CjkClass::Latin:
            return "LATIN";
        case CjkClass::Digit:
            return "DIGIT";
        case CjkClass::Space:
            return "SPACE";
        case CjkClass::Other:
            return "OTHER";
    }
    return "?";
}

bool mayStartLine(CjkClass c, KinsokuLevel level) {
    switch (c) {
        // A line never begins with a blank: U+0020 breaks after itself (UAX #14 LB7), and a
        // mid-paragraph U+3000 is BA (LB21); leading U+3000 are the indent (R-IND-2).
        case CjkClass::Space:
        case CjkClass::IdSpace:
            return false;
        default:
            break;
    }
    if (level == KinsokuLevel::None) return true;
    switch (c) {
        // §2.3 行首禁则 from `basic` up; ELLIPSIS2 is the documented [deviation] from clreq.
        case CjkClass::Comma:
        case CjkClass::Colon:
        case CjkClass::Stop:
        case CjkClass::Exq:
        case CjkClass::Close:
        case CjkClass::MidDot:     // R-TAIL-1
        case CjkClass::Connector:  // R-TAIL-2
        case CjkClass::Solidus:    // R-TAIL-3
        case CjkClass::Ellipsis:
            return false;
        case CjkClass::Dash:  // DASH2 may start a line except at `strict` (T-BRK-3)
            return level != KinsokuLevel::Strict;
        default:
            return true;
    }
}

bool mayEndLine(CjkClass c, KinsokuLevel level) {
    if (level == KinsokuLevel::None) return true;
    if (c == CjkClass::Open) return false;  // 行尾禁则 from `basic`
    // R-TAIL-3: the solidus neither starts nor ends a line from `gb` (clreq's GB level).
    if (c == CjkClass::Solidus) return level == KinsokuLevel::Basic;
    return true;
}

}  // namespace bm::unicode
