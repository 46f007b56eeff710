// SPDX-License-Identifier: MIT
// Moving and resizing stop at neighbours: a frame dragged onto another stops at its edge and
// names it, a diagonal drag into a wall glides along it, a group stays on the grid, a resize
// grows only into free cells, and an overlap loaded from a file can be dragged apart.
#include "layout/place/gesture_stop.h"
#include "place_fixture.h"

using namespace bm;
using model::GridRect;

namespace {

/// Two 3-column frames side by side with two free columns between them (columns 1-3 and 6-8,
/// lines 11-30).
model::Document twoFrames() {
    model::Document doc = bm::testing::loadSample("seed-page.bmdoc.json");
    auto& page = doc.pages[0];
    page.images.clear();
    page.labels.clear();
    page.rules.clear();
    page.articleFrames.resize(2);
    page.articleFrames[0].rects = {model::FrameRect{{0, 3, 10, 20}, 3, std::nullopt}};
    page.articleFrames[1].rects = {model::FrameRect{{5, 3, 10, 20}, 3, std::nullopt}};
    return doc;
}

place::MoveStop move(const model::Page& page, const std::vector<std::string>& ids, int columns,
                     int lines) {
    return place::stopMove(page, ids, columns, lines, model::columnsWidth(page, 1),
                           page.grid.pitch());
}

}  // namespace

TEST_CASE("a move stops at the neighbour's edge, names it, and glides along it",
          "[place][gesture]") {
    const auto doc = twoFrames();
    const auto& page = doc.pages[0];
    const std::string a = page.articleFrames[0].id, b = page.articleFrames[1].id;
    // Straight right onto the other frame: stops touching it, held by it.
    auto s = move(page, {a}, 4, 0);
    CHECK(std::make_pair(s.columns, s.lines) == std::make_pair(2, 0));
    REQUIRE(s.heldBy);
    CHECK(s.heldBy->id == b);
    CHECK(s.heldBy->articleId == page.articleFrames[1].articleId);
    // Diagonally into it: the down part still happens.
    s = move(page, {a}, 4, 5);
    CHECK(std::make_pair(s.columns, s.lines) == std::make_pair(2, 5));
    // Past it below: free, so allowed, and nothing is named.
    s = move(page, {a}, 4, 21);
    CHECK(std::make_pair(s.columns, s.lines) == std::make_pair(4, 21));
    CHECK_FALSE(s.heldBy);
    // Off the grid: stops at its edge.
    s = move(page, {a}, 0, 500);
    CHECK(s.lines == model::gridLines(page) - 30);
    // Both frames together: the right one is already at the grid's edge.
    s = move(page, {a, b}, 2, 0);
    CHECK(s.columns == 0);
}

TEST_CASE("a resize grows only into free cells", "[place][gesture]") {
    const auto doc = twoFrames();
    const auto& page = doc.pages[0];
    const std::string a = page.articleFrames[0].id;
    const GridRect from = page.articleFrames[0].rects[0].area;
    auto r = place::stopResize(page, a, from, {0, 7, 10, 20});
    CHECK(r.rect == GridRect{0, 5, 10, 20});
    REQUIRE(r.heldBy);
    CHECK(r.heldBy->id == page.articleFrames[1].id);
    CHECK(place::stopResize(page, a, from, {0, 2, 10, 20}).rect == GridRect{0, 2, 10, 20});
    CHECK(place::stopResize(page, a, from, {0, 3, 5, 40}).rect == GridRect{0, 3, 5, 40});
    // Growing right and down at once: the right edge stops, the bottom one still goes.
    CHECK(place::stopResize(page, a, from, {0, 7, 10, 30}).rect == GridRect{0, 5, 10, 30});
}

TEST_CASE("frames that overlap from the start can be dragged apart", "[place][gesture]") {
    auto doc = twoFrames();
    auto& page = doc.pages[0];
    page.articleFrames[1].rects[0].area.column = 2;  // overlaps frame 0 on column 3
    const auto s = move(page, {page.articleFrames[1].id}, 3, 0);
    CHECK(s.columns == 3);
    CHECK_FALSE(s.heldBy);
}

TEST_CASE("a move stops at a rule as at a frame", "[place][gesture]") {
    const auto doc = bm::testing::loadSample("seed-page.bmdoc.json");
    const auto& page = doc.pages[0];
    // The library frame (lines 55-64, 1-based) moved up: the rule under the speech runs between
    // lines 53 and 54, so one line up is free and the second would put the rule through it.
    auto s = move(page, {"f-library"}, 0, -1);
    CHECK(s.lines == -1);
    CHECK_FALSE(s.heldBy);
    s = move(page, {"f-library"}, 0, -5);
    CHECK(s.lines == -1);
    REQUIRE(s.heldBy);
    CHECK(s.heldBy->id == "rule-speech-library");
    CHECK(s.heldBy->kind == place::ItemKind::Rule);
}
