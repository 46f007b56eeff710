// SPDX-License-Identifier: MIT
#pragma once
// ByteBuffer: the append-only output of the PDF writer and of content streams. Numbers are
// formatted by hand (no iostreams, no locale, no per-call allocation) because a broadsheet
// page writes tens of thousands of coordinates and the result must be byte-identical on every
// machine.
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/base/units.h"

namespace bm::pdf {

class ByteBuffer {
public:
    ByteBuffer() = default;

    void reserve(size_t n) { m_bytes.reserve(n); }
    size_t size() const { return m_bytes.size(); }
    bool empty() const { return m_bytes.empty(); }
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::vector<std::uint8_t>& bytes() { return m_bytes; }
    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    std::vector<std::uint8_t> take() { return std::move(m_bytes); }
    void clear() { m_bytes.clear(); }

    ByteBuffer& put(std::string_view s) {
        m_bytes.insert(m_bytes.end(), s.begin(), s.end());
        return *this;
    }
    ByteBuffer& put(char c) {
        m_bytes.push_back(static_cast<std::uint8_t>(c));
        return *this;
    }
    ByteBuffer& putBytes(const std::uint8_t* p, size_t n) {
        m_bytes.insert(m_bytes.end(), p, p + n);
        return *this;
    }
    ByteBuffer& putBytes(const std::vector<std::uint8_t>& b) {
        return putBytes(b.data(), b.size());
    }

    /// Decimal integer.
    ByteBuffer& putInt(std::int64_t v);
    /// A fixed-point value with `decimals` implied digits, trailing zeros dropped:
    /// putFixed(123450, 3) → "123.45", putFixed(-500, 3) → "-0.5", putFixed(9000, 3) → "9".
    ByteBuffer& putFixed(std::int64_t v, int decimals);
    /// A length in milli-points written in points, exact: 123456 → "123.456".
    ByteBuffer& putPt(Length mpt) { return putFixed(mpt, 3); }
    /// A colour component or other 0..1 value, rounded to 1/1000.
    ByteBuffer& putUnit(float v);
    /// Four hex digits (a 2-byte CID in an Identity-H string, or a UTF-16 code unit).
    ByteBuffer& putHex4(std::uint32_t v);
    ByteBuffer& putHex2(std::uint32_t v);
    /// A PDF name object including the slash; bytes outside '!'..'~' and delimiters as #xx.
    ByteBuffer& putName(std::string_view name);
    /// A literal string "(…)" with \, ( and ) escaped; for ASCII text such as dates.
    ByteBuffer& putLiteral(std::string_view s);
    /// A text string: a literal if `utf8` is printable ASCII, otherwise UTF-16BE with BOM in
    /// hex, which is how PDF 1.3 stores Unicode text in the Info dictionary.
    ByteBuffer& putTextString(std::string_view utf8);

private:
    std::vector<std::uint8_t> m_bytes;
};

}  // namespace bm::pdf
