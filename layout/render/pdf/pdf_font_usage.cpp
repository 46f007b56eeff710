// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_font_usage.h"

#include <hb.h>

#include <algorithm>

namespace bm::pdf {

FontUsage::FontUsage(std::shared_ptr<const fonts::Face> face, int resourceNumber)
    : m_face(std::move(face)), m_resourceNumber(resourceNumber) {
    const unsigned n = hb_face_get_glyph_count(m_face->hbFace());
    m_width.assign(n, -1);
    m_textIndex.assign(n, -1);
}

void FontUsage::firstUse(std::uint32_t gid) {
    // toLength with size 1000 gives 1/1000 em, rounded the same way as every other length.
    m_width[gid] =
        static_cast<std::int32_t>(toLength(m_face->advance(gid), 1000, m_face->unitsPerEm()));
    m_glyphs.push_back(gid);
}

void FontUsage::finishScan() { std::sort(m_glyphs.begin(), m_glyphs.end()); }

FontUsage* FontUsageSet::get(const fonts::FontRegistry& registry, fonts::FaceId face) {
    if (face.value < m_byFaceId.size() && m_byFaceId[face.value] >= 0)
        return m_fonts[static_cast<size_t>(m_byFaceId[face.value])].get();
    auto shared = registry.faceShared(face);
    if (!shared) return nullptr;
    if (face.value >= m_byFaceId.size()) m_byFaceId.resize(face.value + 1, -1);
    m_byFaceId[face.value] = static_cast<int>(m_fonts.size());
    m_fonts.push_back(
        std::make_unique<FontUsage>(std::move(shared), static_cast<int>(m_fonts.size()) + 1));
    return m_fonts.back().get();
}

}  // namespace bm::pdf
