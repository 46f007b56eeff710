// SPDX-License-Identifier: MIT
#pragma once
// Layer 1 of the PDF writer: numbered objects, dictionary/array builders that close on scope
// exit, streams (optionally Flate-compressed), the xref table and the trailer. It validates
// nothing beyond "every allocated object was written": the layers above own the semantics.
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/pdf/pdf_bytes.h"
#include "layout/render/pdf/pdf_deflate.h"

namespace bm::pdf {

struct Ref {
    std::uint32_t num = 0;  ///< 0 = none
    bool valid() const { return num != 0; }
    bool operator==(const Ref&) const = default;
};

inline ByteBuffer& putRef(ByteBuffer& b, Ref r) { return b.putInt(r.num).put(" 0 R"); }

/// "<< … >>": writes "<<" now and ">>" when it goes out of scope.
class Dict {
public:
    explicit Dict(ByteBuffer& out) : m_out(out) { m_out.put("<<"); }
    ~Dict() { m_out.put(">>"); }
    Dict(const Dict&) = delete;
    Dict& operator=(const Dict&) = delete;

    /// Writes the key; the caller writes the value into the returned buffer.
    ByteBuffer& key(std::string_view k) {
        m_out.put('\n').putName(k).put(' ');
        return m_out;
    }
    Dict& name(std::string_view k, std::string_view v) {
        key(k).putName(v);
        return *this;
    }
    Dict& integer(std::string_view k, std::int64_t v) {
        key(k).putInt(v);
        return *this;
    }
    Dict& ref(std::string_view k, Ref r) {
        putRef(key(k), r);
        return *this;
    }
    Dict& boolean(std::string_view k, bool v) {
        key(k).put(v ? "true" : "false");
        return *this;
    }
    Dict& raw(std::string_view k, std::string_view v) {
        key(k).put(v);
        return *this;
    }
    Dict& text(std::string_view k, std::string_view utf8) {
        key(k).putTextString(utf8);
        return *this;
    }

private:
    ByteBuffer& m_out;
};

/// "[ … ]": writes "[" now and "]" when it goes out of scope.
class Array {
public:
    explicit Array(ByteBuffer& out) : m_out(out) { m_out.put('['); }
    ~Array() { m_out.put(']'); }
    Array(const Array&) = delete;
    Array& operator=(const Array&) = delete;
    /// Separates items with a space; the caller writes the item into the returned buffer.
    ByteBuffer& item() {
        if (m_count++ > 0) m_out.put(' ');
        return m_out;
    }

private:
    ByteBuffer& m_out;
    size_t m_count = 0;
};

enum class StreamFilter { None, Flate, Dct /* data already JPEG: written as is */ };

class ObjectWriter {
public:
    /// Writes the header: "%PDF-<version>" and a binary comment line, so transfer tools
    /// treat the file as binary.
    explicit ObjectWriter(std::string_view version);

    Ref alloc();
    ByteBuffer& out() { return m_out; }

    /// "n 0 obj … endobj" around whatever the scope writes.
    class Object {
    public:
        Object(ObjectWriter& w, Ref r);
        ~Object();
        Object(const Object&) = delete;
        Object& operator=(const Object&) = delete;
        ByteBuffer& out() { return m_w.m_out; }

    private:
        ObjectWriter& m_w;
    };
    Object object(Ref r) { return Object(*this, r); }

    /// A stream object. `extra(Dict&)` adds entries besides /Length and /Filter. Returns false
    /// when compression failed (out of memory).
    template <typename ExtraFn>
    bool stream(Ref r, const std::uint8_t* data, size_t n, StreamFilter filter, ExtraFn&& extra,
                FlateLevel level = FlateLevel::Default) {
        if (filter == StreamFilter::Flate) {
            if (!deflateBytes(data, n, level, m_packed)) return false;
            data = m_packed.data();
            n = m_packed.size();
        }
        writeStream(r, data, n, filter, extra);
        return true;
    }
    /// A stream of data already compressed by deflateBytes (pages are compressed on every core):
    /// the same bytes as stream(r, data, Flate) of the uncompressed data.
    void flateStream(Ref r, const std::vector<std::uint8_t>& packed) {
        writeStream(r, packed.data(), packed.size(), StreamFilter::Flate, [](Dict&) {});
    }
    bool stream(Ref r, const std::vector<std::uint8_t>& data, StreamFilter filter,
                FlateLevel level = FlateLevel::Default) {
        return stream(
            r, data.data(), data.size(), filter, [](Dict&) {}, level);
    }

    /// Writes xref and trailer (/Size /Root /Info /ID) and returns the file. /ID is a hash of
    /// everything written before the xref, so equal input gives equal bytes. Fails if an
    /// allocated object was never written (a bug in the caller, reported rather than thrown).
    Result<std::vector<std::uint8_t>> finish(Ref root, Ref info);

private:
    /// "n 0 obj << extra /Length n /Filter … >> stream … endstream endobj" of `data` as it is.
    template <typename ExtraFn>
    void writeStream(Ref r, const std::uint8_t* data, size_t n, StreamFilter filter,
                     ExtraFn&& extra) {
        Object obj(*this, r);
        {
            Dict d(m_out);
            extra(d);
            d.integer("Length", static_cast<std::int64_t>(n));
            if (filter == StreamFilter::Flate) d.name("Filter", "FlateDecode");
            if (filter == StreamFilter::Dct) d.name("Filter", "DCTDecode");
        }
        m_out.put("\nstream\n").putBytes(data, n).put("\nendstream");
    }

    ByteBuffer m_out;
    std::vector<std::uint8_t> m_packed;    ///< compression scratch, reused by every stream
    std::vector<std::uint64_t> m_offsets;  ///< by object number - 1; UINT64_MAX = not written
};

}  // namespace bm::pdf
