// SPDX-License-Identifier: MIT
#include "gui/glyph_path_cache.h"

namespace bm::gui {

QPainterPath toPainterPath(const Path& outline) {
    QPainterPath out;
    // CJK CFF outlines often overlap with the same direction; nonzero keeps them filled, as in
    // the PNG and PDF outputs.
    out.setFillRule(Qt::WindingFill);
    const auto& c = outline.coords;
    size_t k = 0;
    auto pt = [&](size_t i) { return QPointF(c[i], -c[i + 1]); };
    for (const Path::Op op : outline.ops) {
        switch (op) {
            case Path::Op::Move:
                if (k + 2 > c.size()) return out;
                out.moveTo(pt(k));
                k += 2;
                break;
            case Path::Op::Line:
                if (k + 2 > c.size()) return out;
                out.lineTo(pt(k));
                k += 2;
                break;
            case Path::Op::Quad:
                if (k + 4 > c.size()) return out;
                out.quadTo(pt(k), pt(k + 2));
                k += 4;
                break;
            case Path::Op::Cubic:
                if (k + 6 > c.size()) return out;
                out.cubicTo(pt(k), pt(k + 2), pt(k + 4));
                k += 6;
                break;
            case Path::Op::Close:
                out.closeSubpath();
                break;
        }
    }
    return out;
}

const QPainterPath* GlyphPathCache::path(fonts::FaceId face, std::uint32_t glyph) {
    const std::uint64_t key = (static_cast<std::uint64_t>(face.value) << 32) | glyph;
    if (auto it = m_paths.find(key); it != m_paths.end()) return &it->second;
    const auto f = m_fonts.faceShared(face);
    if (!f) return nullptr;
    const auto outline = f->outline(glyph);
    auto [it, fresh] = m_paths.emplace(key, outline ? toPainterPath(*outline) : QPainterPath());
    return &it->second;
}

int GlyphPathCache::unitsPerEm(fonts::FaceId face) {
    if (auto it = m_upem.find(face.value); it != m_upem.end()) return it->second;
    const auto f = m_fonts.faceShared(face);
    const int upem = f && f->unitsPerEm() > 0 ? f->unitsPerEm() : 1000;
    m_upem.emplace(face.value, upem);
    return upem;
}

void GlyphPathCache::clear() {
    m_paths.clear();
    m_upem.clear();
}

}  // namespace bm::gui
