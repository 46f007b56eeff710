// SPDX-License-Identifier: MIT
#include "gui/zip_reader.h"

#include <zlib.h>

#include <algorithm>

namespace bm::gui::zip {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;
constexpr std::uint32_t kLocalHeader = 0x04034b50;

std::uint16_t u16(const std::vector<std::uint8_t>& b, size_t at) {
    return static_cast<std::uint16_t>(b[at] | (b[at + 1] << 8));
}

std::uint32_t u32(const std::vector<std::uint8_t>& b, size_t at) {
    return static_cast<std::uint32_t>(b[at]) | (static_cast<std::uint32_t>(b[at + 1]) << 8) |
           (static_cast<std::uint32_t>(b[at + 2]) << 16) |
           (static_cast<std::uint32_t>(b[at + 3]) << 24);
}

Result<std::string> inflateRaw(const std::uint8_t* data, size_t size, std::uint32_t expected,
                               const std::string& where) {
    std::string out(expected, '\0');
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return Error{where + ": cannot start inflate"};
    zs.next_in = const_cast<Bytef*>(data);
    zs.avail_in = static_cast<uInt>(size);
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    const size_t produced = out.size() - zs.avail_out;
    inflateEnd(&zs);
    if (rc != Z_STREAM_END || produced != expected) return Error{where + ": corrupt deflate data"};
    return out;
}

}  // namespace

Result<Archive> Archive::open(const std::vector<std::uint8_t>& b, const std::string& label) {
    if (b.size() < 22) return Error{label + ": not a ZIP archive (too short)"};
    // The end-of-directory record is in the last 22 + 65535 (comment) bytes.
    size_t eocd = std::string::npos;
    const size_t lowest = b.size() > 22 + 65535 ? b.size() - 22 - 65535 : 0;
    for (size_t i = b.size() - 22 + 1; i-- > lowest;) {
        if (u32(b, i) == kEndOfDirectory) {
            eocd = i;
            break;
        }
    }
    if (eocd == std::string::npos) return Error{label + ": not a ZIP archive (no directory)"};
    const std::uint16_t count = u16(b, eocd + 10);
    const std::uint32_t dirSize = u32(b, eocd + 12);
    const std::uint32_t dirOffset = u32(b, eocd + 16);
    if (dirOffset == 0xFFFFFFFFu || count == 0xFFFF)
        return Error{label + ": ZIP64 archives are not supported"};
    if (static_cast<size_t>(dirOffset) + dirSize > eocd)
        return Error{label + ": corrupt ZIP directory"};

    Archive a;
    a.m_bytes = &b;
    a.m_label = label;
    size_t at = dirOffset;
    for (std::uint16_t i = 0; i < count; ++i) {
        if (at + 46 > eocd || u32(b, at) != kDirectoryEntry)
            return Error{label + ": corrupt ZIP directory entry " + std::to_string(i)};
        Entry e;
        const std::uint16_t flags = u16(b, at + 8);
        e.method = u16(b, at + 10);
        e.compressedSize = u32(b, at + 20);
        e.size = u32(b, at + 24);
        const std::uint16_t nameLen = u16(b, at + 28);
        const std::uint16_t extraLen = u16(b, at + 30);
        const std::uint16_t commentLen = u16(b, at + 32);
        e.localHeaderOffset = u32(b, at + 42);
        if (at + 46 + nameLen > eocd)
            return Error{label + ": corrupt ZIP directory entry " + std::to_string(i)};
        e.name.assign(reinterpret_cast<const char*>(&b[at + 46]), nameLen);
        if (flags & 1) return Error{label + ": encrypted ZIP entries are not supported"};
        a.m_entries.push_back(std::move(e));
        at += 46 + nameLen + extraLen + commentLen;
    }
    return a;
}

bool Archive::contains(const std::string& name) const {
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.name == name; });
}

Result<std::string> Archive::read(const std::string& name) const {
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry& e) { return e.name == name; });
    const std::string where = m_label + ": " + name;
    if (it == m_entries.end()) return Error{where + ": missing from the archive"};
    const std::vector<std::uint8_t>& b = *m_bytes;
    const size_t h = it->localHeaderOffset;
    if (h + 30 > b.size() || u32(b, h) != kLocalHeader) return Error{where + ": corrupt header"};
    const size_t data = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    if (data > b.size() || it->compressedSize > b.size() - data)
        return Error{where + ": truncated entry"};
    if (it->size > kMaxEntrySize) return Error{where + ": entry too large"};
    if (it->method == 0) {
        if (it->compressedSize != it->size) return Error{where + ": corrupt stored entry"};
        return std::string(reinterpret_cast<const char*>(&b[data]), it->size);
    }
    if (it->method == 8) return inflateRaw(&b[data], it->compressedSize, it->size, where);
    return Error{where + ": unsupported compression method " + std::to_string(it->method)};
}

}  // namespace bm::gui::zip
