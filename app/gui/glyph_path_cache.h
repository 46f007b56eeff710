// SPDX-License-Identifier: MIT
#pragma once
// Glyph outlines as QPainterPaths, converted once per (face, glyph) from the engine's outlines
// (fonts::Face::outline, the same ones the PNG and PDF writers use). Paths are in font design
// units with y already flipped to point down, so placing a glyph is a scale and a translation.
#include <QPainterPath>
#include <cstdint>
#include <unordered_map>

#include "fonts/font_registry.h"

namespace bm::gui {

class GlyphPathCache {
public:
    explicit GlyphPathCache(const fonts::FontRegistry& fonts) : m_fonts(fonts) {}

    /// The outline of `glyph`, or nullptr when the face is unknown. Stable until clear().
    const QPainterPath* path(fonts::FaceId face, std::uint32_t glyph);
    /// Design units per em of the face (1000 when unknown).
    int unitsPerEm(fonts::FaceId face);
    size_t size() const { return static_cast<size_t>(m_paths.size()); }
    void clear();

private:
    const fonts::FontRegistry& m_fonts;
    // Node-based maps: the returned pointers must survive later insertions.
    std::unordered_map<std::uint64_t, QPainterPath> m_paths;
    std::unordered_map<std::uint32_t, int> m_upem;
};

/// Converts an engine outline (design units, y up) into a path with y down.
QPainterPath toPainterPath(const Path& outline);

}  // namespace bm::gui
