// SPDX-License-Identifier: MIT
// Moving and resizing stop at neighbours: a frame dragged onto another stops at its edge, a
// diagonal drag into a wall glides along it, a resize grows only into free cells.
#include "layout/place/free_space.h"
#include "place_fixture.h"

using namespace bm;
using model::GridRect;

namespace {

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

}  // namespace

TEST_CASE("the free space knows who holds each cell", "[place][free]") {
    const auto doc = bm::testing::loadSample("seed-page.bmdoc.json");
    const place::FreeSpace space(doc, doc.pages[0]);
    CHECK(space.columns() == 8);
    CHECK(space.lines() == model::gridLines(doc.pages[0]));
    REQUIRE(space.owner(0, 0));
    CHECK(space.owner(0, 0)->id == "f-speech");
    CHECK(space.owner(6, 20)->id == "img-job-fair");
    CHECK(space.isFree(0, 52));  // the gap under the speech, where a rule runs between lines
    CHECK_FALSE(space.isFree(8, 0));
    CHECK(space.freeRun(3, 53) == std::make_pair(0, 6));
    // The rule between lines 53 and 54 (1-based) takes no cell but cuts a rect across it.
    CHECK(space.freeDepth(0, 6, 52) == 1);
    CHECK(space.freeDepth(0, 6, 53) == 1);
    CHECK_FALSE(space.isFree(GridRect{0, 6, 52, 2}));
    REQUIRE(space.ruleThrough(GridRect{0, 6, 52, 2}));
    CHECK(space.ruleThrough(GridRect{0, 6, 52, 2})->id == "rule-speech-library");
    // Ignoring a frame frees its cells (and its inset photos, none here).
    const place::FreeSpace without(doc, doc.pages[0], place::Ignore{"f-speech"});
    CHECK(without.isFree(GridRect{0, 6, 0, 52}));
}

TEST_CASE("a move stops at the neighbour's edge and glides along it", "[place][free]") {
    const auto doc = twoFrames();
    const auto& page = doc.pages[0];
    const place::FreeSpace space(doc, page, place::Ignore{page.articleFrames[0].id});
    const GridRect from = page.articleFrames[0].rects[0].area;
    // Straight right onto the other frame: stops touching it.
    CHECK(place::constrainMove(space, from, {4, 3, 10, 20}) == GridRect{2, 3, 10, 20});
    // Diagonally into it: the down part still happens.
    CHECK(place::constrainMove(space, from, {4, 3, 15, 20}) == GridRect{2, 3, 15, 20});
    // Past it below: free, so allowed.
    CHECK(place::constrainMove(space, from, {4, 3, 31, 20}) == GridRect{4, 3, 31, 20});
    // Off the grid: stops at the edge.
    CHECK(place::constrainMove(space, from, {0, 3, 95, 20}).line == model::gridLines(page) - 20);
    // A whole multi-rect frame.
    const std::vector<GridRect> rects{from, GridRect{0, 1, 30, 5}};
    CHECK(place::constrainFrameMove(space, rects, 4, 0) == std::make_pair(2, 0));
}

TEST_CASE("a resize grows only into free cells", "[place][free]") {
    const auto doc = twoFrames();
    const auto& page = doc.pages[0];
    const place::FreeSpace space(doc, page, place::Ignore{page.articleFrames[0].id});
    const GridRect from = page.articleFrames[0].rects[0].area;
    CHECK(place::constrainResize(space, from, {0, 7, 10, 20}) == GridRect{0, 5, 10, 20});
    CHECK(place::constrainResize(space, from, {0, 2, 10, 20}) == GridRect{0, 2, 10, 20});
    CHECK(place::constrainResize(space, from, {0, 3, 5, 40}) == GridRect{0, 3, 5, 40});
    // Growing right and down at once: the corner is checked too.
    CHECK(place::constrainResize(space, from, {0, 7, 10, 30}) == GridRect{0, 5, 10, 30});
}
