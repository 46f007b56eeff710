// SPDX-License-Identifier: MIT
#pragma once
// Measure: atoms → lengths. The only stage that applies the font size, the punctuation style
// (§4.1), adjacent-pair compression (§4.2), line-edge trim amounts (§4.3), autospace glue (§7)
// and tracking. Its output is numbers only; the breaker and the justifier never see a font.
#include <cstdint>
#include <string>
#include <vector>

#include "fonts/face.h"
#include "layout/base/units.h"
#include "layout/text/atoms.h"
#include "layout/text/options.h"

namespace bm::text {

/// Shrink/stretch priority levels of §6.1 (P) and §6.2 (E).
enum class ShrinkLevel : std::uint8_t {
    None = 0,
    Space = 2,
    Bracket = 4,
    Comma = 5,
    Autospace = 6,
    Stop = 7
};

/// How a stretch of a paragraph's glyphs differs from the paragraph's type (v2 character
/// attributes): size, baseline shift (superscript, subscript), tint and 着重号. The default is
/// the paragraph's own type. Part of a face entry, so glyphs of another look make runs of their
/// own in shaping and in the display list.
struct GlyphStyle {
    int sizePermille = 1000;    ///< glyph size in ‰ of the paragraph size (widths follow)
    int riseMilliEm = 0;        ///< baseline shift in ‰ em of the paragraph size, up positive
    int tintPercent = 100;      ///< % K of the text colour
    bool emphasisDots = false;  ///< 着重号: a dot below each character that is not punctuation
    bool plain() const { return *this == GlyphStyle{}; }
    bool operator==(const GlyphStyle&) const = default;
};

/// A face entry's look and, with 着重号, the dot drawn below each character: a glyph of the
/// same face (● or •) at `dotSize`, whose ink centre is `dotCentreX/Y` from its origin.
struct FaceStyle {
    GlyphStyle style;
    std::uint32_t dotGlyph = 0;  ///< 0: no dot glyph in this face (no dots drawn)
    Length dotSize = 0;
    Length dotCentreX = 0;
    Length dotCentreY = 0;  ///< y down from the origin (negative: above the baseline)
    bool operator==(const FaceStyle&) const = default;
};

/// A glyph placed relative to its atom's origin (the left edge of the atom's full frame).
struct AtomGlyph {
    std::uint32_t glyph = 0;
    std::uint16_t face = 0;     ///< index into MeasuredParagraph::faces
    Length32 x = 0;             ///< origin relative to the atom's full frame
    Length32 y = 0;             ///< baseline offset (positive = down)
    std::uint32_t cluster = 0;  ///< UTF-16 offset of the cluster this glyph starts or belongs to
    bool clusterStart = true;   ///< first glyph of its cluster (carries the cluster's text)
};

// Every character of a paragraph has a MeasuredAtom and most have one AtomGlyph, and the session
// keeps measured paragraphs for relayout: their lengths are stored in 32 bits (±2,147,483 pt,
// far beyond any atom) so that a 32-page issue's measures take half the memory.
struct MeasuredAtom {
    Length32 full = 0;    ///< the atom's frame, both blanks and tracking included
    Length32 blankL = 0;  ///< largest removable blank on the left (ink-measured, R-FONT-3)
    Length32 blankR = 0;
    Length32 remL = 0;  ///< removed mid-line by the style and adjacent pairs
    Length32 remR = 0;
    Length32 trimStart = 0;  ///< further removed when the atom starts a wrapped line
    Length32 trimEnd = 0;    ///< further removed when the atom ends a line
    Length32 shrinkL = 0;    ///< still compressible mid-line (push-in, orphans)
    Length32 shrinkR = 0;
    Length32 glue = 0;  ///< autospace before this atom (0: none); discarded at a break
    Length32 glueMin = 0;
    Length32 glueMax = 0;
    Length32 spaceMin = 0;  ///< Space atoms: limits of the word space
    Length32 spaceMax = 0;
    /// Width of the hyphen drawn when a line ends after this atom, a piece of a word followed by
    /// a hyphenation point (0: none); the glyph and its face (index into faces).
    Length32 hyphen = 0;
    std::uint32_t hyphenGlyph = 0;
    std::uint32_t glyphBegin = 0;  ///< [glyphBegin, glyphEnd) in MeasuredParagraph::glyphs
    std::uint32_t glyphEnd = 0;
    std::uint16_t hyphenFace = 0;
    ShrinkLevel shrinkLevel = ShrinkLevel::None;
    bool spaceIsAutospace = false;  ///< a typed space replaced by autospace (R-AS-4)

    Length mid() const { return Length{full} - remL - remR; }  ///< width mid-line
};

struct MeasuredParagraph {
    std::u16string text;
    std::vector<Atom> atoms;
    std::vector<MeasuredAtom> m;
    std::vector<AtomGlyph> glyphs;
    std::vector<fonts::FaceId> faces;  ///< faces used, indexed by AtomGlyph::face
    /// Parallel to `faces` when a character attribute changes a face's look; empty when every
    /// glyph is set in the paragraph's own type (the common case costs nothing).
    std::vector<FaceStyle> faceStyles;
    Length size = 0;
    Length indent = 0;  ///< first-line indent (R-IND-1), 0 for flush paragraphs
    TypesetOptions options;
    std::vector<std::string> diagnostics;  ///< e.g. characters missing from every font
    bool synthetic = false;                ///< measured with the test metric model (no glyphs)
};

/// Per-atom widths before style processing, as produced by a metric source (font or TMM).
struct RawAtomMetrics {
    Length full = 0;
    Length blankL = 0;
    Length blankR = 0;
    Length hyphen = 0;  ///< the hyphen drawn at a hyphenation point after the atom
    std::uint32_t hyphenGlyph = 0;
    std::uint16_t hyphenFace = 0;
};

/// The paragraph's text, size and options with its atoms and their break opportunities (long
/// words and links split into pieces, word_breaks.h): the first stage of both measurers.
MeasuredParagraph atomizeParagraph(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent);

/// Applies the style, pairs, trims, shrinkability, autospace and tracking to raw widths.
/// Shared by the font measurer and the synthetic one so that both follow the same rules.
void applyTypesettingRules(MeasuredParagraph& mp, const std::vector<RawAtomMetrics>& raw,
                           const std::vector<struct TrackingSpan>& tracking);

/// The house width of the character at `offset` (inside atom `a`) when the preset's width table
/// sets one (CharWidths), else 0.
Length houseWidth(const MeasuredParagraph& mp, const Atom& a, size_t offset);

/// The test metric model of docs/typesetting.md §0 (TMM): ideographs and full-width marks 1 em
/// (blank 0.5 on the GB ink side), · 0.5, — … 1 each, ～ 1, – ／ 0.5, ASCII 0.5, space 0.25,
/// the hyphen 0.5; the preset's house widths where it sets them.
MeasuredParagraph measureSynthetic(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent,
                                   const std::vector<TrackingSpan>& tracking = {});

}  // namespace bm::text
