// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_object_writer.h"

#include <limits>
#include <string>

#include "layout/render/pdf/pdf_hash.h"

namespace bm::pdf {

namespace {
constexpr std::uint64_t kUnwritten = std::numeric_limits<std::uint64_t>::max();
}

ObjectWriter::ObjectWriter(std::string_view version) {
    m_out.reserve(1 << 20);
    m_out.put("%PDF-").put(version).put('\n');
    // Four bytes above 127, as ISO 32000 7.5.2 recommends for files with binary data.
    const std::uint8_t binary[] = {'%', 0xE2, 0xE3, 0xCF, 0xD3, '\n'};
    m_out.putBytes(binary, sizeof binary);
}

Ref ObjectWriter::alloc() {
    m_offsets.push_back(kUnwritten);
    return Ref{static_cast<std::uint32_t>(m_offsets.size())};
}

ObjectWriter::Object::Object(ObjectWriter& w, Ref r) : m_w(w) {
    if (r.num >= 1 && r.num <= w.m_offsets.size()) w.m_offsets[r.num - 1] = w.m_out.size();
    w.m_out.putInt(r.num).put(" 0 obj\n");
}

ObjectWriter::Object::~Object() { m_w.m_out.put("\nendobj\n"); }

Result<std::vector<std::uint8_t>> ObjectWriter::finish(Ref root, Ref info) {
    for (size_t i = 0; i < m_offsets.size(); ++i) {
        if (m_offsets[i] == kUnwritten)
            return Error{"internal error in the PDF writer: object " + std::to_string(i + 1) +
                         " was allocated but never written"};
    }
    Hash128 h;
    h.update(m_out.data(), m_out.size());
    const auto id = h.digest();

    const std::uint64_t xrefOffset = m_out.size();
    m_out.put("xref\n0 ").putInt(static_cast<std::int64_t>(m_offsets.size() + 1)).put('\n');
    // Each entry is exactly 20 bytes: 10-digit offset, generation, type and a 2-byte EOL.
    m_out.put("0000000000 65535 f\r\n");
    char entry[20];
    for (std::uint64_t off : m_offsets) {
        std::uint64_t v = off;
        for (int i = 9; i >= 0; --i) {
            entry[i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        std::string_view tail = " 00000 n\r\n";
        for (size_t i = 0; i < tail.size(); ++i) entry[10 + i] = tail[i];
        m_out.put(std::string_view(entry, sizeof entry));
    }
    m_out.put("trailer\n");
    {
        Dict d(m_out);
        d.integer("Size", static_cast<std::int64_t>(m_offsets.size() + 1));
        d.ref("Root", root);
        if (info.valid()) d.ref("Info", info);
        ByteBuffer& b = d.key("ID");
        for (int k = 0; k < 2; ++k) {
            b.put(k == 0 ? "[<" : "<");
            for (std::uint8_t byte : id) b.putHex2(byte);
            b.put(k == 0 ? ">" : ">]");
        }
    }
    m_out.put("\nstartxref\n").putInt(static_cast<std::int64_t>(xrefOffset)).put("\n%%EOF\n");
    return m_out.take();
}

}  // namespace bm::pdf
