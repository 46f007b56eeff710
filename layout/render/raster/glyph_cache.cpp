// SPDX-License-Identifier: MIT
#include "layout/render/raster/glyph_cache.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace bm::render {

MaskWindow glyphWindow(float pixelsPerEm) {
    const int r = static_cast<int>(std::ceil(pixelsPerEm * 2.0f)) + 2;
    return MaskWindow{-r, -r, r, r};
}

GlyphMask buildGlyphMask(const Path& outline, int unitsPerEm, float pixelsPerEm, float phaseX,
                         const MaskWindow& window, CoverageRasterizer& rasterizer,
                         int widthPercent) {
    GlyphMask m;
    if (outline.coords.size() < 2 || unitsPerEm <= 0 || !(pixelsPerEm > 0)) return m;
    const float s = pixelsPerEm / static_cast<float>(unitsPerEm);
    const float sx = s * static_cast<float>(widthPercent) / 100.0f;
    // Control points bound their curves, so the points' box bounds the glyph.
    float minX = outline.coords[0], maxX = minX, minY = outline.coords[1], maxY = minY;
    for (size_t i = 0; i + 1 < outline.coords.size(); i += 2) {
        minX = std::min(minX, outline.coords[i]);
        maxX = std::max(maxX, outline.coords[i]);
        minY = std::min(minY, outline.coords[i + 1]);
        maxY = std::max(maxY, outline.coords[i + 1]);
    }
    // Font y is up, the page's is down: the top of the mask is the glyph's maximum y.
    const auto clampI = [](double v, int lo, int hi) {
        return static_cast<int>(std::clamp(v, static_cast<double>(lo), static_cast<double>(hi)));
    };
    const int left = clampI(std::floor(minX * sx + phaseX), window.left, window.right);
    const int right = clampI(std::ceil(maxX * sx + phaseX), window.left, window.right);
    const int top = clampI(std::floor(-maxY * s), window.top, window.bottom);
    const int bottom = clampI(std::ceil(-minY * s), window.top, window.bottom);
    if (right <= left || bottom <= top) return m;
    m.left = left;
    m.top = top;
    m.width = right - left;
    m.height = bottom - top;
    rasterizer.reset(m.width, m.height);
    rasterizer.addPath(outline, sx, s, phaseX - static_cast<float>(left), -static_cast<float>(top));
    m.coverage.resize(static_cast<size_t>(m.width) * m.height);
    rasterizer.resolve(m.coverage.data(), m.width);
    return m;
}

size_t GlyphCache::KeyHash::operator()(const Key& k) const {
    size_t h = std::hash<const void*>()(k.face);
    h ^= (static_cast<size_t>(k.glyph) * 0x9E3779B97F4A7C15ull) + (h << 6) + (h >> 2);
    h ^= (static_cast<size_t>(k.size64) << 2 | k.phase) * 0xC2B2AE3D27D4EB4Full + (h << 6) +
         (h >> 2);
    h ^= static_cast<size_t>(k.widthPercent) + (h << 6) + (h >> 2);
    return h;
}

GlyphCache::GlyphCache(size_t maxBytes) : m_maxBytes(maxBytes) {}

const GlyphMask& GlyphCache::mask(const std::shared_ptr<const fonts::Face>& face,
                                  std::uint32_t glyph, float pixelsPerEm, int phase,
                                  int widthPercent) {
    const auto size64 = static_cast<std::uint32_t>(std::lround(pixelsPerEm * 64.0f));
    const Key key{face.get(), glyph, size64, static_cast<std::uint32_t>(phase), widthPercent};
    if (auto it = m_masks.find(key); it != m_masks.end()) return it->second;
    if (m_bytes > m_maxBytes) {
        m_masks.clear();
        m_faces.clear();
        m_bytes = 0;
    }
    m_faces.emplace(face.get(), face);
    // Render at the quantised size so every use of this entry gets the same pixels.
    const float ppem = static_cast<float>(size64) / 64.0f;
    const auto outline = face->outline(glyph);
    GlyphMask m =
        buildGlyphMask(*outline, face->unitsPerEm(), ppem, static_cast<float>(phase) / kPhases,
                       glyphWindow(ppem), m_rasterizer, widthPercent);
    m_bytes += m.coverage.size() + sizeof(GlyphMask) + 32;
    return m_masks.emplace(key, std::move(m)).first->second;
}

}  // namespace bm::render
