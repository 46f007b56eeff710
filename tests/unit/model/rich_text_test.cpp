// SPDX-License-Identifier: MIT
// Rich text in the model (v2, issue 14): character ranges and paragraph styles — the file
// format, validation, the set/clear logic and how they follow their text through edits.
#include <catch2/catch.hpp>

#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "layout/model/text_mapping.h"
#include "layout/model/validate.h"

using namespace bm::model;
using C = std::vector<CharRange>;
using P = std::vector<std::u16string>;

namespace {

const CharAttrs kHei{FontRole::Hei};
const CharAttrs kBold{std::nullopt, true};

Document richDocument() {
    Document doc = newDocument();
    Article a;
    a.id = "a";
    a.headline = u"平台经济";
    a.paragraphs = {u"精心培育挖掘，做好集聚文章。市发展改革委……", u"小标题",
                    u"𠀀字在前，着重号。"};
    a.charRanges = {{0, 0, 14, kHei},
                    {2, 0, 3, CharAttrs{FontRole::FangSong, true, 80, true, Script::Sub, 40}},
                    {2, 4, 7, CharAttrs{std::nullopt, false, 100, true}}};
    a.paragraphStyles = {{1, "subhead"}};
    doc.articles.push_back(a);
    return doc;
}

}  // namespace

TEST_CASE("character ranges and paragraph styles round-trip; offsets are code points",
          "[model][richtext]") {
    const Document doc = richDocument();
    REQUIRE(validateDocument(doc).empty());
    const std::string json = serializeDocument(doc);
    CHECK(json.find(R"("characterStyles")") != std::string::npos);
    CHECK(json.find(R"("font": "fangsong")") != std::string::npos);
    CHECK(json.find(R"("script": "sub")") != std::string::npos);
    // 𠀀 is two UTF-16 units but one character in the file: the range [0, 3) units is 0 … 2.
    CHECK(json.find(R"("begin": 0,)") != std::string::npos);
    auto back = parseDocument(json, "rich");
    REQUIRE(back.ok());
    CHECK(*back == doc);
    CHECK(serializeDocument(*back) == json);
    // A document without rich text writes neither key (v1 documents keep their bytes).
    const std::string plain = serializeDocument(newDocument());
    CHECK(plain.find("characterStyles") == std::string::npos);
    CHECK(plain.find("paragraphStyles") == std::string::npos);
}

TEST_CASE("bad rich text is refused with the key named", "[model][richtext]") {
    auto problems = [](auto&& change) {
        Document doc = richDocument();
        change(doc.articles[0]);
        const auto out = validateDocument(doc);
        return out.empty() ? std::string() : out.front();
    };
    CHECK_THAT(problems([](Article& a) { a.charRanges[1].begin = 5; }),
               Catch::Contains("characterStyles[1]"));
    CHECK_THAT(problems([](Article& a) { a.charRanges[0].attrs = {}; }),
               Catch::Contains("a plain range is no range"));
    CHECK_THAT(problems([](Article& a) { a.charRanges[0].attrs.tintPercent = 120; }),
               Catch::Contains("tint"));
    CHECK_THAT(problems([](Article& a) {
                   a.charRanges.push_back({0, 10, 12, kBold});
               }),
               Catch::Contains("do not overlap"));
    CHECK_THAT(problems([](Article& a) { a.paragraphStyles[0].style = "nosuch"; }),
               Catch::Contains("unknown style \"nosuch\""));
    CHECK_THAT(problems([](Article& a) {
                   a.paragraphStyles.push_back({1, "quote"});
               }),
               Catch::Contains("increasing"));
    auto bad = parseDocument(R"({"version": 2, "articles": [{"id": "a", "paragraphs": ["甲乙"],
        "characterStyles": [{"paragraph": 0, "begin": 0, "end": 3, "bold": true}]}]})",
                             "bad");
    CHECK_FALSE(bad.ok());
}

TEST_CASE("setting attributes replaces what was there; plain clears; equal neighbours merge",
          "[model][richtext]") {
    C r = withCharAttrs({}, 0, 2, 8, kHei);
    CHECK(r == C{{0, 2, 8, kHei}});
    r = withCharAttrs(r, 0, 4, 6, kBold);  // a bold hole in the 黑体
    CHECK(r == C{{0, 2, 4, kHei}, {0, 4, 6, kBold}, {0, 6, 8, kHei}});
    r = withCharAttrs(r, 0, 4, 6, kHei);  // filled again: one range
    CHECK(r == C{{0, 2, 8, kHei}});
    r = withCharAttrs(r, 0, 0, 3, {});  // cleared at the start
    CHECK(r == C{{0, 3, 8, kHei}});
    CHECK(withCharAttrs(r, 0, 0, 20, {}).empty());
}

TEST_CASE("character ranges and paragraph styles follow their text", "[model][richtext]") {
    const P before{u"精心培育。其余文字", u"小标题", u"正文"};
    const C lead{{0, 0, 5, kHei}};
    // Typing inside the lead-in grows it; typing after it does not.
    CHECK(mapCharRanges(before, {u"精心地培育。其余文字", u"小标题", u"正文"}, lead) ==
          C{{0, 0, 6, kHei}});
    CHECK(mapCharRanges(before, {u"精心培育。其余的文字", u"小标题", u"正文"}, lead) == lead);
    // A new paragraph above moves both the range and the 小标题 mark down.
    const P inserted{u"新段", u"精心培育。其余文字", u"小标题", u"正文"};
    CHECK(mapCharRanges(before, inserted, lead) == C{{1, 0, 5, kHei}});
    const std::vector<ParagraphStyleMark> marks{{1, "subhead"}};
    CHECK(mapParagraphStyles(before, inserted, marks) ==
          std::vector<ParagraphStyleMark>{{2, "subhead"}});
    // Its paragraph deleted: the mark goes (the inverse edit brings it back).
    CHECK(mapParagraphStyles(before, {u"精心培育。其余文字", u"正文"}, marks).empty());
}

TEST_CASE(
    "rich text edits: a fix inside a lead-in keeps it, a style change reaches every "
    "paragraph of the style",
    "[model][richtext]") {
    Document doc = richDocument();
    REQUIRE(applyEdit(doc, SetCharAttrs{"a", 0, 0, 14, kHei}).ok());
    const Document before = doc;
    auto fix =
        applyEdit(doc, ReplaceText{{"a", "", "", "paragraphs", 0}, {{0, 2, u"精心", u"用心地"}}});
    REQUIRE(fix.ok());
    CHECK(doc.articles[0].charRanges[0] == CharRange{0, 0, 15, kHei});
    REQUIRE(applyEdit(doc, fix->inverse).ok());
    CHECK(doc == before);
    // Unknown styles and bad ranges are refused and change nothing.
    CHECK_FALSE(applyEdit(doc, SetParagraphStyle{"a", 0, "nosuch"}).ok());
    CHECK_FALSE(applyEdit(doc, SetCharAttrs{"a", 0, 5, 99, kBold}).ok());
    CHECK(doc == before);
    // The built-in 小标题 is 黑体; redefining it changes what every 小标题 paragraph is set in.
    CHECK(doc.paragraphStyle("subhead").role == FontRole::Hei);
    Style kai = doc.paragraphStyle("subhead");
    kai.role = FontRole::Kai;
    REQUIRE(applyEdit(doc, SetStyle{"subhead", kai}).ok());
    CHECK(doc.paragraphStyle(doc.articles[0].paragraphStyle(1)).role == FontRole::Kai);
    CHECK(doc.articles[0].paragraphStyle(0) == "body");
    CHECK(editLabel(SetCharAttrs{"a", 0, 0, 1, kBold}) == "Character style");
    CHECK(editLabel(SetParagraphStyle{"a", 0, "subhead"}) == "Paragraph style");
}
