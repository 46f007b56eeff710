// SPDX-License-Identifier: MIT
// fuzz_font: bytes → bm::fonts::Face::loadFromBytes (face 0, or face 1 of a collection when the
// input is a .ttc). A face that loads is queried the way the engine uses it: cmap lookups,
// advances, extents and outlines of a few glyphs, then a short paragraph shaped and measured with
// it (measureWithFonts). Nothing may crash, and outlines must be well formed.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include <hb.h>

#include "fonts/face.h"
#include "fonts/font_registry.h"
#include "fuzz_check.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"

using namespace bm;

namespace {

size_t coordsOf(Path::Op op) {
    switch (op) {
        case Path::Op::Move:
        case Path::Op::Line:
            return 2;
        case Path::Op::Quad:
            return 4;
        case Path::Op::Cubic:
            return 6;
        case Path::Op::Close:
            return 0;
    }
    return 0;
}

void checkOutline(const fonts::Face& face, std::uint32_t glyph) {
    auto path = face.outline(glyph);
    BM_FUZZ_CHECK(path != nullptr, "outline() returned null");
    size_t coords = 0;
    for (Path::Op op : path->ops) coords += coordsOf(op);
    BM_FUZZ_CHECK(coords == path->coords.size(), "outline ops and coordinates disagree");
    BM_FUZZ_CHECK(path->ops.empty() || path->ops.front() == Path::Op::Move,
                  "outline does not start with a move");
    BM_FUZZ_CHECK(face.outline(glyph) == path, "the outline cache returned another path");
    (void)face.extents(glyph);
    (void)face.advance(glyph);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const bool collection = size >= 4 && std::memcmp(data, "ttcf", 4) == 0;
    const int index = collection && size % 2 ? 1 : 0;
    auto loaded = fonts::Face::loadFromBytes(std::vector<unsigned char>(data, data + size), index,
                                             "fuzz.otf");
    if (!loaded) {
        BM_FUZZ_CHECK(!loaded.error().empty(), "a refused font has no message");
        return 0;
    }
    std::shared_ptr<fonts::Face> face = *loaded;
    BM_FUZZ_CHECK(face->unitsPerEm() >= 16 && face->unitsPerEm() <= 16384,
                  "unitsPerEm out of range");
    const unsigned glyphCount = hb_face_get_glyph_count(face->hbFace());
    for (char32_t cp :
         {U'版', U'面', U'。', U'，', U'A', U'1', U' ', U'\u3000', U'\U0001F600', U'\U00020000'}) {
        const bool has = face->hasCodepoint(cp);
        const std::uint32_t g = face->glyphFor(cp);
        BM_FUZZ_CHECK(has == (g != 0), "hasCodepoint and glyphFor disagree");
        if (has) checkOutline(*face, g);
    }
    // The first glyphs, the last and one past the end (must be refused quietly, not crash).
    for (std::uint32_t g = 0; g < 4; ++g) checkOutline(*face, g);
    if (glyphCount > 0) checkOutline(*face, glyphCount - 1);
    checkOutline(*face, glyphCount);
    checkOutline(*face, 0xFFFFFFFFu);

    // Shape and measure a short mixed paragraph with this face alone (the engine's real path).
    fonts::FontRegistry registry;
    const fonts::FaceId id = registry.add(face);
    const std::u16string text = u"版面中文，测试。ABC 123“引号”——……😀";
    const Length fontSize = 9000;
    auto options = text::presetByName("paper-kaiming");
    const auto mp =
        text::measureWithFonts(text, fontSize, *options, 2 * fontSize, {}, registry, {id}, nullptr);
    const auto pl = text::layoutParagraph(mp, text::LineWidths{{8 * fontSize}});
    BM_FUZZ_CHECK(
        !pl.lines.empty() && pl.lines.front().begin == 0 && pl.lines.back().end == text.size(),
        "the lines do not cover the paragraph");
    for (size_t i = 0; i + 1 < pl.lines.size(); ++i)
        BM_FUZZ_CHECK(pl.lines[i].end == pl.lines[i + 1].begin,
                      "the lines do not tile the paragraph");
    return 0;
}
