// SPDX-License-Identifier: MIT
// The document format: round trips, the documented spellings, offsets, limits.
#include <catch2/catch.hpp>

#include "layout/base/utf.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "layout/model/validate.h"
#include "model_fixtures.h"

using namespace bm;
using namespace bm::model;
using namespace bm::model::test;

namespace {

Document seedDocument() {
    auto articles = importSeedArticles(seedPath());
    REQUIRE(articles.ok());
    return buildSeedDocument(*articles);
}

}  // namespace

// Writes the canonical fixture; run by hand after a deliberate format change:
//   bm_tests_model "[.generate]"
TEST_CASE("generate tests/data/docs/seed-page.json", "[.generate]") {
    REQUIRE(saveDocument(seedDocument(), dataPath("docs/seed-page.json")).ok());
}

TEST_CASE("the seed document is valid and its fixture is up to date", "[model][serialize]") {
    const Document doc = seedDocument();
    CHECK(validateDocument(doc).empty());
    auto loaded = loadDocument(dataPath("docs/seed-page.json"));
    REQUIRE(loaded.ok());
    CHECK(*loaded == doc);
}

TEST_CASE("serialize then parse gives the same document", "[model][serialize]") {
    Document withChecks = seedDocument();
    withChecks.checks.profile = "proof-only";
    withChecks.checks.waivers = {{"03b7e2a91c44f0d8", "ZH-SPACE-CJK", "口号保留空格"},
                                 {"0000000000000001", "LAY-UNDERSET", ""}};
    Document embedded = newDocument();
    embedded.checks.profileJson = R"({"extends":"daily-default","name":"house"})";
    for (const Document& doc : {newDocument(), seedDocument(), Document{}, withChecks, embedded}) {
        const std::string json = serializeDocument(doc);
        auto back = parseDocument(json, "round-trip");
        INFO(json.substr(0, 400));
        REQUIRE(back.ok());
        CHECK(*back == doc);
        // Deterministic, and a fixed point.
        CHECK(serializeDocument(*back) == json);
    }
}

TEST_CASE("every fixture in tests/data/docs round-trips byte for byte", "[model][serialize]") {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dataPath("docs"))) {
        if (e.path().extension() != ".json") continue;
        INFO(e.path().string());
        auto doc = loadDocument(e.path().string());
        REQUIRE(doc.ok());
        auto again = parseDocument(serializeDocument(*doc), "again");
        REQUIRE(again.ok());
        CHECK(*again == *doc);
        // Canonical fixtures (written by saveDocument) are reproduced exactly.
        if (e.path().filename() == "seed-page.json")
            CHECK(serializeDocument(*doc) == readBytes(e.path().string()));
        ++n;
    }
    CHECK(n >= 2);
}

TEST_CASE("a version 1 file loads as the same document and is saved as version 2",
          "[model][serialize][migration]") {
    // tests/data/docs-v1 keeps files written by the version 1 writer, unchanged.
    auto v1 = loadDocument(dataPath("docs-v1/seed-page.json"));
    REQUIRE(v1.ok());
    auto v2 = loadDocument(dataPath("docs/seed-page.json"));
    REQUIRE(v2.ok());
    CHECK(v1->version == kFormatVersion);
    CHECK(*v1 == *v2);
    CHECK(serializeDocument(*v1) == readBytes(dataPath("docs/seed-page.json")));
}

TEST_CASE("a hand-written file: unit strings, defaults and code-point tracking",
          "[model][serialize]") {
    auto r = loadDocument(dataPath("docs/minimal.json"));
    REQUIRE(r.ok());
    const Document& d = *r;
    CHECK(d.title == "最小文档");
    const Page& p = d.pages.at(0);
    CHECK(p.width == fromMm(390));
    CHECK(p.height == fromMm(545));
    CHECK(p.typeArea == Rect{fromMm(20), fromMm(30), fromMm(350), fromMm(490)});
    CHECK(p.grid.gutter == 8018);
    CHECK(p.grid.bodySize == 9000);
    CHECK(p.grid.lineGapMilliEm == 500);  // default
    CHECK(p.number == 1);                 // default
    CHECK(gridLines(p) == 103);
    REQUIRE(p.articleFrames.size() == 1);
    CHECK(p.articleFrames[0].rects[0].textColumns == 3);
    CHECK_FALSE(p.articleFrames[0].rects[0].measureMilliEm);
    CHECK(p.articleFrames[0].showHeadline);
    CHECK(d.styles.at("body").size == 9000);
    CHECK(d.styles.at("headline").bold);
    CHECK(d.styles.at("headline").align == Align::Center);
    const Article& a = d.articles.at(0);
    CHECK(a.headline == u"标题\n第二行");  // intended line break kept
    // "第二段𠀀字。": code points 2..4 are 段𠀀, i.e. UTF-16 units 2..5 (𠀀 is a surrogate pair).
    REQUIRE(a.tracking.size() == 1);
    CHECK(a.tracking[0] == TrackingRange{1, 2, 5, -50});
    // …and back to code points on save.
    CHECK(serializeDocument(d).find("\"begin\": 2,\n") != std::string::npos);
    CHECK(serializeDocument(d).find("\"end\": 4,\n") != std::string::npos);
}

TEST_CASE("lengths are written as points, whole numbers without a fraction", "[model][serialize]") {
    Document d = newDocument();
    const std::string json = serializeDocument(d);
    CHECK(json.find("\"width\": 1105.512,") != std::string::npos);  // 390 mm
    CHECK(json.find("\"bodySize\": 9,") != std::string::npos);
    CHECK(json.find("\"size\": 7.875,") != std::string::npos);  // credit 六号
    CHECK(json.find("\"lineGapEm\": 0.5") != std::string::npos);
    CHECK(json.rfind("{\n  \"format\": \"banmian-document\",\n  \"version\": 2,", 0) == 0);
    CHECK(json.back() == '\n');
}

TEST_CASE("odd lengths and ems survive the round trip exactly", "[model][serialize]") {
    Document d = newDocument();
    Page& p = d.pages[0];
    p.typeArea.x = 1;        // 0.001 pt
    p.typeArea.y = 1234567;  // 1234.567 pt
    p.height = 1234567 + p.typeArea.h + 7;
    p.width = 5669291;  // the 2 m limit
    d.styles["body"].trackingMilliEm = -37;
    d.styles["body"].indentMilliEm = -1999;
    d.styles["x"] = Style{};
    d.styles["x"].size = 333;
    p.articleFrames.clear();
    d.articles.push_back(Article{"a",
                                 u"引",
                                 u"主\n题",
                                 u"副",
                                 u"署名",
                                 u"本报讯",
                                 {u"段"},
                                 u"摄",
                                 true,
                                 {0},
                                 {TrackingRange{0, 0, 1, 1}},
                                 Length{36000},  // v2 title block: 小初, 楷, 扁 90 %
                                 FontRole::Kai,
                                 90});
    d.fitLimits = FitLimits{-40, 20};  // v2
    ArticleFrame f{"f", "a", 0, {rect(1, 2, 3, 4, 1, 123)}, false, 2, false};
    p.articleFrames.push_back(f);
    INFO((validateDocument(d).empty() ? "" : validateDocument(d).front()));
    REQUIRE(validateDocument(d).empty());
    auto back = parseDocument(serializeDocument(d), "t");
    REQUIRE(back.ok());
    CHECK(*back == d);
}

TEST_CASE("a 1,000,000-character article loads; oversized input is refused", "[model][serialize]") {
    Document d = newDocument();
    std::u16string big;
    big.reserve(1000000);
    for (int i = 0; i < 1000000; ++i) big.push_back(i % 100 == 99 ? u'。' : u'字');
    d.articles.push_back(Article{});
    d.articles[0].id = "big";
    d.articles[0].paragraphs = {big, u"尾。"};
    d.articles[0].tracking = {TrackingRange{0, 999990, 1000000, -20}};
    ScratchDir dir;
    REQUIRE(saveDocument(d, dir.file("big.json")).ok());
    auto back = loadDocument(dir.file("big.json"));
    REQUIRE(back.ok());
    CHECK(back->articles[0].paragraphs[0].size() == 1000000);
    CHECK(*back == d);

    // A file over the limit is refused by its size, before anything is read.
    const std::string huge = dir.file("huge.json");
    writeBytes(huge, "");
    std::filesystem::resize_file(huge, std::uintmax_t{101} << 20);
    auto r = loadDocument(huge);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains(huge) && Catch::Contains("not supported"));
    CHECK(r.error().find('\n') == std::string::npos);
}

TEST_CASE("errors are one line each, prefixed by the label", "[model][serialize]") {
    Document d = newDocument();
    d.pages[0].grid.columns = -3;
    d.styles["body"].preset = "nope";
    auto r = parseDocument(serializeDocument(d), "two.json");
    REQUIRE_FALSE(r.ok());
    const std::string& e = r.error();
    CHECK(e ==
          "two.json: styles.body.preset: expected one of paper-kaiming, news-gb, news-gb-hanging, "
          "line-end-half, "
          "kaiming, half, none, got \"nope\"\n"
          "two.json: pages[0].grid.columns: expected a positive integer, got -3");
}

TEST_CASE("a missing file names the path and the OS reason", "[model][serialize]") {
    auto r = loadDocument("/nonexistent/dir/doc.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == "cannot read '/nonexistent/dir/doc.json': No such file or directory");
    auto d = loadDocument(BM_TEST_DATA);
    REQUIRE_FALSE(d.ok());
    CHECK_THAT(d.error(), Catch::Contains("Is a directory"));
}

TEST_CASE("malformed JSON reports line and column", "[model][serialize]") {
    auto r =
        parseDocument("{\n  \"format\": \"banmian-document\",\n  \"version\": 1,,\n}", "m.json");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::StartsWith("m.json: malformed JSON at line 3, column 16: "));
    // Columns count characters, not bytes.
    auto u = parseDocument("{\"title\": \"标题\" x}", "u.json");
    REQUIRE_FALSE(u.ok());
    CHECK_THAT(u.error(), Catch::StartsWith("u.json: malformed JSON at line 1, column 16"));
}

TEST_CASE("comments: keys starting with '_' are ignored", "[model][serialize]") {
    std::string json = serializeDocument(newDocument());
    json.insert(json.find("\"format\""), "\"_comment\": \"hand edited\",\n  ");
    auto r = parseDocument(json, "c");
    REQUIRE(r.ok());
    CHECK(*r == newDocument());
}
