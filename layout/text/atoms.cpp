// SPDX-License-Identifier: MIT
#include "layout/text/atoms.h"

#include "layout/base/utf.h"

namespace bm::text {

using unicode::CjkClass;

namespace {

bool isAlnum(char32_t c) {
    const CjkClass k = unicode::classify(c);
    return k == CjkClass::Latin || k == CjkClass::Digit;
}

bool isDigitChar(char32_t c) { return c >= U'0' && c <= U'9'; }

// Characters that may be part of a Word atom: letters, digits, and the non-CJK symbols and
// ASCII punctuation that UAX #14 glues to them (3.7%, ¥100, 1/3, WQAL®WHS, COVID-19).
bool isWordChar(CjkClass k) {
    return k == CjkClass::Latin || k == CjkClass::Digit || k == CjkClass::Other;
}

AtomKind kindOf(CjkClass k) {
    switch (k) {
        case CjkClass::Han:
            return AtomKind::Han;
        case CjkClass::Open:
            return AtomKind::Open;
        case CjkClass::Close:
            return AtomKind::Close;
        case CjkClass::Comma:
            return AtomKind::Comma;
        case CjkClass::Colon:
            return AtomKind::Colon;
        case CjkClass::Stop:
            return AtomKind::Stop;
        case CjkClass::Exq:
            return AtomKind::Exq;
        case CjkClass::MidDot:
            return AtomKind::MidDot;
        case CjkClass::Dash:
            return AtomKind::Connector;
        case CjkClass::Ellipsis:
            return AtomKind::Ellipsis2;
        case CjkClass::Connector:
            return AtomKind::Connector;
        case CjkClass::Solidus:
            return AtomKind::Solidus;
        case CjkClass::IdSpace:
            return AtomKind::IdSpace;
        case CjkClass::Space:
            return AtomKind::Space;
        case CjkClass::Latin:
        case CjkClass::Digit:
        case CjkClass::Other:
            return AtomKind::Word;
    }
    return AtomKind::Other;
}

// nextCodePoint with its common case inline: every character is decoded twice here (as itself
// and as the possible extender after the one before).
inline char32_t decodeNext(std::u16string_view s, size_t& i) {
    const char32_t c = s[i];
    if (c < 0xD800 || c > 0xDBFF) {
        ++i;
        return c;
    }
    return nextCodePoint(s, i);
}

}  // namespace

bool isClusterExtender(char32_t c) {
    if (c < 0x0300 || (c > 0x309A && c < 0xFE00)) return false;  // ideographs, ASCII: at once
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D ||
           (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
           (c >= 0x20D0 && c <= 0x20FF) || (c >= 0x3099 && c <= 0x309A);
}

void setWordFlags(std::u16string_view text, Atom& a) {
    size_t k = a.begin;
    const char32_t first = nextCodePoint(text, k);
    size_t back = a.end - 1;  // last code point of the atom
    if (back > a.begin && text[back] >= 0xDC00 && text[back] <= 0xDFFF) --back;
    const char32_t last = nextCodePoint(text, back);
    a.wordStartsAlnum = isAlnum(first);
    a.wordEndsAlnum = isAlnum(last);
    a.wordStartsDigit = isDigitChar(first);
    a.wordEndsDigit = isDigitChar(last);
}

std::vector<Atom> atomize(std::u16string_view text, const std::vector<std::uint8_t>& breaks,
                          bool stripLeadingIndent) {
    std::vector<Atom> atoms;
    atoms.reserve(text.size());
    size_t i = 0;
    bool atParagraphStart = true;
    while (i < text.size()) {
        const size_t start = i;
        const char32_t c = decodeNext(text, i);
        const CjkClass cls = unicode::classify(c);
        while (i < text.size()) {  // grapheme extenders
            size_t j = i;
            if (!isClusterExtender(decodeNext(text, j))) break;
            i = j;
        }
        Atom a;
        a.begin = static_cast<std::uint32_t>(start);
        a.kind = kindOf(cls);
        if (atParagraphStart && stripLeadingIndent &&
            (cls == CjkClass::Space || cls == CjkClass::IdSpace)) {
            a.leadingIndentSpace = true;
        } else {
            atParagraphStart = false;
        }
        if (cls == CjkClass::Dash && i < text.size()) {
            // Two dashes in a row are one 2-em 破折号 that is never split (R-TAIL-4, R-FONT-6).
            size_t j = i;
            if (unicode::classify(nextCodePoint(text, j)) == CjkClass::Dash) {
                i = j;
                a.kind = AtomKind::Dash2;
            }
        } else if (c == 0x2E3A) {
            a.kind = AtomKind::Dash2;
        } else if (cls == CjkClass::Ellipsis && i < text.size()) {
            size_t j = i;
            if (unicode::classify(nextCodePoint(text, j)) == CjkClass::Ellipsis) i = j;
        } else if (isWordChar(cls)) {
            // Extend the word while UAX #14 + the house table forbid a break.
            while (i < text.size() && !breaks[i]) {
                size_t j = i;
                const char32_t d = nextCodePoint(text, j);
                if (!isWordChar(unicode::classify(d)) && !isClusterExtender(d)) break;
                i = j;
            }
        }
        a.end = static_cast<std::uint32_t>(i);
        a.breakBefore = start > 0 && breaks[start];
        if (a.kind == AtomKind::Word) setWordFlags(text, a);
        atoms.push_back(a);
    }
    // R-ADJ-6: ？！ pairs from the left; a third mark starts a new pair.
    for (size_t k = 0; k + 1 < atoms.size(); ++k) {
        if (atoms[k].kind == AtomKind::Exq && atoms[k + 1].kind == AtomKind::Exq &&
            !atoms[k].exqPairFirst && !atoms[k].exqPairSecond) {
            atoms[k].exqPairFirst = true;
            atoms[k + 1].exqPairSecond = true;
            atoms[k + 1].breakBefore = false;
            ++k;
        }
    }
    return atoms;
}

}  // namespace bm::text
