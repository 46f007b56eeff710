// SPDX-License-Identifier: MIT
#pragma once
// The ToUnicode CMap of a Type0 font: code → the UTF-16 text of the cluster the glyph starts.
// It is what makes CJK text in the PDF searchable and copyable (docs/pdf.md). A ligature maps
// to all its characters (the 2-em dash glyph → <2014 2014>); characters beyond the BMP are
// written as surrogate pairs, as the CMap format requires.
#include <cstdint>
#include <string_view>
#include <vector>

#include "layout/render/pdf/pdf_bytes.h"

namespace bm::pdf {

struct ToUnicodeEntry {
    std::uint16_t code = 0;
    std::u16string_view text;  ///< non-empty
};

/// Writes the CMap program (uncompressed) for entries sorted by code.
void writeToUnicodeCMap(const std::vector<ToUnicodeEntry>& entries, ByteBuffer& out);

}  // namespace bm::pdf
