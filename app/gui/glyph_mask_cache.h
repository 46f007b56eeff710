// SPDX-License-Identifier: MIT
#pragma once
// Glyph images for the screen: each glyph's QPainterPath (GlyphPathCache) filled once per pixel
// size, quarter-pixel x phase and colour, then blitted. A page repeats a few thousand distinct
// 字, so after the first paint at a zoom a glyph costs one small image blend instead of a path
// fill (≈ 10× faster). Baselines are snapped to whole pixels, as in the PNG rasteriser.
#include <QImage>
#include <QPainter>
#include <QPoint>
#include <cstdint>
#include <memory>
#include <unordered_map>

#include "gui/glyph_path_cache.h"

namespace bm::gui {

struct GlyphMask {
    QImage image;   ///< premultiplied ARGB, the glyph in its colour; null = nothing to draw
    QPoint offset;  ///< top-left relative to the pen's pixel
};

class GlyphMaskCache {
public:
    static constexpr int kPhases = 4;
    /// Larger glyphs are filled as paths (their images would be big and rarely reused).
    static constexpr double kMaxPixelsPerEm = 256;

    explicit GlyphMaskCache(GlyphPathCache& paths, size_t maxBytes = size_t(64) << 20);
    ~GlyphMaskCache();

    /// The image of `glyph` at `pixelsPerEm` with the pen at x phase `phase` / kPhases.
    /// Stable until the next call (the cache may be emptied when it outgrows its budget).
    const GlyphMask* mask(fonts::FaceId face, std::uint32_t glyph, double pixelsPerEm, int phase,
                          QRgb colour);
    size_t bytes() const { return m_bytes; }
    void clear();

private:
    struct Key {
        std::uint32_t face, glyph, size64, phase, colour;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        size_t operator()(const Key& k) const;
    };

    GlyphPathCache& m_paths;
    std::unordered_map<Key, GlyphMask, KeyHash> m_masks;
    size_t m_bytes = 0;
    size_t m_maxBytes;
    // Glyphs are filled here and copied out: one painter for all of them, since starting a
    // QPainter per glyph costs more than the fill.
    QImage m_scratch;
    std::unique_ptr<QPainter> m_painter;
};

}  // namespace bm::gui
