// SPDX-License-Identifier: MIT
// The free space of a page: who holds each cell, the free run under a point and how deep it is
// (what a drop needs). Where a moved or resized item stops: test_gesture_stop.cpp.
#include "layout/place/free_space.h"
#include "place_fixture.h"

using namespace bm;
using model::GridRect;

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
