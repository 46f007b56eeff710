// SPDX-License-Identifier: MIT
// The house width table of paper-kaiming ("Character widths of the house"): ％ 1 em, the decimal
// point 1/4 em, / 1/2 em, ASCII ( ) 1/2 em, a typed space 1/3 em. One wrong width shifts every
// later break of a paragraph, so the worked examples of the issue are checked line by line, with
// the real Noto Serif CJK SC and with the test metric model.
#include <catch2/catch.hpp>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"

using namespace bm;
using namespace bm::text;

namespace {

constexpr Length kSize = 9000;
constexpr Length em(double v) { return static_cast<Length>(v * kSize); }

struct Fonts {
    fonts::FontRegistry registry;
    std::vector<fonts::FaceId> chain;
    Fonts() { chain = *registry.chain(fonts::Role::Song); }
};

Fonts& fontsOnce() {
    static Fonts f;
    return f;
}

MeasuredParagraph measure(const std::u16string& text, bool real, const char* preset,
                          Length indent) {
    const TypesetOptions o = *presetByName(preset);
    if (!real) return measureSynthetic(text, kSize, o, indent);
    return measureWithFonts(text, kSize, o, indent, {}, fontsOnce().registry, fontsOnce().chain,
                            nullptr);
}

std::vector<std::string> linesOf(const std::string& utf8, double measureEm, bool real,
                                 const char* preset = "paper-kaiming") {
    const auto text = *utf8ToUtf16(utf8);
    const auto mp = measure(text, real, preset, em(2));
    const auto pl = layoutParagraph(mp, LineWidths{{em(measureEm)}});
    std::vector<std::string> out;
    for (const auto& l : pl.lines)
        out.push_back(utf16ToUtf8(std::u16string_view(text).substr(l.begin, l.end - l.begin)));
    return out;
}

// The width of the atom that starts `word` in `text`, the word set alone in a paragraph.
Length wordWidth(const std::string& utf8, bool real, const char* preset = "paper-kaiming") {
    const auto text = *utf8ToUtf16(utf8);
    const auto mp = measure(text, real, preset, 0);
    Length w = 0;
    for (const auto& m : mp.m) w += m.mid();
    return w;
}

// 14 ideographs fill the first line of a 16-em column after its 2-em indent exactly.
const std::string kFirstLine = "滨州市铝产业链条完整齐全优势";

}  // namespace

TEST_CASE("house widths: the worked examples of the issue at 16 em", "[text][house-widths]") {
    for (const bool real : {true, false}) {
        INFO((real ? "Noto Serif CJK SC" : "test metric model"));
        // 铝产量占全国的1/4，电解铝产量占 is 15 1/16 em: full; 全 does not fit.
        auto lines = linesOf(
            kFirstLine + "铝产量占全国的1/4，电解铝产量占全国的1/8，铝型材加工量占全国的1/9。", 16,
            real);
        REQUIRE(lines.size() >= 3);
        CHECK(lines[0] == kFirstLine);
        CHECK(lines[1] == "铝产量占全国的1/4，电解铝产量占");
        CHECK(lines[2].rfind("全国的1/8，", 0) == 0);
        // 157.4亿元的20个产业项目现场签约。 is 15 15/16 em with the line-end 。 halved: it fits.
        lines =
            linesOf(kFirstLine + "157.4亿元的20个产业项目现场签约。我们相信，选择滨州、投资滨州。",
                    16, real);
        REQUIRE(lines.size() >= 3);
        CHECK(lines[1] == "157.4亿元的20个产业项目现场签约。");
        CHECK(lines[2].rfind("我们相信，", 0) == 0);
    }
}

TEST_CASE("house widths: each entry of the table with the real font",
          "[text][font][house-widths]") {
    CHECK(wordWidth("157.4", true) == em(2.25));      // four half-width digits and a 1/4-em point
    CHECK(wordWidth("3.7%", true) == em(2.25));       // 0.5 + 0.25 + 0.5 + ％ 1
    CHECK(wordWidth("1/3", true) == em(1.5));         // / 1/2 em
    CHECK(wordWidth("(", true) == em(0.5));           // ASCII parenthesis 1/2 em
    CHECK(wordWidth("李 伟", true) == em(2) + 3000);  // a typed space 1/3 em (3 pt at 9 pt)
    // % is drawn as the full-width ％ glyph.
    const auto text = *utf8ToUtf16("5%");
    const auto mp = measure(text, true, "paper-kaiming", 0);
    const fonts::Face& face = fontsOnce().registry.face(mp.faces[mp.glyphs.back().face]);
    CHECK(mp.glyphs.back().glyph == face.glyphFor(U'％'));
    // The other presets keep the font's own widths.
    CHECK(wordWidth("1/3", true, "news-gb") != em(1.5));
    CHECK(wordWidth("(", true, "kaiming") != em(0.5));
}

TEST_CASE("house widths: a typed space stretches like the gaps around it, not first",
          "[text][house-widths]") {
    // The dateline of the reference page: 本报讯 (记者 李伟伟 通讯员 吕超 陈磊 报道)
    const auto text = *utf8ToUtf16("本报讯 (记者 李伟伟 通讯员 吕超 陈磊 报道)今天上午举行。");
    const auto mp = measure(text, false, "paper-kaiming", 0);
    const LineMetrics lm(mp);
    const LineBreaks breaks = breakLines(mp, lm, LineWidths{{em(16)}});
    REQUIRE(breaks.lines.size() >= 2);
    const JustifiedLine j = justifyLine(mp, lm, breaks.lines[0], false, LineAlign::Justify);
    Length maxGap = 0, maxSpace = 0;
    for (size_t k = 1; k < j.gapAdd.size(); ++k) {
        const size_t a = breaks.lines[0].first + k;
        if (mp.atoms[a].kind == AtomKind::Space)
            maxSpace = std::max(maxSpace, j.gapAdd[k]);
        else
            maxGap = std::max(maxGap, j.gapAdd[k]);
    }
    CHECK(maxSpace > 0);
    CHECK(maxSpace <= maxGap + 1);
}
