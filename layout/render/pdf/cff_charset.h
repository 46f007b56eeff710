// SPDX-License-Identifier: MIT
#pragma once
// Reads the glyph → CID map of a bare CFF font (the charset of a CID-keyed CFF). A
// CIDFontType0C is addressed by CID, so the PDF writer needs each subset glyph's CID; reading it
// from the subset itself means we assume nothing about how the subsetter numbered glyphs.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "layout/base/result.h"

namespace bm::pdf {

struct CffCharset {
    bool cidKeyed = false;             ///< Top DICT has ROS
    std::vector<std::uint16_t> cidOf;  ///< by GID (CID-keyed fonts); cidOf[0] = 0
    std::uint32_t glyphCount = 0;
};

/// Parses header, Name/Top DICT INDEX, CharStrings count and charset. Errors describe the
/// malformation (never thrown; bounds are checked everywhere because the bytes are external).
Result<CffCharset> readCffCharset(const std::uint8_t* cff, size_t size);
inline Result<CffCharset> readCffCharset(const std::vector<std::uint8_t>& cff) {
    return readCffCharset(cff.data(), cff.size());
}

}  // namespace bm::pdf
