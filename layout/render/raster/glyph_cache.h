// SPDX-License-Identifier: MIT
#pragma once
// Rendered glyph coverage masks, cached per (face, glyph, pixel size, 1/4-pixel x phase).
// A newspaper page repeats a few thousand distinct 字 in a handful of sizes, so after the first
// occurrences a glyph costs one blit. Baselines are snapped to whole pixels vertically, which
// keeps lines of text crisp and needs no y phase.
#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "fonts/face.h"
#include "layout/render/raster/coverage_rasterizer.h"

namespace bm::render {

struct GlyphMask {
    int left = 0;  ///< mask column 0 relative to the pen's pixel (x right)
    int top = 0;   ///< mask row 0 relative to the baseline's pixel row (y down)
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> coverage;  ///< width * height, 0..255
};

/// Pixel window relative to the pen pixel; glyph parts outside it are not rendered.
struct MaskWindow {
    int left, top, right, bottom;
};

/// Renders one glyph with the pen at (phaseX, 0) pixels, clipped to `window`; `widthPercent`
/// ≠ 100 scales it horizontally (长/扁 字).
GlyphMask buildGlyphMask(const Path& outline, int unitsPerEm, float pixelsPerEm, float phaseX,
                         const MaskWindow& window, CoverageRasterizer& rasterizer,
                         int widthPercent = 100);

/// The window a cached glyph may occupy: generous (fonts draw outside the em box) but bounded,
/// so a malformed outline with far-away points cannot allocate a huge mask.
MaskWindow glyphWindow(float pixelsPerEm);

class GlyphCache {
public:
    static constexpr int kPhases = 4;            ///< x positions quantised to 1/4 pixel
    static constexpr float kMaxCachedEm = 1024;  ///< larger glyphs are rendered clipped, uncached

    explicit GlyphCache(size_t maxBytes = size_t(96) << 20);

    /// The mask for a pen at x phase `phase` / kPhases. The reference stays valid until the
    /// next call (the cache may be emptied when it outgrows its budget).
    const GlyphMask& mask(const std::shared_ptr<const fonts::Face>& face, std::uint32_t glyph,
                          float pixelsPerEm, int phase, int widthPercent = 100);

    CoverageRasterizer& rasterizer() { return m_rasterizer; }
    size_t entries() const { return m_masks.size(); }
    size_t bytes() const { return m_bytes; }

private:
    struct Key {
        const fonts::Face* face;
        std::uint32_t glyph;
        std::uint32_t size64;  // pixels per em in 1/64 px
        std::uint32_t phase;
        int widthPercent;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key& k) const;
    };

    std::unordered_map<Key, GlyphMask, KeyHash> m_masks;
    // Faces are keyed by address; holding them keeps an address from being reused while cached.
    std::unordered_map<const fonts::Face*, std::shared_ptr<const fonts::Face>> m_faces;
    CoverageRasterizer m_rasterizer;
    size_t m_bytes = 0;
    size_t m_maxBytes;
};

}  // namespace bm::render
