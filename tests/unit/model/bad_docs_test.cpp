// SPDX-License-Identifier: MIT
// Malformed documents (tests/data/bad-docs): each is refused with a one-line message that names
// the file, the JSON path and what was expected. Every fixture must have a row here.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "layout/model/serialize.h"
#include "model_fixtures.h"

using namespace bm::model;
using namespace bm::model::test;

namespace {

// file → a substring of the (first line of the) message.
const std::map<std::string, std::string> kExpected = {
    {"truncated.json",
     "malformed JSON at line 16, column 24: syntax error while parsing object - unexpected end of "
     "input"},
    {"empty.json", "malformed JSON at line 1, column 1"},
    {"top-level-array.json", "expected a JSON object at the top level, got array"},
    {"deep-nesting.json", "nesting deeper than 64 levels at line 1, column"},
    {"invalid-utf8.json", "invalid UTF-8 at byte offset 62 (line 4, column 13)"},
    {"wrong-format.json", "format: expected \"banmian-document\", got \"scribus-document\""},
    {"newer-version.json",
     "version: the file has format version 3, newer than this build supports (up to 2)"},
    {"paragraph-wrong-type.json", "articles[0].paragraphs[1]: expected a string, got number"},
    {"columns-wrong-type.json", "pages[0].grid.columns: expected a positive integer, got string"},
    {"negative-columns.json", "pages[0].grid.columns: expected a positive integer, got -3"},
    {"zero-columns.json", "pages[0].grid.columns: expected a positive integer, got 0"},
    {"page-too-large.json",
     "pages[0].width: expected a page size above 0 and at most 2000 mm (2 m), got 2100 mm"},
    {"missing-width.json", "pages[0].width: missing required field"},
    {"missing-article-id.json", "articles[0].id: missing required field"},
    {"unknown-article.json", "pages[0].articleFrames[0].article: unknown article id \"nope\""},
    {"duplicate-article-id.json", "articles[1].id: duplicate id \"a1\" (also articles[0])"},
    {"duplicate-frame-id.json",
     "pages[0].images[0].id: duplicate id \"f1\" (also pages[0].articleFrames[0])"},
    {"duplicate-page-id.json", "pages[1].id: duplicate id \"p1\" (also pages[0])"},
    {"rect-outside-columns.json",
     "pages[0].articleFrames[0].rects[0]: expected column + span <= 8 (the page's columns), got 6 "
     "+ 3 = 9"},
    {"rect-outside-lines.json",
     "pages[0].articleFrames[0].rects[0]: expected line + lines <= 103 (the page's grid lines), "
     "got 100 + 10 = 110"},
    {"bad-preset.json",
     "styles.body.preset: expected one of paper-kaiming, news-gb, news-gb-hanging, line-end-half, "
     "kaiming, half, "
     "none, got \"kinsoku-strict\""},
    {"bad-font-role.json",
     "styles.body.font: expected one of song, hei, kai, fangsong, got \"ming\""},
    {"huge-font-size.json",
     "styles.headline.size: expected a font size above 0 and at most 1000 pt, got 1200 pt"},
    {"body-off-grid.json",
     "styles.body.size: expected the body size of the grid of pages[0] (9 pt; body text is set one "
     "line per grid line), got 12 pt"},
    {"zero-font-size.json",
     "styles.body.size: expected a font size above 0 and at most 1000 pt, got 0 pt"},
    {"bad-tracking-range.json",
     "articles[0].tracking[0]: expected 0 <= begin < end <= 6 (characters in paragraph 1), got "
     "begin 3, end 9"},
    {"tracking-bad-paragraph.json",
     "articles[0].tracking[0].paragraph: expected a paragraph index from 0 to 1, got 5"},
    {"zero-text-columns.json",
     "pages[0].articleFrames[0].rects[0]: textColumns: expected a positive integer, got 0"},
    {"measure-too-large.json",
     "pages[0].articleFrames[0].rects[0]: measureEm: expected at most 18.224 em (3 text column(s) "
     "in 4 base column(s)), got 20"},
    {"unknown-field.json",
     "pages[0].grid.colums: unknown field (expected one of columns, gutter, bodySize, lineGapEm)"},
    {"bad-length-unit.json",
     "pages[0].height: expected a length (a number of points, or a string such as \"390mm\" or "
     "\"9pt\"), got string \"545 furlongs\""},
    {"type-area-outside-page.json",
     "pages[0].typeArea: expected the type area inside the 390 × 545 mm page"},
    {"gutters-too-wide.json",
     "pages[0].grid: expected columns that fit the type area, got 8 columns with"},
};

}  // namespace

TEST_CASE("every malformed document is refused with its expected message", "[model][bad-docs]") {
    size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dataPath("bad-docs"))) {
        const std::string name = e.path().filename().string();
        const std::string path = e.path().string();
        INFO(name);
        ++files;
        const auto it = kExpected.find(name);
        REQUIRE(it != kExpected.end());  // a new fixture needs its expected message here
        auto r = loadDocument(path);
        REQUIRE_FALSE(r.ok());
        const std::string& msg = r.error();
        const std::string first = msg.substr(0, msg.find('\n'));
        INFO(msg);
        CHECK_THAT(first, Catch::StartsWith(path + ": "));
        CHECK_THAT(first, Catch::Contains(it->second));
    }
    CHECK(files == kExpected.size());
    CHECK(files >= 15);
}

TEST_CASE("a malformed document with several problems lists them all", "[model][bad-docs]") {
    std::string json = readBytes(dataPath("docs/minimal.json"));
    const auto at = [&](const std::string& s) { return json.find(s); };
    json.replace(at("\"columns\": 8"), 12, "\"columns\": 0.5");
    json.replace(at("\"9pt\""), 5, "null");
    auto r = parseDocument(json, "x.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          "x.json: styles.body.size: expected a length (a number of points, or a string such as "
          "\"390mm\" or \"9pt\"), got null\n"
          "x.json: pages[0].grid.columns: expected a positive integer, got 0.5");
}
