// SPDX-License-Identifier: MIT
#include "fonts/face.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <hb-ot.h>
#include <hb.h>

#include <fstream>
#include <iterator>

namespace bm::fonts {

struct Face::FtState {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    std::mutex mutex;  // FreeType objects are not thread-safe
    ~FtState() {
        if (face) FT_Done_Face(face);
        if (lib) FT_Done_FreeType(lib);
    }
};

namespace {
constexpr size_t kMaxFontFileSize = size_t(256) << 20;

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
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open font file '" + path + "'"};
    in.seekg(0, std::ios::end);
    const auto size = static_cast<size_t>(in.tellg());
    if (size > kMaxFontFileSize) return Error{"font file '" + path + "' is too large"};
    in.seekg(0);
    std::vector<unsigned char> bytes(size);
    if (!in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size)))
        return Error{"cannot read font file '" + path + "'"};
    auto r = loadFromBytes(std::move(bytes), index, path);
    if (r) (*r)->m_path = path;
    return r;
}

Result<std::shared_ptr<Face>> Face::loadFromBytes(std::vector<unsigned char> bytes, int index,
                                                  const std::string& label) {
    if (bytes.size() < 12) return Error{"font '" + label + "' is empty or truncated"};
    std::shared_ptr<Face> f(new Face());
    f->m_path = label;
    f->m_index = index;
    f->m_bytes = std::move(bytes);
    f->m_ft = std::make_unique<FtState>();
    if (FT_Init_FreeType(&f->m_ft->lib) != 0) return Error{"FreeType failed to initialise"};
    if (FT_New_Memory_Face(f->m_ft->lib, f->m_bytes.data(), static_cast<FT_Long>(f->m_bytes.size()),
                           index, &f->m_ft->face) != 0)
        return Error{"font '" + label + "' face " + std::to_string(index) +
                     " is not a valid font (FreeType could not open it)"};
    if (!FT_IS_SCALABLE(f->m_ft->face))
        return Error{"font '" + label + "' is not a scalable outline font"};
    f->m_blob = hb_blob_create(reinterpret_cast<const char*>(f->m_bytes.data()),
                               static_cast<unsigned>(f->m_bytes.size()), HB_MEMORY_MODE_READONLY,
                               nullptr, nullptr);
    f->m_hbFace = hb_face_create(f->m_blob, static_cast<unsigned>(index));
    hb_face_make_immutable(f->m_hbFace);
    f->m_upem = static_cast<int>(hb_face_get_upem(f->m_hbFace));
    if (f->m_upem < 16 || f->m_upem > 16384)
        return Error{"font '" + label + "' has an invalid unitsPerEm"};
    f->m_hbFont = hb_font_create(f->m_hbFace);
    hb_font_set_scale(f->m_hbFont, f->m_upem, f->m_upem);
    hb_font_make_immutable(f->m_hbFont);
    f->m_family = nameString(f->m_hbFace, HB_OT_NAME_ID_FONT_FAMILY);
    f->m_psName = nameString(f->m_hbFace, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (f->m_psName.empty()) f->m_psName = "Font" + std::to_string(index);
    hb_font_extents_t ext{};
    if (hb_font_get_h_extents(f->m_hbFont, &ext)) {
        f->m_ascender = ext.ascender;
        f->m_descender = ext.descender;
    }
    {
        hb_blob_t* cff = hb_face_reference_table(f->m_hbFace, HB_TAG('C', 'F', 'F', ' '));
        f->m_isCff = hb_blob_get_length(cff) > 0;
        hb_blob_destroy(cff);
    }
    return f;
}

Face::~Face() {
    if (m_hbFont) hb_font_destroy(m_hbFont);
    if (m_hbFace) hb_face_destroy(m_hbFace);
    if (m_blob) hb_blob_destroy(m_blob);
}

bool Face::hasCodepoint(char32_t cp) const { return glyphFor(cp) != 0; }

std::uint32_t Face::glyphFor(char32_t cp) const {
    hb_codepoint_t g = 0;
    return hb_font_get_nominal_glyph(m_hbFont, cp, &g) ? g : 0;
}

FontUnits Face::advance(std::uint32_t glyph) const {
    return hb_font_get_glyph_h_advance(m_hbFont, glyph);
}

GlyphExtents Face::extents(std::uint32_t glyph) const {
    hb_glyph_extents_t e{};
    GlyphExtents out;
    if (hb_font_get_glyph_extents(m_hbFont, glyph, &e)) {
        out.xMin = e.x_bearing;
        out.xMax = e.x_bearing + e.width;
        out.yMax = e.y_bearing;
        out.yMin = e.y_bearing + e.height;
    }
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
    {
        std::lock_guard lock(m_ft->mutex);
        if (FT_Load_Glyph(m_ft->face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) ==
                0 &&
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
