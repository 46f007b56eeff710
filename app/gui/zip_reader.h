// SPDX-License-Identifier: MIT
#pragma once
// A minimal, bounds-checked reader of ZIP archives held in memory: the central directory, and
// entries that are stored or deflated (all a .docx uses). No ZIP64, encryption or spanning.
// Qt-free so that the importer can move to the engine and be fuzzed.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"

namespace bm::gui::zip {

struct Entry {
    std::string name;
    std::uint16_t method = 0;  ///< 0 stored, 8 deflated
    std::uint32_t compressedSize = 0;
    std::uint32_t size = 0;
    std::uint32_t localHeaderOffset = 0;
};

/// Largest entry we inflate: far above any document.xml, far below a zip bomb's payload.
constexpr std::uint32_t kMaxEntrySize = 256u << 20;

class Archive {
public:
    /// Reads the directory of `bytes` (which must outlive the archive). `label` names the
    /// file in errors.
    static Result<Archive> open(const std::vector<std::uint8_t>& bytes, const std::string& label);

    const std::vector<Entry>& entries() const { return m_entries; }
    bool contains(const std::string& name) const;
    /// The uncompressed bytes of entry `name`.
    Result<std::string> read(const std::string& name) const;

private:
    const std::vector<std::uint8_t>* m_bytes = nullptr;
    std::string m_label;
    std::vector<Entry> m_entries;
};

}  // namespace bm::gui::zip
