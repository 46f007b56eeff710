// SPDX-License-Identifier: MIT
// The 对开 8 栏 template, the default styles and the seed-page importer.
#include <catch2/catch.hpp>

#include "layout/base/utf.h"
#include "layout/model/page_setup.h"
#include "layout/model/templates.h"
#include "layout/model/validate.h"
#include "model_fixtures.h"

using namespace bm;
using namespace bm::model;
using namespace bm::model::test;

TEST_CASE("对开8栏: 390 × 545 mm, 350 × 490 mm type area, 13 字 columns", "[model][templates]") {
    const Page p = duikai8Template();
    CHECK(p.id == "p1");
    CHECK(p.width == fromMm(390));
    CHECK(p.height == fromMm(545));
    CHECK(p.typeArea.w == fromMm(350));
    CHECK(p.typeArea.h == fromMm(490));
    // Centred horizontally; 天头 larger than 地脚.
    CHECK(p.typeArea.x == (p.width - p.typeArea.w) / 2);
    const Length top = p.typeArea.y, bottom = p.height - p.typeArea.bottom();
    CHECK(top > bottom);
    CHECK(bottom > 0);
    CHECK(p.grid.columns == 8);
    CHECK(p.grid.bodySize == fromPt(9));
    CHECK(p.grid.lineGapMilliEm == 500);
    CHECK(p.grid.pitch() == 13500);
    // Every base column holds exactly 13 字 of 小五.
    CHECK(columnsWidth(p, 1) == 13 * 9000);
    CHECK(p.grid.gutter == (fromMm(350) - 8 * 13 * 9000) / 7);
    CHECK(toMm(p.grid.gutter) == Approx(2.83).margin(0.01));
    CHECK(columnX(p, 7) + columnsWidth(p, 1) <= p.typeArea.right());
    CHECK(gridLines(p) == 103);  // "about 102 lines"
    CHECK(lineTop(p, gridLines(p) - 1) + p.grid.bodySize <= p.typeArea.bottom());
    CHECK(p.header.show);
    CHECK(duikai8Template("x", 5).number == 5);
}

TEST_CASE("default styles cover every named style", "[model][templates]") {
    const auto s = defaultStyles();
    for (const char* name : kStyleNames) CHECK(s.count(name) == 1);
    CHECK(s.size() == std::size(kStyleNames));
    CHECK(s.at("body") ==
          Style{FontRole::Song, "", false, 9000, Align::Justify, "paper-kaiming", 0, 2000, 500});
    CHECK(s.at("headline").role == FontRole::Hei);
    CHECK(s.at("headline").bold);
    CHECK(s.at("headline").size == 30000);
    CHECK(s.at("headline").align == Align::Center);
    CHECK(s.at("headline").indentMilliEm == 0);
    CHECK(s.at("kicker").role == FontRole::Kai);
    CHECK(s.at("kicker").size == 14000);
    CHECK(s.at("kicker").indentMilliEm == 0);
    CHECK(s.at("byline").size == 10500);
    CHECK(s.at("dateline").size == s.at("body").size);  // runs into the first paragraph
    CHECK(s.at("credit").size == 7875);
    CHECK(s.at("credit").align == Align::Right);
    CHECK(s.at("caption").indentMilliEm == 0);
    CHECK(s.at("jump").align == Align::Right);
    for (const auto& [name, style] : s) {
        INFO(name);
        CHECK(validateStyle(style, name).empty());
    }
}

TEST_CASE("a new document is valid", "[model][templates]") {
    const Document d = newDocument();
    CHECK(validateDocument(d).empty());
    CHECK(d.pages.size() == 1);
    CHECK(d.articles.empty());
    CHECK(d.version == kFormatVersion);
}

TEST_CASE("the seed page imports all six articles", "[model][templates]") {
    auto r = importSeedArticles(seedPath());
    REQUIRE(r.ok());
    const auto& a = *r;
    REQUIRE(a.size() == 6);
    const std::vector<std::pair<std::string, size_t>> expected = {
        {"speech", 29},      {"job-fair", 2},       {"library-books", 2},
        {"tree-warming", 2}, {"guoxue-society", 3}, {"platform-economy", 4}};
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].first);
        CHECK(a[i].id == expected[i].first);
        CHECK(a[i].paragraphs.size() == expected[i].second);
        CHECK(a[i].tracking.empty());
    }
    // The salutation is the only flush paragraph.
    CHECK(a[0].flushParagraphs == std::vector<int>{0});
    CHECK(a[0].paragraphs[0] == u"各位领导、各位嘉宾，女士们、先生们、朋友们：");
    for (size_t i = 1; i < a.size(); ++i) CHECK(a[i].flushParagraphs.empty());
    // Headline breaks and nulls.
    CHECK(a[0].headline == u"扛起发展新质生产力大旗\n加快铝业绿色低碳高质量发展");
    CHECK(a[0].byline == u"宋永祥");
    CHECK(a[0].kicker.empty());
    CHECK(a[0].subheadline.find(u'\n') != std::u16string::npos);
    CHECK(a[2].kicker == u"市图书馆“童书漂流 书润乡梦”图书捐赠活动举行");
    CHECK(a[2].dateline == u"本报讯（记者 刘清春 通讯员 李晓旭 徐浩明 报道）");
    CHECK(a[5].dateline == u"本报讯 (记者 李伟伟 通讯员 吕超 陈磊 报道)");
    // Credits: job-fair runs in, tree-warming stands on its own line.
    CHECK(a[1].credit == u"（通讯员 摄影）");
    CHECK(a[1].creditRunIn);
    CHECK(a[3].credit == u"（通讯员 卢青 摄影）");
    CHECK_FALSE(a[3].creditRunIn);
    for (const Article& art : a) CHECK(validateArticle(art, art.id).empty());
}

TEST_CASE("the salutation rule", "[model][templates]") {
    CHECK(isSalutation(u"各位领导、各位嘉宾，女士们、先生们、朋友们："));
    CHECK(isSalutation(u"同志们："));
    CHECK_FALSE(isSalutation(u"他说：今天很好。他又说："));  // has a sentence end
    CHECK_FALSE(isSalutation(u"各位嘉宾，朋友们！"));
    CHECK_FALSE(isSalutation(u""));
}

TEST_CASE("seed import errors name the file and the path", "[model][templates]") {
    ScratchDir dir;
    const std::string path = dir.file("seed.json");
    writeBytes(path, R"({"articles": [{"id": "x", "headline": "h", "paragraphs": ["a", 3]}]})");
    auto r = importSeedArticles(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == path + ": articles[0].paragraphs[1]: expected a string, got number");
    auto missing = importSeedArticles(dir.file("nope.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error(), Catch::Contains("No such file or directory"));
}

TEST_CASE("page presets and custom set-ups make valid pages", "[model][setup]") {
    const auto presets = pagePresets();
    REQUIRE(presets.size() == 2);
    auto duikai = pageFromSetup(presets[0], "p1", 1, PageHeader{});
    REQUIRE(duikai);
    // The 对开 preset is the reference page's grid: 8 columns of 13 字.
    const Page reference = duikai8Template();
    CHECK(duikai->typeArea == reference.typeArea);
    CHECK(duikai->grid == reference.grid);
    auto sikai = pageFromSetup(presets[1], "p1", 1, PageHeader{});
    REQUIRE(sikai);
    CHECK(sikai->grid.columns == 6);
    CHECK(sikai->grid.gutter >= sikai->grid.bodySize / 2);
    PageSetup bad = presets[1];
    bad.inside = bad.width;
    CHECK_FALSE(pageFromSetup(bad, "p1", 1, PageHeader{}));
    bad = presets[1];
    bad.columns = 100;  // narrower than a 字 each
    CHECK_FALSE(pageFromSetup(bad, "p1", 1, PageHeader{}));
    auto doc = documentFromSetup(presets[1], PageHeader{true, u"晚报", u"", u"要闻"}, 5);
    REQUIRE(doc);
    CHECK(doc->pages[0].number == 5);
    CHECK(doc->pages[0].header.paperName == u"晚报");

    // A custom body size sets the grid and the body style together: the new document loads.
    PageSetup large = presets[1];
    large.bodySize = fromPt(10.5);
    auto big = documentFromSetup(large, PageHeader{}, 1);
    REQUIRE(big);
    CHECK(big->pages[0].grid.bodySize == 10500);
    CHECK(big->style("body").size == 10500);
    CHECK(validateDocument(*big).empty());
}
