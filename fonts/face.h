// SPDX-License-Identifier: MIT
#pragma once
// One loaded font face: the file's bytes are read once and shared by HarfBuzz (shaping,
// subsetting) and FreeType (outlines). Immutable after load, except the lazily filled outline
// cache, which is guarded by a mutex.
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/base/geometry.h"
#include "layout/base/result.h"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace bm::fonts {

struct FaceId {
    std::uint32_t value = 0;
    bool operator==(const FaceId&) const = default;
    auto operator<=>(const FaceId&) const = default;
};

/// The ideographic em box of a face, in its design units: the square CJK characters are designed
/// in, whose top is `top` above the baseline. Body text sits its em box on the grid, so the
/// baseline of a line is ascent(size) below the top of the box. The defaults are Noto CJK's
/// (BASE idtp 880 of 1000), used where no face is known (a collision bound before fonts load).
struct EmBox {
    FontUnits top = 880;
    int unitsPerEm = 1000;
    /// From the top of the em box down to the baseline, at `size`: the one place the engine
    /// converts the ideographic em box to a length.
    Length ascent(Length size) const { return toLength(top, size, unitsPerEm); }
    /// From the baseline down to the bottom of the em box, at `size`.
    Length descent(Length size) const { return size - ascent(size); }
    bool operator==(const EmBox&) const = default;
};

struct GlyphExtents {
    FontUnits xMin = 0, xMax = 0, yMin = 0, yMax = 0;
};

class Face {
public:
    /// Loads face `index` of a font file (a .ttc holds several). The error names the file.
    static Result<std::shared_ptr<Face>> load(const std::string& path, int index);
    /// Loads from bytes in memory (tests, fuzzing). `label` names the source in errors.
    static Result<std::shared_ptr<Face>> loadFromBytes(std::vector<unsigned char> bytes, int index,
                                                       const std::string& label);
    ~Face();
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;

    const std::string& path() const { return m_path; }
    int index() const { return m_index; }
    const std::string& familyName() const { return m_family; }
    const std::string& postscriptName() const { return m_psName; }
    int unitsPerEm() const { return m_upem; }
    FontUnits ascender() const { return m_ascender; }
    FontUnits descender() const { return m_descender; }  ///< negative
    bool isCff() const { return m_isCff; }
    /// The ideographic em box: the BASE table's idtp for the Han script, else its ideo + 1 em,
    /// else the OS/2 / hhea ascender and descender scaled to one em.
    const EmBox& emBox() const { return m_emBox; }

    /// HarfBuzz objects at scale = upem (design units). Shared, immutable.
    hb_face_t* hbFace() const { return m_hbFace; }
    hb_font_t* hbFont() const { return m_hbFont; }
    /// The raw bytes of the whole file (all faces of a .ttc); memory-mapped for files.
    std::span<const unsigned char> fileBytes() const { return {m_data, m_size}; }

    bool hasCodepoint(char32_t cp) const {
        // Inline for itemisation, which asks for every character; see hasCodepointSlow.
        if (cp < 65536 && m_coverageReady.load(std::memory_order_acquire))
            return (m_bmpCoverage[cp >> 6] >> (cp & 63)) & 1;
        return hasCodepointSlow(cp);
    }
    std::uint32_t glyphFor(char32_t cp) const;  ///< 0 if absent
    FontUnits advance(std::uint32_t glyph) const;
    /// Ink box in design units, cached (CFF charstrings are interpreted only once per glyph).
    GlyphExtents extents(std::uint32_t glyph) const;
    /// Outline in design units, cached.
    std::shared_ptr<const Path> outline(std::uint32_t glyph) const;

    /// Lets the kernel drop the pages of a mapped font file read so far; they are read again
    /// when needed. An export calls it before subsetting, which reads the glyph programs and
    /// not the tables shaping read, so that both sets are not held at once. No-op for a face
    /// loaded from bytes.
    void releaseReadPages() const;

private:
    Face() = default;
    std::string m_path;
    int m_index = 0;
    std::string m_family;
    std::string m_psName;
    int m_upem = 1000;
    FontUnits m_ascender = 880;
    FontUnits m_descender = -120;
    bool m_isCff = false;
    EmBox m_emBox;
    std::vector<unsigned char> m_bytes;  ///< owned bytes (loadFromBytes), or empty when mapped
    const unsigned char* m_data = nullptr;
    size_t m_size = 0;
    void* m_map = nullptr;  ///< mmap of the file, unmapped in the destructor
    bool init(const std::string& label);
    bool hasCodepointSlow(char32_t cp) const;
    std::string m_initError;
    hb_blob_t* m_blob = nullptr;
    hb_face_t* m_hbFace = nullptr;
    hb_font_t* m_hbFont = nullptr;
    struct FtState;
    /// FreeType only draws outlines (the canvas and the PNG export); HarfBuzz does the rest.
    /// The face is opened at load to check the font, then closed — a CID-keyed Noto CJK face
    /// holds ~0.8 MB of FreeType tables that a PDF export never reads — and opened again by
    /// the first outline().
    std::unique_ptr<FtState> openFreeType(const std::string& label) const;
    mutable std::once_flag m_ftOnce;
    mutable std::unique_ptr<FtState> m_ft;
    mutable std::once_flag m_coverageOnce;
    mutable std::atomic<bool> m_coverageReady{false};  ///< skips call_once once built
    mutable std::vector<std::uint64_t> m_bmpCoverage;  ///< one bit per BMP code point: a fast cmap
    mutable std::mutex m_extentsMutex;
    mutable std::unordered_map<std::uint32_t, GlyphExtents> m_extents;
    mutable std::mutex m_outlineMutex;
    mutable std::unordered_map<std::uint32_t, std::shared_ptr<const Path>> m_outlines;
};

}  // namespace bm::fonts
