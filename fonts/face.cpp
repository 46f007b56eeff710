// SPDX-License-Identifier: MIT
#include "fonts/face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <hb-ot.h>
#include <hb.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace bm::fonts {

struct Face::FtState {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    std::mutex mutex;   // FreeType objects are not thread-safe
    std::string error;  // why the face could not be opened; empty when it was
    ~FtState() {
        if (face) FT_Done_Face(face);
        if (lib) FT_Done_FreeType(lib);
    }
};

namespace {
constexpr size_t kMaxFontFileSize = size_t(256) << 20;

// The ideographic em box (one em high) of a face: the BASE table's idtp for the Han script, or
// its ideo (bottom) plus one em; without a BASE table, the ascender and descender (OS/2 typo or
// hhea, as HarfBuzz reports them) scaled to one em. That fallback, not HarfBuzz's (which takes
// the ascender itself: 997/1024 for AR PL UKai), centres the box on the ideographs: UKai's 中
// spans -71…857, centre 393, and the scaled box is -121…903.
EmBox readEmBox(hb_font_t* font, int upem, FontUnits ascender, FontUnits descender) {
    const hb_tag_t hani = HB_TAG('h', 'a', 'n', 'i');
    hb_position_t top = 0, bottom = 0;
    if (!hb_ot_layout_get_baseline(font, HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_TOP_OR_RIGHT,
                                   HB_DIRECTION_LTR, hani, HB_TAG_NONE, &top)) {
        if (hb_ot_layout_get_baseline(font, HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT,
                                      HB_DIRECTION_LTR, hani, HB_TAG_NONE, &bottom))
            top = bottom + upem;
        else if (ascender - descender > 0)
            top = static_cast<hb_position_t>(toLength(ascender, upem, ascender - descender));
        else
            top = upem * 880 / 1000;
    }
    // A broken table could put the top anywhere; only a top inside the em is believed.
    if (top <= 0 || top > upem) top = upem * 880 / 1000;
    return EmBox{top, upem};
}

std::string nameString(hb_face_t* face, hb_ot_name_id_t id) {
    char buf[256];
    unsigned int len = sizeof buf;
    if (hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &len, buf) == 0) {
        len = sizeof buf;
        hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &len, buf);
    }
    return std::string(buf, len);
}
}  // namespace

Result<std::shared_ptr<Face>> Face::load(const std::string& path, int index) {
    // Map the file: a CJK .ttc is 20–30 MB and a typeset run touches a small part of it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{"cannot open font file '" + path + "': " + std::strerror(errno)};
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{"font file '" + path + "' is not a regular file"};
    }
    const auto size = static_cast<size_t>(st.st_size);
    if (size > kMaxFontFileSize) {
        ::close(fd);
        return Error{"font file '" + path + "' is too large"};
    }
    if (size < 12) {
        ::close(fd);
        return Error{"font '" + path + "' is empty or truncated"};
    }
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED)
        return Error{"cannot map font file '" + path + "': " + std::strerror(errno)};
    std::shared_ptr<Face> f(new Face());
    f->m_map = map;
    f->m_data = static_cast<const unsigned char*>(map);
    f->m_size = size;
    f->m_path = path;
    f->m_index = index;
    if (!f->init(path)) return Error{f->m_initError};
    // Checking the face read pages that only FreeType needs (a CID font's charset and
    // charstring offsets) and touched the other faces of a collection: let them go, so that
    // only what shaping and subsetting read again counts against the process (~1 MB for Noto
    // CJK).
    f->releaseReadPages();
    return f;
}

void Face::releaseReadPages() const {
    // The mapping is private and never written, so dropping its pages loses nothing: they
    // come back from the file on the next read.
    if (m_map) ::madvise(m_map, m_size, MADV_DONTNEED);
}

Result<std::shared_ptr<Face>> Face::loadFromBytes(std::vector<unsigned char> bytes, int index,
                                                  const std::string& label) {
    if (bytes.size() < 12) return Error{"font '" + label + "' is empty or truncated"};
    std::shared_ptr<Face> f(new Face());
    f->m_path = label;
    f->m_index = index;
    f->m_bytes = std::move(bytes);
    f->m_data = f->m_bytes.data();
    f->m_size = f->m_bytes.size();
    if (!f->init(label)) return Error{f->m_initError};
    return f;
}

std::unique_ptr<Face::FtState> Face::openFreeType(const std::string& label) const {
    auto ft = std::make_unique<FtState>();
    if (FT_Init_FreeType(&ft->lib) != 0) {
        ft->error = "FreeType failed to initialise";
    } else if (FT_New_Memory_Face(ft->lib, m_data, static_cast<FT_Long>(m_size), m_index,
                                  &ft->face) != 0) {
        ft->error = "font '" + label + "' face " + std::to_string(m_index) +
                    " is not a valid font (FreeType could not open it)";
    } else if (!FT_IS_SCALABLE(ft->face)) {
        ft->error = "font '" + label + "' is not a scalable outline font";
    }
    return ft;
}

bool Face::init(const std::string& label) {
    auto fail = [&](std::string m) {
        m_initError = std::move(m);
        return false;
    };
    const int index = m_index;
    if (auto ft = openFreeType(label); !ft->error.empty()) return fail(ft->error);
    m_blob = hb_blob_create(reinterpret_cast<const char*>(m_data), static_cast<unsigned>(m_size),
                            HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    m_hbFace = hb_face_create(m_blob, static_cast<unsigned>(index));
    hb_face_make_immutable(m_hbFace);
    m_upem = static_cast<int>(hb_face_get_upem(m_hbFace));
    if (m_upem < 16 || m_upem > 16384)
        return fail("font '" + label + "' has an invalid unitsPerEm");
    m_hbFont = hb_font_create(m_hbFace);
    hb_font_set_scale(m_hbFont, m_upem, m_upem);
    hb_font_make_immutable(m_hbFont);
    m_family = nameString(m_hbFace, HB_OT_NAME_ID_FONT_FAMILY);
    m_psName = nameString(m_hbFace, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (m_psName.empty()) m_psName = "Font" + std::to_string(index);
    hb_font_extents_t ext{};
    if (hb_font_get_h_extents(m_hbFont, &ext)) {
        m_ascender = ext.ascender;
        m_descender = ext.descender;
    }
    m_emBox = readEmBox(m_hbFont, m_upem, m_ascender, m_descender);
    hb_blob_t* cff = hb_face_reference_table(m_hbFace, HB_TAG('C', 'F', 'F', ' '));
    m_isCff = hb_blob_get_length(cff) > 0;
    hb_blob_destroy(cff);
    return true;
}

Face::~Face() {
    if (m_hbFont) hb_font_destroy(m_hbFont);
    if (m_hbFace) hb_face_destroy(m_hbFace);
    if (m_blob) hb_blob_destroy(m_blob);
    m_ft.reset();  // FreeType reads the mapped bytes until it is closed
    if (m_map) ::munmap(m_map, m_size);
}

bool Face::hasCodepointSlow(char32_t cp) const {
    if (cp >= 65536) return glyphFor(cp) != 0;
    // Coverage of the BMP as a bitset, built on first use: itemisation asks "does this face
    // have it?" for every character, and a cmap lookup through HarfBuzz is much slower. Once
    // it is built (the flag), hasCodepoint answers inline without std::call_once.
    if (!m_coverageReady.load(std::memory_order_acquire))
        std::call_once(m_coverageOnce, [this] {
            m_bmpCoverage.assign(65536 / 64, 0);
            hb_set_t* set = hb_set_create();
            hb_face_collect_unicodes(m_hbFace, set);
            hb_codepoint_t c = HB_SET_VALUE_INVALID;
            // A cmap may list a code point whose glyph is 0 or out of range (fuzzing found such
            // fonts): count it only when the nominal glyph lookup agrees.
            hb_codepoint_t g = 0;
            while (hb_set_next(set, &c) && c < 65536)
                if (hb_font_get_nominal_glyph(m_hbFont, c, &g) && g != 0 &&
                    g < hb_face_get_glyph_count(m_hbFace))
                    m_bmpCoverage[c >> 6] |= 1ull << (c & 63);
            hb_set_destroy(set);
            m_coverageReady.store(true, std::memory_order_release);
        });
    return (m_bmpCoverage[cp >> 6] >> (cp & 63)) & 1;
}

std::uint32_t Face::glyphFor(char32_t cp) const {
    // The BMP coverage set is the one answer to "does this face have it?": a cmap can map a code
    // point that hb_face_collect_unicodes does not list (fuzzing found such fonts), and
    // itemisation and glyph lookup must never disagree about it.
    if (cp < 65536 && !hasCodepoint(cp)) return 0;
    hb_codepoint_t g = 0;
    // A broken cmap may point past the last glyph (fuzzing found one): treat that as absent.
    if (!hb_font_get_nominal_glyph(m_hbFont, cp, &g) || g >= hb_face_get_glyph_count(m_hbFace))
        return 0;
    return g;
}

FontUnits Face::advance(std::uint32_t glyph) const {
    return hb_font_get_glyph_h_advance(m_hbFont, glyph);
}

GlyphExtents Face::extents(std::uint32_t glyph) const {
    // Measuring asks for the ink of every full-width mark of every paragraph, and for a CFF
    // font HarfBuzz interprets the charstring each time: remember the answer.
    {
        std::lock_guard lock(m_extentsMutex);
        auto it = m_extents.find(glyph);
        if (it != m_extents.end()) return it->second;
    }
    hb_glyph_extents_t e{};
    GlyphExtents out;
    if (hb_font_get_glyph_extents(m_hbFont, glyph, &e)) {
        out.xMin = e.x_bearing;
        out.xMax = e.x_bearing + e.width;
        out.yMax = e.y_bearing;
        out.yMin = e.y_bearing + e.height;
    }
    std::lock_guard lock(m_extentsMutex);
    m_extents.emplace(glyph, out);
    return out;
}

namespace {
struct Decomposer {
    Path* path;
    static Decomposer* self(void* u) { return static_cast<Decomposer*>(u); }
    void push(Path::Op op, std::initializer_list<FT_Pos> c) {
        path->ops.push_back(op);
        for (FT_Pos v : c) path->coords.push_back(static_cast<float>(v));
    }
};
int ftMove(const FT_Vector* to, void* u) {
    auto* d = Decomposer::self(u);
    if (!d->path->ops.empty()) d->path->ops.push_back(Path::Op::Close);
    d->push(Path::Op::Move, {to->x, to->y});
    return 0;
}
int ftLine(const FT_Vector* to, void* u) {
    Decomposer::self(u)->push(Path::Op::Line, {to->x, to->y});
    return 0;
}
int ftConic(const FT_Vector* c, const FT_Vector* to, void* u) {
    Decomposer::self(u)->push(Path::Op::Quad, {c->x, c->y, to->x, to->y});
    return 0;
}
int ftCubic(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* u) {
    Decomposer::self(u)->push(Path::Op::Cubic, {c1->x, c1->y, c2->x, c2->y, to->x, to->y});
    return 0;
}
}  // namespace

std::shared_ptr<const Path> Face::outline(std::uint32_t glyph) const {
    {
        std::lock_guard lock(m_outlineMutex);
        auto it = m_outlines.find(glyph);
        if (it != m_outlines.end()) return it->second;
    }
    auto path = std::make_shared<Path>();
    std::call_once(m_ftOnce, [this] { m_ft = openFreeType(m_path); });
    if (m_ft->error.empty()) {
        std::lock_guard lock(m_ft->mutex);
        if (FT_Load_Glyph(m_ft->face, glyph,
                          FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
            m_ft->face->glyph->format == FT_GLYPH_FORMAT_OUTLINE) {
            FT_Outline_Funcs funcs{ftMove, ftLine, ftConic, ftCubic, 0, 0};
            Decomposer d{path.get()};
            FT_Outline_Decompose(&m_ft->face->glyph->outline, &funcs, &d);
            if (!path->ops.empty()) path->ops.push_back(Path::Op::Close);
        }
    }
    std::lock_guard lock(m_outlineMutex);
    auto [it, inserted] = m_outlines.emplace(glyph, std::move(path));
    return it->second;
}

}  // namespace bm::fonts
