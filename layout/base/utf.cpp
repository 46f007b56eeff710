// SPDX-License-Identifier: MIT
#include "layout/base/utf.h"

namespace bm {

std::optional<std::u16string> utf8ToUtf16(std::string_view in, size_t* badOffset) {
    std::u16string out;
    out.reserve(in.size());
    size_t i = 0;
    const auto fail = [&](size_t at) -> std::optional<std::u16string> {
        if (badOffset) *badOffset = at;
        return std::nullopt;
    };
    while (i < in.size()) {
        const auto b0 = static_cast<unsigned char>(in[i]);
        char32_t cp;
        size_t len;
        if (b0 < 0x80) {
            cp = b0;
            len = 1;
        } else if ((b0 & 0xE0) == 0xC0) {
            cp = b0 & 0x1F;
            len = 2;
        } else if ((b0 & 0xF0) == 0xE0) {
            cp = b0 & 0x0F;
            len = 3;
        } else if ((b0 & 0xF8) == 0xF0) {
            cp = b0 & 0x07;
            len = 4;
        } else {
            return fail(i);
        }
        if (i + len > in.size()) return fail(i);
        for (size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(in[i + k]);
            if ((b & 0xC0) != 0x80) return fail(i);
            cp = (cp << 6) | (b & 0x3F);
        }
        // Reject overlong forms, surrogates and out-of-range values.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
            out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(static_cast<char16_t>(cp));
        }
        i += len;
    }
    return out;
}

char32_t nextCodePoint(std::u16string_view s, size_t& i) {
    char32_t c = s[i++];
    if (c >= 0xD800 && c <= 0xDBFF && i < s.size() && s[i] >= 0xDC00 && s[i] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i] - 0xDC00);
        ++i;
    }
    return c;
}

std::string utf16ToUtf8(std::u16string_view in) {
    std::string out;
    out.reserve(in.size() * 3);
    size_t i = 0;
    while (i < in.size()) {
        char32_t c = nextCodePoint(in, i);
        if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // lone surrogate
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

size_t countChars(std::u16string_view s) {
    size_t n = 0, i = 0;
    while (i < s.size()) {
        const char32_t c = nextCodePoint(s, i);
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r' && c != 0x3000 && c != 0xA0) ++n;
    }
    return n;
}

}  // namespace bm
