// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_bytes.h"

#include <charconv>
#include <cmath>
#include <string>

#include "layout/base/utf.h"

namespace bm::pdf {

namespace {
constexpr char kHex[] = "0123456789ABCDEF";
constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
}  // namespace

ByteBuffer& ByteBuffer::putInt(std::int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    return putBytes(reinterpret_cast<const std::uint8_t*>(buf), static_cast<size_t>(r.ptr - buf));
}

ByteBuffer& ByteBuffer::putFixed(std::int64_t v, int decimals) {
    // Integer arithmetic only, so the text is exact and independent of the C library.
    if (decimals <= 0) return putInt(v);
    const std::int64_t scale = kPow10[decimals];
    // Unsigned magnitude avoids overflow on INT64_MIN (never a real length, but cheap to handle).
    std::uint64_t a = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::uint64_t whole = a / static_cast<std::uint64_t>(scale);
    std::uint64_t frac = a % static_cast<std::uint64_t>(scale);
    char buf[32];
    char* p = buf;
    if (v < 0) *p++ = '-';
    p = std::to_chars(p, buf + sizeof buf, whole).ptr;
    if (frac != 0) {
        int digits = decimals;
        while (frac % 10 == 0) {
            frac /= 10;
            --digits;
        }
        *p++ = '.';
        char* end = p + digits;
        for (char* q = end; q != p;) {
            *--q = static_cast<char>('0' + frac % 10);
            frac /= 10;
        }
        p = end;
    }
    return putBytes(reinterpret_cast<const std::uint8_t*>(buf), static_cast<size_t>(p - buf));
}

ByteBuffer& ByteBuffer::putUnit(float v) {
    if (!(v > 0.0f)) v = 0.0f;  // also maps NaN to 0
    if (v > 1.0f) v = 1.0f;
    return putFixed(std::lround(static_cast<double>(v) * 1000.0), 3);
}

ByteBuffer& ByteBuffer::putHex4(std::uint32_t v) {
    const std::uint8_t b[4] = {static_cast<std::uint8_t>(kHex[(v >> 12) & 15]),
                               static_cast<std::uint8_t>(kHex[(v >> 8) & 15]),
                               static_cast<std::uint8_t>(kHex[(v >> 4) & 15]),
                               static_cast<std::uint8_t>(kHex[v & 15])};
    return putBytes(b, 4);
}

ByteBuffer& ByteBuffer::putHex2(std::uint32_t v) {
    put(kHex[(v >> 4) & 15]);
    return put(kHex[v & 15]);
}

ByteBuffer& ByteBuffer::putName(std::string_view name) {
    put('/');
    for (unsigned char c : name) {
        const bool delim = c == '#' || c == '/' || c == '(' || c == ')' || c == '<' || c == '>' ||
                           c == '[' || c == ']' || c == '{' || c == '}' || c == '%';
        if (c < '!' || c > '~' || delim) {
            put('#');
            putHex2(c);
        } else {
            put(static_cast<char>(c));
        }
    }
    return *this;
}

ByteBuffer& ByteBuffer::putLiteral(std::string_view s) {
    put('(');
    for (char c : s) {
        if (c == '\\' || c == '(' || c == ')') put('\\');
        put(c);
    }
    return put(')');
}

ByteBuffer& ByteBuffer::putTextString(std::string_view utf8) {
    bool ascii = true;
    for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
    if (ascii) return putLiteral(utf8);
    // Invalid UTF-8 (should not reach here: titles come from validated input) degrades to an
    // empty string rather than a malformed PDF string.
    const std::u16string u16 = utf8ToUtf16(utf8).value_or(std::u16string());
    put("<FEFF");
    for (char16_t u : u16) putHex4(u);
    return put('>');
}

}  // namespace bm::pdf
