// SPDX-License-Identifier: MIT
// Layer 2: subsetting (the CID/GID spike as a regression test), the CFF charset reader and the
// ToUnicode CMap.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "fonts/face.h"
#include "layout/render/pdf/cff_charset.h"
#include "layout/render/pdf/font_subsetter.h"
#include "layout/render/pdf/pdf_tounicode.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {
std::vector<std::uint32_t> glyphsOf(const test::TestFonts& f, fonts::FaceId face,
                                    const std::string& text) {
    return test::shapeRun(f.registry, face, text, 9000, {0, 0}).glyphs;
}
const char* kSample = "新华社北京电国务院总理在会上指出“数字经济”——增长……、，。2024 Latin";
}  // namespace

TEST_CASE("CFF subset without RETAIN_GIDS keeps each glyph's original CID", "[pdf][fonts]") {
    test::TestFonts f;
    const fonts::Face& noto = f.registry.face(f.serif);
    REQUIRE(noto.isCff());
    const auto glyphs = glyphsOf(f, f.serif, kSample);
    auto subset = subsetFace(noto, glyphs);
    REQUIRE(subset.ok());
    CHECK(subset->program == FontProgram::Cff);

    // The embedded program is a bare, CID-keyed CFF whose charset maps the compacted glyphs
    // back to their original CIDs, so the content stream can write original GIDs as CIDs.
    auto charset = readCffCharset(subset->bytes);
    REQUIRE(charset.ok());
    CHECK(charset->cidKeyed);
    // Compacted, and exactly the glyphs asked for plus .notdef: no empty slots up to GID
    // 63,000, and no glyphs pulled in through the cmap (variation selectors).
    std::vector<std::uint32_t> unique = glyphs;
    unique.push_back(0);
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    CHECK(charset->glyphCount == unique.size());
    for (std::uint32_t g : glyphs) CHECK(subset->codeForGlyph[g] == g);
    // Small: ~50 glyphs must not drag 65,535 empty charstrings along (RETAIN_GIDS would).
    CHECK(subset->bytes.size() < 60 * 1024);
}

TEST_CASE("Noto CJK's source charset is Adobe-Identity-0 with CID == GID", "[pdf][fonts]") {
    test::TestFonts f;
    const fonts::Face& noto = f.registry.face(f.serif);
    hb_blob_t* blob = hb_face_reference_table(noto.hbFace(), HB_TAG('C', 'F', 'F', ' '));
    unsigned len = 0;
    const auto* data = reinterpret_cast<const std::uint8_t*>(hb_blob_get_data(blob, &len));
    auto charset = readCffCharset(data, len);
    hb_blob_destroy(blob);
    REQUIRE(charset.ok());
    CHECK(charset->cidKeyed);
    CHECK(charset->glyphCount == 65535);
    size_t differing = 0;
    for (std::uint32_t g = 0; g < charset->glyphCount; ++g) differing += charset->cidOf[g] != g;
    CHECK(differing == 0);
}

TEST_CASE("prepared codes are fixed before the subset runs and survive it", "[pdf][fonts]") {
    test::TestFonts f;
    for (fonts::FaceId id : {f.serif, f.kai}) {
        const auto glyphs = glyphsOf(f, id, kSample);
        auto job = prepareSubset(f.registry.face(id), glyphs);
        REQUIRE(job.ok());
        const std::vector<std::uint16_t> before = (*job)->codeForGlyph();
        REQUIRE((*job)->run().ok());
        CHECK((*job)->result().codeForGlyph == before);
        CHECK_FALSE((*job)->result().bytes.empty());
    }
}

TEST_CASE("TrueType subset renumbers glyphs and reports the new GIDs as codes", "[pdf][fonts]") {
    test::TestFonts f;
    const fonts::Face& kai = f.registry.face(f.kai);
    REQUIRE_FALSE(kai.isCff());
    const auto glyphs = glyphsOf(f, f.kai, kSample);
    auto subset = subsetFace(kai, glyphs);
    REQUIRE(subset.ok());
    CHECK(subset->program == FontProgram::TrueType);
    // An sfnt with a glyf table.
    const std::string head(subset->bytes.begin(), subset->bytes.begin() + 4);
    CHECK(head == std::string("\0\1\0\0", 4));
    std::vector<std::uint16_t> codes;
    for (std::uint32_t g : glyphs) codes.push_back(subset->codeForGlyph[g]);
    for (std::uint16_t c : codes) {
        CHECK(c > 0);
        CHECK(c <= glyphs.size());
    }
}

TEST_CASE("an out-of-range glyph is an error naming the font", "[pdf][fonts]") {
    test::TestFonts f;
    auto r = subsetFace(f.registry.face(f.kai), {1, 999999});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("999999") != std::string::npos);
    CHECK(r.error().find("ukai") != std::string::npos);
}

TEST_CASE("a malformed CFF is reported, not read out of bounds", "[pdf][fonts]") {
    CHECK_FALSE(readCffCharset({}).ok());
    CHECK_FALSE(readCffCharset({1, 0, 4, 1, 0, 5}).ok());
    std::vector<std::uint8_t> junk(64, 0xFF);
    CHECK_FALSE(readCffCharset(junk).ok());
}

TEST_CASE("ToUnicode maps ligatures to all their characters and uses surrogate pairs",
          "[pdf][fonts]") {
    const std::u16string dash = u"——";
    const std::u16string han = u"中";
    const std::u16string ext = u"\U00020000";  // CJK Extension B
    ByteBuffer out;
    writeToUnicodeCMap({{5, han}, {63025, dash}, {64000, ext}}, out);
    const std::string cmap(out.bytes().begin(), out.bytes().end());
    CHECK(cmap.find("<0005> <4E2D>") != std::string::npos);
    CHECK(cmap.find("<F631> <20142014>") != std::string::npos);
    CHECK(cmap.find("<FA00> <D840DC00>") != std::string::npos);
    CHECK(cmap.find("3 beginbfchar") != std::string::npos);
    CHECK(cmap.find("/CMapName /Adobe-Identity-UCS def") != std::string::npos);
}

TEST_CASE("bfchar blocks hold at most 100 entries", "[pdf][fonts]") {
    const std::u16string a = u"a";
    std::vector<ToUnicodeEntry> entries;
    for (std::uint16_t c = 1; c <= 250; ++c) entries.push_back({c, a});
    ByteBuffer out;
    writeToUnicodeCMap(entries, out);
    const std::string cmap(out.bytes().begin(), out.bytes().end());
    CHECK(cmap.find("100 beginbfchar") != std::string::npos);
    CHECK(cmap.find("50 beginbfchar") != std::string::npos);
    CHECK(cmap.find("250 beginbfchar") == std::string::npos);
}
