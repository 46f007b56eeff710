// SPDX-License-Identifier: MIT
#pragma once
// Itemise: which face and which script each atom of a paragraph is shaped with. The face is the
// first of its chain that covers the atom; the script is the atom's own (ideographs and marks as
// Han, R-FONT-1; a Latin, Greek, Arabic or Devanagari word as its script, so HarfBuzz applies
// that script's shaping). Spaces follow the atom before them so that runs stay long.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/text/atoms.h"
#include "layout/text/measure.h"

namespace bm::text {

struct FontSpan;

/// The faces a paragraph uses, each once per look; AtomGlyph::face indexes `ids`, `faces` and
/// `styles`.
struct FaceTable {
    const fonts::FontRegistry& registry;
    std::vector<fonts::FaceId> ids;
    std::vector<const fonts::Face*> faces;
    std::vector<GlyphStyle> styles;

    std::uint16_t indexOf(fonts::FaceId id, const GlyphStyle& style = {});
    std::vector<std::uint16_t> indicesOf(const std::vector<fonts::FaceId>& chain,
                                         const GlyphStyle& style = {});
    /// The size glyphs of entry f are set at, for a paragraph set at `size`.
    Length sizeOf(std::uint16_t f, Length size) const;
};

struct Itemization {
    std::vector<std::uint16_t> face;    ///< per atom: index into the FaceTable
    std::vector<std::uint32_t> script;  ///< per atom: hb_script_t (an ISO 15924 tag)
    std::vector<std::string> missing;   ///< characters no face of the chain has
};

Itemization itemize(std::u16string_view text, const std::vector<Atom>& atoms, FaceTable& faces,
                    const std::vector<fonts::FaceId>& chain, const std::vector<FontSpan>& spans);

/// Whether a script is written right to left (its words are shaped one atom at a time).
bool isRightToLeft(std::uint32_t script);

}  // namespace bm::text
