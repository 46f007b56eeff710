// SPDX-License-Identifier: MIT
// Hand fitting survives typing: tracking ranges and flush marks follow their text through a
// paragraph edit the way a text editor keeps a selection.
#include <catch2/catch.hpp>

#include "layout/model/edit.h"
#include "layout/model/text_mapping.h"

using namespace bm::model;
using P = std::vector<std::u16string>;
using T = std::vector<TrackingRange>;

TEST_CASE("a whole-paragraph range grows and shrinks with typing in it", "[model][mapping]") {
    const P before{u"甲乙丙丁", u"戊己庚辛壬"};
    const T whole{{1, 0, 5, -30}};
    // One character typed in the middle, at the start and at the end of the paragraph.
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁", u"戊己X庚辛壬"}, whole) == T{{1, 0, 6, -30}});
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁", u"X戊己庚辛壬"}, whole) == T{{1, 0, 6, -30}});
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁", u"戊己庚辛壬X"}, whole) == T{{1, 0, 6, -30}});
    // One deleted, one replaced.
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁", u"戊庚辛壬"}, whole) == T{{1, 0, 4, -30}});
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁", u"戊己更辛壬"}, whole) == T{{1, 0, 5, -30}});
    // An edit in another paragraph leaves it alone.
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁丁", u"戊己庚辛壬"}, whole) == whole);
}

TEST_CASE("a partial range keeps its characters", "[model][mapping]") {
    const P before{u"甲乙丙丁戊己"};
    const T part{{0, 2, 4, 20}};  // 丙丁
    CHECK(mapTrackingRanges(before, {u"甲X乙丙丁戊己"}, part) == T{{0, 3, 5, 20}});
    CHECK(mapTrackingRanges(before, {u"甲乙丙丁戊己X"}, part) == part);
    CHECK(mapTrackingRanges(before, {u"甲丙丁戊己"}, part) == T{{0, 1, 3, 20}});
    // Its text deleted: the range goes (the inverse edit brings it back).
    CHECK(mapTrackingRanges(before, {u"甲乙戊己"}, part).empty());
}

TEST_CASE("paragraph breaks move ranges and flush marks with their paragraph", "[model][mapping]") {
    const P before{u"同志们：", u"正文一。", u"正文二。"};
    const T ranges{{1, 0, 4, -20}, {2, 0, 4, 10}};
    // A new paragraph typed before the second.
    const P inserted{u"同志们：", u"新的。", u"正文一。", u"正文二。"};
    CHECK(mapTrackingRanges(before, inserted, ranges) == T{{2, 0, 4, -20}, {3, 0, 4, 10}});
    CHECK(mapParagraphIndices(before, inserted, {0, 2}) == std::vector<int>{0, 3});
    // A new paragraph after the last.
    const P appended{u"同志们：", u"正文一。", u"正文二。", u"尾。"};
    CHECK(mapTrackingRanges(before, appended, ranges) == ranges);
    // Enter in the middle of a tracked paragraph: both halves keep the tracking.
    const P split{u"同志们：", u"正文", u"一。", u"正文二。"};
    CHECK(mapTrackingRanges(before, split, ranges) ==
          T{{1, 0, 2, -20}, {2, 0, 2, -20}, {3, 0, 4, 10}});
    // Joining two paragraphs: each keeps its part.
    const P joined{u"同志们：", u"正文一。正文二。"};
    CHECK(mapTrackingRanges(before, joined, ranges) == T{{1, 0, 4, -20}, {1, 4, 8, 10}});
    // A paragraph deleted: its range and flush mark go, the others follow.
    const P removed{u"同志们：", u"正文二。"};
    CHECK(mapTrackingRanges(before, removed, ranges) == T{{1, 0, 4, 10}});
    CHECK(mapParagraphIndices(before, removed, {0, 1}) == std::vector<int>{0});
}

TEST_CASE("ranges never end inside a surrogate pair", "[model][mapping]") {
    const P before{u"甲\U00020000乙"};  // 𠀀 is two UTF-16 units
    const T all{{0, 0, 4, -10}};
    const P after{u"甲\U00020001乙"};  // shares the high surrogate
    const T mapped = mapTrackingRanges(before, after, all);
    CHECK(mapped == all);
}

TEST_CASE("a fitted story keeps its tracking through a one-character edit", "[model][mapping]") {
    Document doc;
    Article a;
    a.id = "a";
    a.paragraphs = {u"各位领导：", u"今天我们在这里隆重集会。", u"谢谢大家。"};
    a.flushParagraphs = {0};
    a.tracking = {{1, 0, 12, -40}, {2, 0, 5, -40}};
    doc.articles.push_back(a);
    auto r = applyEdit(doc, SetParagraphs{"a",
                                          {u"各位领导：", u"今天我们在此隆重集会。", u"谢谢大家。"},
                                          std::nullopt,
                                          std::nullopt});
    REQUIRE(r.ok());
    CHECK(doc.article("a")->tracking == T{{1, 0, 11, -40}, {2, 0, 5, -40}});
    CHECK(doc.article("a")->flushParagraphs == std::vector<int>{0});
    // Undo restores the exact ranges.
    REQUIRE(applyEdit(doc, r->inverse).ok());
    CHECK(*doc.article("a") == a);
}
