// SPDX-License-Identifier: MIT
#pragma once
// FontUsage: what the pages use of one face — the glyph set, each glyph's width and the text it
// stands for — collected in one pass over the display lists before anything is written. The
// subset, /W, ToUnicode and the content stream's codes all come from it.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/result.h"
#include "layout/render/pdf/font_subsetter.h"

namespace bm::pdf {

class FontUsage {
public:
    FontUsage(std::shared_ptr<const fonts::Face> face, int resourceNumber);

    const fonts::Face& face() const { return *m_face; }
    /// n in the page resource name /Fn; assigned in order of first use, so stable.
    int resourceNumber() const { return m_resourceNumber; }
    std::uint32_t glyphCount() const { return static_cast<std::uint32_t>(m_width.size()); }

    /// Records glyph `gid` and, the first time a non-empty text is seen for it, that text.
    /// False if gid is not a glyph of the face.
    bool add(std::uint32_t gid, std::u16string_view text) {
        if (gid >= m_width.size()) return false;
        if (m_width[gid] < 0) firstUse(gid);
        if (!text.empty() && m_textIndex[gid] < 0) {
            m_textIndex[gid] = static_cast<std::int32_t>(m_texts.size());
            m_texts.emplace_back(text);
        }
        return true;
    }

    /// Used glyph ids, ascending.
    const std::vector<std::uint32_t>& glyphs() const { return m_glyphs; }
    /// Advance in 1/1000 em as written to /W (rounded from font units), for a used glyph.
    int width(std::uint32_t gid) const { return m_width[gid]; }
    /// Text of a used glyph, empty if none (continuation glyphs of a cluster).
    std::u16string_view text(std::uint32_t gid) const {
        const std::int32_t i = m_textIndex[gid];
        return i < 0 ? std::u16string_view() : std::u16string_view(m_texts[static_cast<size_t>(i)]);
    }

    /// The subset job, prepared after the scan; its codes are fixed from then on, while its
    /// font program may still be being built on another thread.
    void setJob(std::unique_ptr<SubsetJob> job) {
        m_job = std::move(job);
        m_codes = m_job->codeForGlyph().data();
    }
    SubsetJob& job() { return *m_job; }
    /// Only after the job has run.
    const SubsetFont& subset() const { return m_job->result(); }
    /// The content-stream code of a used glyph.
    std::uint16_t code(std::uint32_t gid) const { return m_codes[gid]; }

    /// Sorts the glyph list; call once after the scan.
    void finishScan();

private:
    void firstUse(std::uint32_t gid);

    std::shared_ptr<const fonts::Face> m_face;
    int m_resourceNumber = 0;
    std::vector<std::int32_t> m_width;      ///< by GID; -1 = unused
    std::vector<std::int32_t> m_textIndex;  ///< by GID; -1 = no text
    std::vector<std::u16string> m_texts;    ///< one per glyph that has text
    std::vector<std::uint32_t> m_glyphs;
    std::unique_ptr<SubsetJob> m_job;
    const std::uint16_t* m_codes = nullptr;
};

/// All faces used by a document, in order of first use.
class FontUsageSet {
public:
    /// The usage of `face`, created on first use. Null if the registry does not know the id.
    FontUsage* get(const fonts::FontRegistry& registry, fonts::FaceId face);
    /// The usage of `face` if get() created it, else null; safe from several threads.
    const FontUsage* find(fonts::FaceId face) const {
        return face.value < m_byFaceId.size() && m_byFaceId[face.value] >= 0
                   ? m_fonts[static_cast<size_t>(m_byFaceId[face.value])].get()
                   : nullptr;
    }
    std::vector<std::unique_ptr<FontUsage>>& all() { return m_fonts; }
    const std::vector<std::unique_ptr<FontUsage>>& all() const { return m_fonts; }

private:
    std::vector<int> m_byFaceId;  ///< FaceId.value → index in m_fonts, -1 = not yet used
    std::vector<std::unique_ptr<FontUsage>> m_fonts;
};

}  // namespace bm::pdf
