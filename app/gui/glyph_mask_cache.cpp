// SPDX-License-Identifier: MIT
#include "gui/glyph_mask_cache.h"

#include <QPainter>
#include <cmath>

namespace bm::gui {

namespace {
constexpr int kScratch = 512;  // px; kMaxPixelsPerEm plus room for overhang
}

GlyphMaskCache::GlyphMaskCache(GlyphPathCache& paths, size_t maxBytes)
    : m_paths(paths),
      m_maxBytes(maxBytes),
      m_scratch(kScratch, kScratch, QImage::Format_ARGB32_Premultiplied) {}

GlyphMaskCache::~GlyphMaskCache() {
    if (m_painter) m_painter->end();
}

size_t GlyphMaskCache::KeyHash::operator()(const Key& k) const {
    // splitmix64 finaliser over the packed fields: cheap and well spread.
    auto mix = [](std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    const std::uint64_t a = (static_cast<std::uint64_t>(k.face) << 32) | k.glyph;
    const std::uint64_t b = (static_cast<std::uint64_t>(k.size64) << 40) ^
                            (static_cast<std::uint64_t>(k.phase) << 32) ^ k.colour;
    return static_cast<size_t>(mix(a ^ mix(b)));
}

const GlyphMask* GlyphMaskCache::mask(fonts::FaceId face, std::uint32_t glyph, double pixelsPerEm,
                                      int phase, QRgb colour) {
    const Key key{face.value, glyph, static_cast<std::uint32_t>(std::lround(pixelsPerEm * 64)),
                  static_cast<std::uint32_t>(phase), colour};
    if (auto it = m_masks.find(key); it != m_masks.end()) return &it->second;

    const QPainterPath* path = m_paths.path(face, glyph);
    if (!path) return nullptr;
    GlyphMask m;
    if (!path->isEmpty()) {
        const double scale = key.size64 / 64.0 / m_paths.unitsPerEm(face);
        const double dx = static_cast<double>(phase) / kPhases;
        const QRectF b = path->controlPointRect();
        // One pixel of margin for the anti-aliased edge.
        const int left = static_cast<int>(std::floor(b.left() * scale + dx)) - 1;
        const int top = static_cast<int>(std::floor(b.top() * scale)) - 1;
        const int right = static_cast<int>(std::ceil(b.right() * scale + dx)) + 1;
        const int bottom = static_cast<int>(std::ceil(b.bottom() * scale)) + 1;
        const int w = right - left, h = bottom - top;
        if (w > 0 && h > 0 && w <= kScratch && h <= kScratch) {
            if (!m_painter) {
                m_painter = std::make_unique<QPainter>(&m_scratch);
                m_painter->setRenderHint(QPainter::Antialiasing, true);
                m_painter->setPen(Qt::NoPen);
            }
            QPainter& p = *m_painter;
            p.resetTransform();
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.fillRect(QRect(0, 0, w, h), Qt::transparent);
            p.setCompositionMode(QPainter::CompositionMode_SourceOver);
            p.setTransform(QTransform(scale, 0, 0, scale, dx - left, -top));
            p.fillPath(*path, QColor::fromRgba(colour));
            m.image = m_scratch.copy(0, 0, w, h);
            m.offset = QPoint(left, top);
        }
    }
    const size_t cost = static_cast<size_t>(m.image.sizeInBytes()) + 64;
    if (m_bytes + cost > m_maxBytes) clear();
    m_bytes += cost;
    return &m_masks.emplace(key, std::move(m)).first->second;
}

void GlyphMaskCache::clear() {
    m_masks.clear();
    m_bytes = 0;
}

}  // namespace bm::gui
