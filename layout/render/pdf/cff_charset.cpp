// SPDX-License-Identifier: MIT
#include "layout/render/pdf/cff_charset.h"

#include <string>

namespace bm::pdf {

namespace {

class Reader {
public:
    Reader(const std::uint8_t* b, size_t n) : m_b(b), m_n(n) {}
    bool has(size_t off, size_t n) const { return off <= m_n && n <= m_n - off; }
    std::uint32_t be(size_t off, int n) const {
        std::uint32_t v = 0;
        for (int i = 0; i < n; ++i) v = (v << 8) | m_b[off + static_cast<size_t>(i)];
        return v;
    }
    std::uint8_t operator[](size_t i) const { return m_b[i]; }
    const std::uint8_t* data() const { return m_b; }
    size_t size() const { return m_n; }

private:
    const std::uint8_t* m_b;
    size_t m_n;
};

struct Index {
    std::uint32_t count = 0;
    size_t dataStart = 0;  ///< offset of the first item minus 1 (CFF offsets are 1-based)
    size_t offsetsAt = 0;
    int offSize = 0;
    size_t end = 0;
};

bool readIndex(const Reader& r, size_t at, Index& idx) {
    if (!r.has(at, 2)) return false;
    idx.count = r.be(at, 2);
    if (idx.count == 0) {
        idx.end = at + 2;
        return true;
    }
    if (!r.has(at + 2, 1)) return false;
    idx.offSize = r[at + 2];
    if (idx.offSize < 1 || idx.offSize > 4) return false;
    idx.offsetsAt = at + 3;
    const size_t offBytes = static_cast<size_t>(idx.count + 1) * static_cast<size_t>(idx.offSize);
    if (!r.has(idx.offsetsAt, offBytes)) return false;
    idx.dataStart = idx.offsetsAt + offBytes - 1;
    idx.end = idx.dataStart +
              r.be(idx.offsetsAt + idx.count * static_cast<size_t>(idx.offSize), idx.offSize);
    return idx.end <= r.size();
}

bool itemRange(const Reader& r, const Index& idx, std::uint32_t i, size_t& a, size_t& b) {
    a = idx.dataStart + r.be(idx.offsetsAt + i * static_cast<size_t>(idx.offSize), idx.offSize);
    b = idx.dataStart +
        r.be(idx.offsetsAt + (i + 1) * static_cast<size_t>(idx.offSize), idx.offSize);
    return a >= idx.dataStart + 1 && a <= b && b <= r.size();
}

struct TopDict {
    bool ros = false;
    std::int64_t charset = 0;  ///< 0, 1, 2 are predefined (ISOAdobe, Expert, ExpertSubset)
    std::int64_t charStrings = -1;
};

bool parseTopDict(const std::uint8_t* d, size_t a, size_t b, TopDict& top) {
    std::int64_t operands[48];
    int n = 0;
    size_t i = a;
    while (i < b) {
        const int v = d[i];
        if (v <= 21) {  // operator
            int op = v;
            ++i;
            if (v == 12) {
                if (i >= b) return false;
                op = 1200 + d[i++];
            }
            if (op == 1230) top.ros = true;
            if (op == 15 && n >= 1) top.charset = operands[n - 1];
            if (op == 17 && n >= 1) top.charStrings = operands[n - 1];
            n = 0;
            continue;
        }
        std::int64_t value = 0;
        if (v == 28) {
            if (i + 3 > b) return false;
            value = static_cast<std::int16_t>((d[i + 1] << 8) | d[i + 2]);
            i += 3;
        } else if (v == 29) {
            if (i + 5 > b) return false;
            value = static_cast<std::int32_t>((std::uint32_t(d[i + 1]) << 24) |
                                              (std::uint32_t(d[i + 2]) << 16) |
                                              (std::uint32_t(d[i + 3]) << 8) | d[i + 4]);
            i += 5;
        } else if (v == 30) {  // real number: skip nibbles until the 0xf terminator
            ++i;
            while (i < b && (d[i] & 0x0F) != 0x0F && (d[i] >> 4) != 0x0F) ++i;
            ++i;
        } else if (v >= 32 && v <= 246) {
            value = v - 139;
            ++i;
        } else if (v >= 247 && v <= 250) {
            if (i + 2 > b) return false;
            value = (v - 247) * 256 + d[i + 1] + 108;
            i += 2;
        } else if (v >= 251 && v <= 254) {
            if (i + 2 > b) return false;
            value = -(v - 251) * 256 - d[i + 1] - 108;
            i += 2;
        } else {
            return false;  // 22..27, 31, 255 are reserved
        }
        if (n < 48) operands[n++] = value;
    }
    return true;
}

}  // namespace

Result<CffCharset> readCffCharset(const std::uint8_t* cff, size_t size) {
    const Reader r(cff, size);
    auto bad = [](const char* what) { return Error{std::string("malformed CFF: ") + what}; };
    if (!r.has(0, 4)) return bad("truncated header");
    Index names, tops;
    if (!readIndex(r, cff[2], names)) return bad("Name INDEX");
    if (!readIndex(r, names.end, tops) || tops.count < 1) return bad("Top DICT INDEX");
    size_t a = 0, b = 0;
    if (!itemRange(r, tops, 0, a, b)) return bad("Top DICT bounds");
    TopDict top;
    if (!parseTopDict(cff, a, b, top)) return bad("Top DICT");
    if (top.charStrings <= 0 || static_cast<size_t>(top.charStrings) >= size)
        return bad("CharStrings offset");
    Index cs;
    if (!readIndex(r, static_cast<size_t>(top.charStrings), cs) || cs.count == 0)
        return bad("CharStrings INDEX");

    CffCharset out;
    out.glyphCount = cs.count;
    out.cidKeyed = top.ros;
    if (!top.ros) return out;
    // A CID-keyed font always has a custom charset (the predefined ones are for names).
    if (top.charset <= 2 || static_cast<size_t>(top.charset) >= size) return bad("charset");
    out.cidOf.assign(cs.count, 0);
    size_t p = static_cast<size_t>(top.charset);
    const int format = cff[p++];
    std::uint32_t gid = 1;
    while (gid < cs.count) {
        if (format == 0) {
            if (!r.has(p, 2)) return bad("charset format 0");
            out.cidOf[gid++] = static_cast<std::uint16_t>(r.be(p, 2));
            p += 2;
        } else if (format == 1 || format == 2) {
            const int nLeftSize = format == 1 ? 1 : 2;
            if (!r.has(p, 2 + static_cast<size_t>(nLeftSize))) return bad("charset range");
            const std::uint32_t first = r.be(p, 2);
            const std::uint32_t nLeft = r.be(p + 2, nLeftSize);
            p += 2 + static_cast<size_t>(nLeftSize);
            for (std::uint32_t k = 0; k <= nLeft && gid < cs.count; ++k)
                out.cidOf[gid++] = static_cast<std::uint16_t>(first + k);
        } else {
            return bad("unknown charset format");
        }
    }
    return out;
}

}  // namespace bm::pdf
