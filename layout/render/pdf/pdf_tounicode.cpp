// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_tounicode.h"

#include <algorithm>

namespace bm::pdf {

void writeToUnicodeCMap(const std::vector<ToUnicodeEntry>& entries, ByteBuffer& out) {
    out.put(
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    // bfchar blocks hold at most 100 entries (PDF/PostScript CMap limit).
    for (size_t i = 0; i < entries.size(); i += 100) {
        const size_t n = std::min<size_t>(100, entries.size() - i);
        out.putInt(static_cast<std::int64_t>(n)).put(" beginbfchar\n");
        for (size_t k = i; k < i + n; ++k) {
            out.put('<').putHex4(entries[k].code).put("> <");
            // The text is already UTF-16, so surrogate pairs come out as two code units.
            for (char16_t u : entries[k].text) out.putHex4(u);
            out.put(">\n");
        }
        out.put("endbfchar\n");
    }
    out.put("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
}

}  // namespace bm::pdf
