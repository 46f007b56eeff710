// SPDX-License-Identifier: MIT
// Itemisation: each word is shaped in its own script (so an Arabic or Devanagari word gets that
// script's shaping, not Latin's), ideographs and marks as Han, digits and symbols as Latin.
#include <catch2/catch.hpp>

#include <hb.h>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/text/itemize.h"
#include "layout/text/measure.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"

using namespace bm;
using namespace bm::text;

TEST_CASE("itemise: every word in its own script", "[text][font][itemize]") {
    fonts::FontRegistry registry;
    const auto chain = registry.chain(fonts::Role::Song);
    REQUIRE(chain.ok());
    const std::u16string text = *utf8ToUtf16("据Reuters报道 مرحبا 和 नमस्ते 及 Привет、COVID-19。");
    const MeasuredParagraph mp = atomizeParagraph(text, 9000, *presetByName("paper-kaiming"), 0);
    FaceTable faces{registry, {}, {}, {}};
    const Itemization items = itemize(text, mp.atoms, faces, *chain, {});
    REQUIRE(items.script.size() == mp.atoms.size());
    // The script of the atom that starts `word` (a long word is split into pieces, each of the
    // word's script).
    auto scriptOf = [&](std::u16string_view word) {
        const size_t at = text.find(word);
        for (size_t i = 0; i < mp.atoms.size(); ++i)
            if (mp.atoms[i].begin == at) return static_cast<hb_script_t>(items.script[i]);
        FAIL("no atom starts " << utf16ToUtf8(word));
        return HB_SCRIPT_INVALID;
    };
    CHECK(scriptOf(u"据") == HB_SCRIPT_HAN);
    CHECK(scriptOf(u"Reuters") == HB_SCRIPT_LATIN);
    CHECK(scriptOf(u"مرحبا") == HB_SCRIPT_ARABIC);
    CHECK(scriptOf(u"नमस्ते") == HB_SCRIPT_DEVANAGARI);
    CHECK(scriptOf(u"Привет") == HB_SCRIPT_CYRILLIC);
    CHECK(scriptOf(u"、") == HB_SCRIPT_HAN);
    CHECK(isRightToLeft(HB_SCRIPT_ARABIC));
    CHECK_FALSE(isRightToLeft(HB_SCRIPT_DEVANAGARI));
}

TEST_CASE("itemise: a right-to-left word's glyph clusters still tile its text",
          "[text][font][itemize]") {
    fonts::FontRegistry registry;
    const auto chain = registry.chain(fonts::Role::Song);
    REQUIRE(chain.ok());
    const std::u16string text = *utf8ToUtf16("中مرحبا文");
    const auto mp = measureWithFonts(text, 9000, *presetByName("paper-kaiming"), 0, {}, registry,
                                     *chain, nullptr);
    REQUIRE(mp.atoms.size() == 3);
    const ParagraphLayout pl = layoutParagraph(mp, LineWidths{{90000}});
    REQUIRE(pl.lines.size() == 1);
    // Copying the text out of the PDF reads each glyph's cluster: every UTF-16 unit once.
    std::vector<int> covered(text.size(), 0);
    for (const auto& g : pl.lines[0].glyphs)
        for (auto u = g.clusterBegin; u < g.clusterEnd; ++u) covered[u]++;
    for (size_t u = 0; u < text.size(); ++u) {
        INFO("unit " << u);
        CHECK(covered[u] == 1);
    }
}
