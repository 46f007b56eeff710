// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_fonts.h"

#include <hb-ot.h>
#include <hb.h>

#include <algorithm>
#include <utility>

#include "layout/render/pdf/pdf_hash.h"
#include "layout/render/pdf/pdf_tounicode.h"

namespace bm::pdf {

namespace {

constexpr int kDefaultWidth = 1000;  // CJK glyphs are one em wide; /W lists only the others

struct Metrics {
    std::int64_t bbox[4] = {0, -120, 1000, 880};
    std::int64_t ascent = 880;
    std::int64_t descent = -120;
    std::int64_t capHeight = 700;
};

// All in 1/1000 em (glyph space), as the FontDescriptor wants.
Metrics fontMetrics(const fonts::Face& face) {
    const int upem = face.unitsPerEm();
    auto em = [upem](std::int64_t fu) { return toLength(fu, 1000, upem); };
    Metrics m;
    m.ascent = em(face.ascender());
    m.descent = em(face.descender());
    m.capHeight = m.ascent;
    hb_blob_t* head = hb_face_reference_table(face.hbFace(), HB_TAG('h', 'e', 'a', 'd'));
    unsigned len = 0;
    const auto* d = reinterpret_cast<const std::uint8_t*>(hb_blob_get_data(head, &len));
    if (d && len >= 44) {  // xMin, yMin, xMax, yMax at offset 36
        for (int i = 0; i < 4; ++i)
            m.bbox[i] = em(static_cast<std::int16_t>((d[36 + 2 * i] << 8) | d[37 + 2 * i]));
    }
    hb_blob_destroy(head);
    hb_position_t cap = 0;
    if (hb_ot_metrics_get_position(face.hbFont(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0)
        m.capHeight = em(cap);
    return m;
}

void writeWidths(Dict& cidFont, const FontUsage& usage) {
    std::vector<std::pair<std::uint16_t, int>> widths;
    widths.reserve(usage.glyphs().size());
    for (std::uint32_t g : usage.glyphs())
        if (usage.width(g) != kDefaultWidth) widths.emplace_back(usage.code(g), usage.width(g));
    std::sort(widths.begin(), widths.end());
    cidFont.integer("DW", kDefaultWidth);
    if (widths.empty()) return;
    ByteBuffer& b = cidFont.key("W");
    b.put('[');
    // "c [w1 w2 …]" per run of consecutive codes.
    for (size_t i = 0; i < widths.size();) {
        size_t j = i + 1;
        while (j < widths.size() && widths[j].first == widths[j - 1].first + 1) ++j;
        b.putInt(widths[i].first).put(" [");
        for (size_t k = i; k < j; ++k) {
            if (k > i) b.put(' ');
            b.putInt(widths[k].second);
        }
        b.put("]\n");
        i = j;
    }
    b.put(']');
}

}  // namespace

std::string subsetTag(const FontUsage& usage) {
    Hash128 h;
    h.update(usage.face().postscriptName());
    for (std::uint32_t g : usage.glyphs()) h.updateU32(g);
    const auto d = h.digest();
    std::string tag(6, 'A');
    for (int i = 0; i < 6; ++i) tag[static_cast<size_t>(i)] = static_cast<char>('A' + d[i] % 26);
    return tag;
}

Status writeFont(ObjectWriter& w, Ref type0, const FontUsage& usage) {
    const fonts::Face& face = usage.face();
    const SubsetFont& subset = usage.subset();
    const bool cff = subset.program == FontProgram::Cff;
    const std::string baseName = subsetTag(usage) + "+" + face.postscriptName();

    const Ref cidFont = w.alloc();
    const Ref descriptor = w.alloc();
    const Ref fontFile = w.alloc();
    const Ref toUnicode = w.alloc();

    {
        auto obj = w.object(type0);
        Dict d(obj.out());
        d.name("Type", "Font").name("Subtype", "Type0");
        // ISO 32000 9.7.6.1: for a CIDFontType0 descendant the Type0 BaseFont is the CIDFont's
        // name plus "-" plus the CMap name; for CIDFontType2 it is the CIDFont's name.
        d.name("BaseFont", cff ? baseName + "-Identity-H" : baseName);
        d.name("Encoding", "Identity-H");
        ByteBuffer& b = d.key("DescendantFonts");
        b.put('[');
        putRef(b, cidFont).put(']');
        d.ref("ToUnicode", toUnicode);
    }
    {
        auto obj = w.object(cidFont);
        Dict d(obj.out());
        d.name("Type", "Font").name("Subtype", cff ? "CIDFontType0" : "CIDFontType2");
        d.name("BaseFont", baseName);
        d.raw("CIDSystemInfo", "<</Registry (Adobe) /Ordering (Identity) /Supplement 0>>");
        d.ref("FontDescriptor", descriptor);
        writeWidths(d, usage);
        if (!cff) d.name("CIDToGIDMap", "Identity");
    }
    {
        const Metrics m = fontMetrics(face);
        auto obj = w.object(descriptor);
        Dict d(obj.out());
        d.name("Type", "FontDescriptor").name("FontName", baseName);
        // Symbolic: the glyphs are outside the standard Latin set (ISO 32000 9.8.2).
        d.integer("Flags", 4);
        ByteBuffer& b = d.key("FontBBox");
        b.put('[');
        for (int i = 0; i < 4; ++i) (i ? b.put(' ') : b).putInt(m.bbox[i]);
        b.put(']');
        d.integer("ItalicAngle", 0).integer("Ascent", m.ascent).integer("Descent", m.descent);
        d.integer("CapHeight", m.capHeight);
        // StemV is required but only used to synthesise substitutes; fonts here are always
        // embedded, so a typical regular-weight value is enough.
        d.integer("StemV", 80);
        d.ref(cff ? "FontFile3" : "FontFile2", fontFile);
    }
    // Flate buys little on font programs and costs as much time as subsetting: on a 1,500-glyph
    // Noto CJK subset it saved 18 % (CFF charstrings are already compact) for ~30 ms; on UKai's
    // TrueType glyf data it saves ~32 %. So CFF is stored as is and TrueType is compressed fast.
    const bool ok = w.stream(
        fontFile, subset.bytes.data(), subset.bytes.size(),
        cff ? StreamFilter::None : StreamFilter::Flate,
        [&](Dict& d) {
            if (cff)
                d.name("Subtype", "CIDFontType0C");
            else
                d.integer("Length1", static_cast<std::int64_t>(subset.bytes.size()));
        },
        FlateLevel::Fast);
    if (!ok) return Error{"out of memory while compressing font '" + face.postscriptName() + "'"};

    std::vector<ToUnicodeEntry> entries;
    entries.reserve(usage.glyphs().size());
    for (std::uint32_t g : usage.glyphs()) {
        const std::u16string_view t = usage.text(g);
        if (!t.empty()) entries.push_back({usage.code(g), t});
    }
    std::sort(entries.begin(), entries.end(),
              [](const ToUnicodeEntry& a, const ToUnicodeEntry& b) { return a.code < b.code; });
    ByteBuffer cmap;
    writeToUnicodeCMap(entries, cmap);
    if (!w.stream(toUnicode, cmap.bytes(), StreamFilter::Flate))
        return Error{"out of memory while compressing a ToUnicode CMap"};
    return Ok{};
}

}  // namespace bm::pdf
