// SPDX-License-Identifier: MIT
// Character attributes as the page shows them (issue 14): a size %, super- and subscripts,
// a tint and 着重号 reach the display list the screen, the PNG and the PDF replay; a 小标题
// keeps with the paragraph after it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "flow_fixture.h"
#include "layout/base/utf.h"

using namespace bm;
using namespace bm::test;

namespace {

// "本市今年新建改建道路十二条，…": the attributes go on 新建改建 (offsets 4–8).
model::Document styled(const model::CharAttrs& attrs) {
    model::Document doc = model::newDocument();
    model::Article a = makeArticle("a", 1, 2);
    a.charRanges = {{0, 4, 8, attrs}};
    doc.articles.push_back(a);
    doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 2, 0, 40, 1));
    return doc;
}

struct Runs {
    std::vector<const page::GlyphRun*> styled, plain, marks;  // marks: glyphs with no text
};

Runs runsOf(const page::PageLayout& page) {
    Runs out;
    for (const auto& item : page.display.items) {
        const auto* run = std::get_if<page::GlyphRun>(&item);
        if (!run || run->glyphs.empty()) continue;
        // The range starts at 新; the sentence's second copy is plain, in a run of its own.
        if (run->text.empty())
            out.marks.push_back(run);
        else if (run->textOf(0) == u"新")
            out.styled.push_back(run);
        else if (run->text.find(u'道') != std::u16string::npos)
            out.plain.push_back(run);
    }
    return out;
}

const Length kBody = 9000;

}  // namespace

TEST_CASE("char attrs: a superscript is set at 60 % and a third of an em up; a subscript down",
          "[flow][richtext]") {
    Fixture fx;
    fx.doc = styled(model::CharAttrs{std::nullopt, false, 100, false, model::Script::Super});
    fx.run();
    Runs r = runsOf(fx.layout->pages[0]);
    REQUIRE(!r.styled.empty());  // the first is the range; the second copy may start a line
    REQUIRE(r.plain.size() >= 1);
    CHECK(r.styled[0]->size == kBody * 6 / 10);
    CHECK(r.plain[0]->size == kBody);
    const Length baseline = r.plain[0]->positions[0].y;
    CHECK(r.styled[0]->positions[0].y == baseline - kBody * 330 / 1000);
    // The four small characters take 60 % of their width: the line holds more text.
    const Length width = r.styled[0]->positions[3].x - r.styled[0]->positions[0].x;
    CHECK(width < kBody * 3 * 7 / 10);

    Fixture sub;
    sub.doc = styled(model::CharAttrs{std::nullopt, false, 100, false, model::Script::Sub});
    sub.run();
    Runs s = runsOf(sub.layout->pages[0]);
    REQUIRE(!s.styled.empty());
    CHECK(s.styled[0]->positions[0].y == s.plain[0]->positions[0].y + kBody * 160 / 1000);
}

TEST_CASE("char attrs: a size % scales the glyphs; a tint prints grey and knocks out",
          "[flow][richtext]") {
    Fixture fx;
    fx.doc = styled(model::CharAttrs{std::nullopt, false, 150, false, model::Script::None, 40});
    fx.run();
    Runs r = runsOf(fx.layout->pages[0]);
    REQUIRE(!r.styled.empty());  // the first is the range; the second copy may start a line
    CHECK(r.styled[0]->size == kBody * 3 / 2);
    CHECK(r.styled[0]->positions[0].y == r.plain[0]->positions[0].y);  // same baseline
    const page::Paint& ink = r.styled[0]->fill;
    CHECK(ink.space == page::Paint::Space::Cmyk);
    CHECK(ink.c[3] == Approx(0.4f));
    CHECK_FALSE(ink.overprint);
    CHECK(r.plain[0]->fill == page::Paint::black());
}

TEST_CASE("char attrs: 着重号 put one dot under each character, none under punctuation",
          "[flow][richtext]") {
    Fixture fx;
    model::Document doc = styled(model::CharAttrs{std::nullopt, false, 100, true});
    doc.articles[0].charRanges[0].end = 14;  // 新建改建道路十二条， — 9 characters and a comma
    fx.doc = doc;
    fx.run();
    Runs r = runsOf(fx.layout->pages[0]);
    REQUIRE(!r.styled.empty());  // the first is the range; the second copy may start a line
    REQUIRE(r.marks.size() == 1);
    const page::GlyphRun& dots = *r.marks[0];
    CHECK(dots.glyphs.size() == 9);
    CHECK(dots.face == r.styled[0]->face);
    CHECK(dots.size < kBody / 2);
    const Length baseline = r.styled[0]->positions[0].y;
    for (size_t i = 0; i < dots.glyphs.size(); ++i) {
        // Centred under its character (1 em wide), below the baseline, above the next line.
        const Length centre = r.styled[0]->positions[i].x + kBody / 2;
        CHECK(std::abs(dots.positions[i].x - centre) < kBody / 4);
        CHECK(dots.positions[i].y > baseline);
        CHECK(dots.positions[i].y < baseline + kBody / 2);
    }
}

TEST_CASE("char attrs: a 小标题 never ends a column with its text in the next",
          "[flow][richtext]") {
    // One-line paragraphs before and after paragraph `subhead`, in a 2-column frame.
    auto layoutOf = [](int before, int after, int subhead) {
        Fixture fx;
        model::Article a;
        a.id = "a";
        a.headline = u"测试标题";
        for (int i = 0; i < before + 1 + after; ++i) a.paragraphs.push_back(u"市民出行更加便利。");
        if (subhead >= 0) a.paragraphStyles = {{subhead, "subhead"}};
        fx.doc.articles.push_back(a);
        fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 4, 0, 20, 2));
        fx.run();
        return fx.bodyLines("a");
    };
    auto lineOf = [](const std::vector<page::PlacedLine>& lines, int paragraph) {
        return *std::find_if(lines.begin(), lines.end(),
                             [&](const page::PlacedLine& l) { return l.paragraph == paragraph; });
    };
    // How many lines the first column holds: the frame overfull, nothing balanced.
    const auto probe = layoutOf(60, 0, -1);
    size_t perColumn = 1;
    while (perColumn < probe.size() && probe[perColumn].baseline > probe[perColumn - 1].baseline)
        ++perColumn;
    REQUIRE(perColumn > 3);
    REQUIRE(perColumn < probe.size());
    const Length top = probe.front().baseline;

    SECTION("a full frame: the 小标题 would be the last line of column 1") {
        const int n = static_cast<int>(perColumn) - 1;
        const auto lines = layoutOf(n, 60, n);
        CHECK(lineOf(lines, n).baseline == top);  // at the head of column 2
        CHECK(lineOf(lines, n).x > lineOf(lines, n - 1).x);
        CHECK(lineOf(lines, n + 1).baseline > top);  // its text directly below it
        CHECK(lineOf(lines, n + 1).x == lineOf(lines, n).x);
        // Without the style it stays at the foot of column 1.
        const auto plain = layoutOf(n, 60, -1);
        CHECK(lineOf(plain, n).x == lineOf(plain, n - 1).x);
    }
    SECTION("balanced columns: 12 lines would be 6 + 6 with the 小标题 6th") {
        const auto lines = layoutOf(5, 6, 5);
        CHECK(lineOf(lines, 5).baseline == top);
        CHECK(lineOf(lines, 5).x > lineOf(lines, 4).x);
        CHECK(lineOf(lines, 6).x == lineOf(lines, 5).x);
        const auto plain = layoutOf(5, 6, -1);
        CHECK(lineOf(plain, 5).x == lineOf(plain, 4).x);
        CHECK(lineOf(plain, 6).baseline == top);
    }
}
