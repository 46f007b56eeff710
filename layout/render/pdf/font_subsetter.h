// SPDX-License-Identifier: MIT
#pragma once
// Subsets one face with hb-subset into the font program a PDF 1.3 CIDFont embeds:
//   CFF faces (Noto CJK)  → the bare 'CFF ' table, for CIDFontType0 + FontFile3/CIDFontType0C;
//   TrueType faces (UKai) → a minimal sfnt (glyf, loca, head, hhea, hmtx, maxp + hinting
//                           tables), for CIDFontType2 + FontFile2 + /CIDToGIDMap /Identity.
//
// Spike result (HarfBuzz 6.0, Noto Serif CJK SC = face 2 of NotoSerifCJK-Regular.ttc, CID-keyed,
// ROS Adobe-Identity-0; 1,500 glyphs unless noted; sizes before Flate):
//   RETAIN_GIDS   CFF keeps CID == GID for every glyph, charset format 2, FDSelect 212 ranges,
//                 63,164 charstrings (61,660 of them empty): 824 KB, 49 ms; for a 50-glyph ad
//                 261 KB and 20 ms. UKai (TrueType) 50 glyphs: 137 KB.
//   no RETAIN     CFF 1,504 glyphs, charset format 0 whose entries are the *original* CIDs
//                 (checked for every glyph against the plan's old→new map), FDSelect 7 ranges:
//                 578 KB, 37 ms; 50 glyphs: 7 KB, 9 ms. UKai 50 glyphs: 10 KB.
// RETAIN_GIDS costs ~250 KB and ~11 ms per CFF face and ~125 KB per TrueType face for empty
// glyph slots, so we do not use it:
//   CFF: the content stream writes the glyph's CID, which for Noto CJK is still the original
//        GID: in a CIDFontType0C the CFF charset (not the glyph order) maps CID → glyph
//        (ISO 32000 9.7.4.2), and hb-subset keeps each glyph's original CID in the charset.
//        This is the shape of any Acrobat-made Adobe-GB1 subset, where CID ≠ GID too. The CIDs
//        come from the source font's charset and every subset is checked against its own
//        charset (cff_charset.h), so nothing rests on the subsetter's numbering. Verified with
//        pdffonts, pdftotext and pdftoppm (tests/unit/pdf).
//   TrueType: there is no charset, CID = GID through /CIDToGIDMap /Identity, so the content
//        stream writes the *new* GID from the subset plan's old→new map.
// DESUBROUTINIZE is set: for Noto CJK it made the subset both faster (37 vs 67 ms) and smaller
// (578 vs 597 KB), since only a few of the face's many subroutines are shared by the glyphs used.
#include <cstdint>
#include <memory>
#include <vector>

#include "layout/base/result.h"

namespace bm::fonts {
class Face;
}

namespace bm::pdf {

enum class FontProgram { Cff, TrueType };

struct SubsetFont {
    FontProgram program = FontProgram::Cff;
    std::vector<std::uint8_t> bytes;  ///< bare CFF table or a TrueType sfnt
    /// The code the content stream writes for an original glyph id (index = original GID,
    /// size = the face's glyph count; 0 for glyphs not in the subset). CID-keyed CFF: the
    /// glyph's CID (for Noto CJK its original GID). TrueType and name-keyed CFF: the new GID.
    std::vector<std::uint16_t> codeForGlyph;
};

/// Subsetting in two steps, so that pages can be written while hb-subset runs:
///   prepareSubset — cheap, on the caller's thread: decides every glyph's code (from the
///                   source CFF charset, or from the hb-subset plan's old→new map);
///   SubsetJob::run — expensive, on any thread: builds the font program and checks that the
///                   subset's charset gives the codes promised in step 1.
class SubsetJob {
public:
    ~SubsetJob();
    SubsetJob(const SubsetJob&) = delete;
    SubsetJob& operator=(const SubsetJob&) = delete;

    FontProgram program() const { return m_result.program; }
    const std::vector<std::uint16_t>& codeForGlyph() const { return m_result.codeForGlyph; }
    /// Runs hb-subset. Call once; afterwards result() holds the font program.
    Status run();
    SubsetFont& result() { return m_result; }

private:
    friend Result<std::unique_ptr<SubsetJob>> prepareSubset(const fonts::Face&,
                                                            const std::vector<std::uint32_t>&);
    SubsetJob() = default;
    struct Hb;
    const fonts::Face* m_face = nullptr;
    std::vector<std::uint32_t> m_glyphs;
    std::unique_ptr<Hb> m_hb;
    SubsetFont m_result;
};

/// `glyphs` are original glyph ids of `face` (sorted or not, duplicates allowed). GID 0 is
/// always kept. The error names the font.
Result<std::unique_ptr<SubsetJob>> prepareSubset(const fonts::Face& face,
                                                 const std::vector<std::uint32_t>& glyphs);

/// Both steps at once.
Result<SubsetFont> subsetFace(const fonts::Face& face, const std::vector<std::uint32_t>& glyphs);

}  // namespace bm::pdf
