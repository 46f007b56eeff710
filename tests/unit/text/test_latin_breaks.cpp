// SPDX-License-Identifier: MIT
// Latin words, URLs, e-mail addresses and numbers in narrow Chinese columns (paper-kaiming
// "Latin words, URLs and e-mail addresses in narrow columns"), with the real Noto Serif CJK SC at
// 9 pt: the examples at 8 em (72 pt) must stay inside the measure, break where a reader
// expects, and never letter-space a word.
#include <catch2/catch.hpp>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/text/hyphenate.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"
#include "layout/text/word_breaks.h"

using namespace bm;
using namespace bm::text;

namespace {

constexpr Length kSize = 9000;

struct Fonts {
    fonts::FontRegistry registry;
    std::vector<fonts::FaceId> chain;
    Fonts() { chain = *registry.chain(fonts::Role::Song); }
};

Fonts& fontsOnce() {
    static Fonts f;
    return f;
}

struct Set {
    std::u16string text;
    MeasuredParagraph mp;
    ParagraphLayout pl;
    std::vector<std::string> lines;
};

Set setReal(const std::string& utf8, double measureEm, double indentEm = 0,
            const char* preset = "paper-kaiming") {
    Set s;
    s.text = *utf8ToUtf16(utf8);
    Fonts& f = fontsOnce();
    s.mp =
        measureWithFonts(s.text, kSize, *presetByName(preset),
                         static_cast<Length>(indentEm * kSize), {}, f.registry, f.chain, nullptr);
    s.pl = layoutParagraph(s.mp, LineWidths{{static_cast<Length>(measureEm * kSize)}});
    for (const auto& l : s.pl.lines)
        s.lines.push_back(
            utf16ToUtf8(std::u16string_view(s.text).substr(l.begin, l.end - l.begin)));
    return s;
}

std::string joined(const Set& s) {
    std::string out;
    for (const auto& l : s.lines) out += (out.empty() ? "" : "｜") + l;
    return out;
}

void requireInsideMeasure(const Set& s) {
    for (size_t i = 0; i < s.pl.lines.size(); ++i) {
        const ParagraphLine& l = s.pl.lines[i];
        INFO("line " << i + 1 << " «" << s.lines[i] << "» of " << joined(s));
        CHECK(l.offset + l.width <= (i == 0 ? s.mp.indent : 0) + l.measure);
        CHECK_FALSE(l.overfull);
    }
}

bool hasDiagnostic(const Set& s, const std::string& part) {
    for (const auto& d : s.pl.diagnostics)
        if (d.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("hyphenation: libhyphen with the en-US patterns, 2 letters before and 3 after",
          "[text][latin][hyphen]") {
    const Hyphenator& h = Hyphenator::english();
    REQUIRE(h.available());  // scripts/setup.sh installs hyphen-en-us
    CHECK(h.points("internationalization") == std::vector<unsigned>{2, 5, 7, 11, 13, 16});
    CHECK(h.points("Telescope") == std::vector<unsigned>{4});
    CHECK(h.points("NASA").empty());      // acronyms never
    CHECK(h.points("WQALWHSX").empty());  // all capitals
    for (unsigned p : h.points("electroencephalography")) {
        CHECK(p >= 2);
        CHECK(p + 3 <= 22);
    }
    const Hyphenator missing("/nonexistent/hyph_en_US.dic");
    CHECK_FALSE(missing.available());
    CHECK(missing.points("internationalization").empty());
}

TEST_CASE("a long word is hyphenated, the hyphen drawn but not in the text",
          "[text][latin][hyphen]") {
    const Set s = setReal("美国学者表示，internationalization是最长的英文单词之一。", 8);
    requireInsideMeasure(s);
    // 示， is not left alone before the word: the word is hyphenated into that line.
    REQUIRE(s.lines.size() >= 2);
    CHECK(s.lines[0] == "美国学者表示，in");
    REQUIRE(s.pl.lines[0].hyphenated);
    CHECK_FALSE(s.pl.lines[0].loose);
    // The hyphen is the line's last glyph, drawn after the word, with no text of its own.
    const PositionedGlyph& hyphen = s.pl.lines[0].glyphs.back();
    const fonts::Face& face = fontsOnce().registry.face(s.mp.faces[hyphen.face]);
    CHECK(hyphen.glyph == face.glyphFor(U'-'));
    CHECK(hyphen.clusterBegin == hyphen.clusterEnd);
    CHECK(s.pl.lines[0].offset + s.pl.lines[0].width == s.pl.lines[0].measure);
    std::string all;
    for (const auto& l : s.lines) all += l;
    CHECK(all == "美国学者表示，internationalization是最长的英文单词之一。");  // copy: whole word
}

TEST_CASE("a URL breaks after its separators, never inside :// nor after http",
          "[text][latin][link]") {
    const Set s = setReal("详情可登录网址：https://www.bzrb.com.cn/news/2024/index.html查询。", 8);
    requireInsideMeasure(s);
    for (size_t i = 0; i + 1 < s.lines.size(); ++i) {
        INFO(joined(s));
        CHECK_FALSE(s.pl.lines[i].hyphenated);  // no hyphen in a link
        const std::string& l = s.lines[i];
        CHECK(l.substr(l.size() >= 4 ? l.size() - 4 : 0) != "http");
        CHECK(l.substr(l.size() >= 5 ? l.size() - 5 : 0) != "https");
        CHECK(l.back() != ':');
        CHECK(s.lines[i + 1].rfind("//", 0) != 0);
    }
    REQUIRE(s.lines.size() >= 3);
    CHECK(s.lines[0] == "详情可登录网址：");
    CHECK(s.lines[1] == "https://www.");
    CHECK_FALSE(hasDiagnostic(s, "emergency"));
}

TEST_CASE("an e-mail address breaks at @ or a dot, without a hyphen", "[text][latin][link]") {
    const Set s = setReal("如有疑问，请发送邮件至news@bzrb.com.cn；也可来电。", 8);
    requireInsideMeasure(s);
    CHECK(joined(s).find("news@｜bzrb.com.cn；") != std::string::npos);
    for (const auto& l : s.pl.lines) CHECK_FALSE(l.hyphenated);
}

TEST_CASE("no justification space after the hyphen of Smith-Williams", "[text][latin]") {
    const Set s = setReal("美国学者John Smith-Williams表示，他将出席会议并发言。", 20, 2);
    REQUIRE(!s.pl.lines.empty());
    const std::string& first = s.lines[0];
    REQUIRE(first.find("Smith-Williams") != std::string::npos);
    REQUIRE_FALSE(s.pl.lines[0].isLast);  // justified
    // The glyph after the hyphen keeps its distance from it as set unjustified.
    const ParagraphLayout ragged =
        layoutParagraph(s.mp, LineWidths{{20 * kSize}}, LineAlign::Start);
    const std::u16string_view text(s.text);
    const auto hyphenAt = static_cast<std::uint32_t>(text.find(u"-Williams"));
    auto distanceAfterHyphen = [&](const ParagraphLine& line) -> Length {
        for (size_t g = 0; g + 1 < line.glyphs.size(); ++g)
            if (line.glyphs[g].clusterBegin == hyphenAt)
                return line.glyphs[g + 1].x - line.glyphs[g].x;
        FAIL("no hyphen glyph");
        return Length{0};
    };
    CHECK(s.pl.lines[0].width > s.pl.lines[0].natural);  // the line was stretched …
    CHECK(distanceAfterHyphen(s.pl.lines[0]) ==
          distanceAfterHyphen(ragged.lines[0]));  // … not here
}

TEST_CASE("a long number breaks after its hyphen rather than loosen the line before it",
          "[text][latin]") {
    // The issue: 查 询，或 拨 打 咨 询 电 话 letter-spaced because the number went whole.
    const Set s = setReal("详情请查询，或拨打咨询电话0543-3161234。", 8);
    requireInsideMeasure(s);
    for (const auto& l : s.pl.lines) CHECK_FALSE(l.loose);
    CHECK(joined(s).find("0543-｜3161234。") != std::string::npos);
}

TEST_CASE("emergency break: a run wider than the column breaks inside, with a warning",
          "[text][latin][emergency]") {
    const Set s = setReal("编号ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789已登记。", 6);
    requireInsideMeasure(s);
    REQUIRE(hasDiagnostic(s, "emergency break in «"));
    bool any = false;
    for (const auto& l : s.pl.lines) any = any || l.emergency;
    CHECK(any);
    // The warning names the text it broke.
    CHECK(hasDiagnostic(s, "ABCDEF"));
}

TEST_CASE("loose lines are reported with the line and its stretch", "[text][latin][loose]") {
    // A name that cannot be hyphenated is pushed whole; the line before it is loose and said so.
    const Set s = setReal("据路透社报道，NASA的James Webb Space Telescope发射成功。", 8, 2);
    requireInsideMeasure(s);
    bool loose = false;
    for (const auto& l : s.pl.lines) loose = loose || l.loose;
    CHECK(loose);
    CHECK(hasDiagnostic(s, "loose line"));
    CHECK(hasDiagnostic(s, "em per gap"));
}

TEST_CASE("links are recognised; numbers and words are not links", "[text][latin][link]") {
    CHECK(looksLikeLink(u"https://www.bzrb.com.cn/news"));
    CHECK(looksLikeLink(u"news@bzrb.com.cn"));
    CHECK(looksLikeLink(u"www.example.org"));
    CHECK(looksLikeLink(u"bzrb.com.cn"));
    CHECK(looksLikeLink(u"/usr/share/hyphen"));
    CHECK(looksLikeLink(u"C:\\Program"));
    CHECK(looksLikeLink(u"Files\\Banmian\\bin"));
    CHECK(looksLikeLink(u"docs/a/b.md"));
    CHECK_FALSE(looksLikeLink(u"km/h"));
    CHECK_FALSE(looksLikeLink(u"157.4"));
    CHECK_FALSE(looksLikeLink(u"3.7%"));
    CHECK_FALSE(looksLikeLink(u"WQAL®WHS"));
    CHECK_FALSE(looksLikeLink(u"1/3"));
    CHECK_FALSE(looksLikeLink(u"e.g."));
    CHECK(linkBreaks(u"https://a.b") == std::vector<size_t>{8, 9, 10});  // https://|a|.|b
}
