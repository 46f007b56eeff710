// SPDX-License-Identifier: MIT
// Dropping stories on a page: frames land in free space only, sized so the story fits when the
// region allows, and a drop that cannot place anything says why.
#include "layout/place/planner.h"
#include "place_fixture.h"

using namespace bm;
using bm::testing::kSeedArticles;

namespace {

place::DropPlan plan(bm::testing::PlaceFixture& fx, const model::Document& doc,
                     const std::string& article, int column, int line,
                     std::optional<int> span = std::nullopt) {
    place::DropRequest r;
    r.articleId = article;
    r.column = column;
    r.line = line;
    r.span = span;
    auto p = place::planDrop(doc, r, fx.cache);
    if (!p) FAIL(p.error());
    return *p;
}

void apply(model::Document& doc, const place::DropPlan& p) {
    REQUIRE_FALSE(p.refusal);
    auto r = model::applyEdit(doc, p.place);
    if (!r) FAIL(r.error());
}

}  // namespace

TEST_CASE("six drops at one point: one frame, then clear refusals, never an overlap",
          "[place][planner]") {
    bm::testing::PlaceFixture fx;
    model::Document doc = fx.cleared();
    int placed = 0, refused = 0;
    for (const char* id : kSeedArticles) {
        const auto p = plan(fx, doc, id, 1, 20);
        if (p.refusal) {
            ++refused;
            CHECK(p.refusal->reason == place::Refusal::Reason::Occupied);
            CHECK(p.refusal->itemId == doc.pages[0].articleFrames[0].id);
            CHECK(p.refusal->message().find("column 2, line 21 is taken by article frame") == 0);
        } else {
            apply(doc, p);
            ++placed;
        }
        CHECK(fx.overlaps(doc) == 0);
    }
    CHECK(placed == 1);
    CHECK(refused == 5);
}

TEST_CASE("six drops one under the other fill the page without overlaps", "[place][planner]") {
    bm::testing::PlaceFixture fx;
    model::Document doc = fx.cleared();
    // Always at the first free line of column 1: each frame lands under the last one.
    for (const char* id : kSeedArticles) {
        INFO(id);
        const auto& page = doc.pages[0];
        int line = 0;
        for (const auto& f : page.articleFrames)
            for (const auto& r : f.rects)
                if (r.area.column == 0) line = std::max(line, r.area.line + r.area.lines + 1);
        const auto p = plan(fx, doc, id, 0, line);
        if (p.refusal) {
            CHECK(p.refusal->reason == place::Refusal::Reason::TooShort);
            continue;
        }
        apply(doc, p);
        CHECK(fx.overlaps(doc) == 0);
        const auto f = fx.flowOf(doc, id);
        CHECK(p.fits == (f.oversetLines == 0));
        CHECK(p.oversetChars == f.oversetChars);
        // A frame that fits is as short as it can be: one line less would overset.
        if (p.fits) {
            model::Document shorter = doc;
            auto& frame = shorter.pages[0].articleFrames.back();
            --frame.rects[0].area.lines;
            CHECK(fx.flowOf(shorter, id).oversetLines > 0);
        }
    }
    CHECK(doc.pages[0].articleFrames.size() >= 4);
}

TEST_CASE("a drop beside a neighbour takes the free run, and widens to fit", "[place][planner]") {
    bm::testing::PlaceFixture fx;
    model::Document doc = fx.cleared();
    // The photo and label hold columns 7–8 at the top; a drop at column 6 must stop at them.
    const auto p = plan(fx, doc, "job-fair", 5, 2);
    REQUIRE_FALSE(p.refusal);
    const auto& area = p.place.frame.rects[0].area;
    CHECK(area.column + area.span <= 6);
    CHECK(area.column <= 5);
    CHECK(p.fits);
    apply(doc, p);
    CHECK(fx.overlaps(doc) == 0);

    // speech (3000+ 字) does not fit 3 columns of the free depth below line 60: it widens.
    const auto wide = plan(fx, doc, "speech", 0, 66);
    REQUIRE_FALSE(wide.refusal);
    CHECK(wide.place.frame.rects[0].area.span > 3);
}

TEST_CASE("refusals name why nothing fits", "[place][planner]") {
    bm::testing::PlaceFixture fx;
    model::Document doc = fx.cleared();
    // Asking for 7 columns where only 6 are free (left of the photo).
    auto p = plan(fx, doc, "guoxue-society", 0, 20, 7);
    REQUIRE(p.refusal);
    CHECK(p.refusal->reason == place::Refusal::Reason::TooNarrow);
    CHECK(p.refusal->message() == "only 6 free column(s) at column 1, line 21, 7 asked");
    // Two lines above the foot of the page: not even the headline fits.
    const int last = model::gridLines(doc.pages[0]) - 2;
    p = plan(fx, doc, "guoxue-society", 0, last);
    REQUIRE(p.refusal);
    CHECK(p.refusal->reason == place::Refusal::Reason::TooShort);
    // On the photo.
    p = plan(fx, doc, "guoxue-society", 6, 20);
    REQUIRE(p.refusal);
    CHECK(p.refusal->itemKind == place::ItemKind::Image);
    CHECK(p.refusal->message() == "column 7, line 21 is taken by image img-job-fair");
    // Outside the grid.
    p = plan(fx, doc, "guoxue-society", 8, 0);
    REQUIRE(p.refusal);
    CHECK(p.refusal->reason == place::Refusal::Reason::OutsideGrid);
}

TEST_CASE("a continuation frame takes what the first frame leaves over", "[place][planner]") {
    bm::testing::PlaceFixture fx;
    model::Document doc = fx.cleared();
    // A first frame too short for the story.
    auto first = plan(fx, doc, "platform-economy", 0, 0, 4);
    REQUIRE_FALSE(first.refusal);
    first.place.frame.rects[0].area.lines = 25;
    apply(doc, first);
    REQUIRE(fx.flowOf(doc, "platform-economy").oversetLines > 0);
    // Below the page's rule across line 65/66: 15 free lines.
    const auto cont = plan(fx, doc, "platform-economy", 0, 66, 4);
    REQUIRE_FALSE(cont.refusal);
    CHECK(cont.place.frame.sequence == 1);
    CHECK_FALSE(cont.place.frame.showHeadline);
    CHECK(cont.fits);
    apply(doc, cont);
    CHECK(fx.overlaps(doc) == 0);
    CHECK(fx.flowOf(doc, "platform-economy").oversetLines == 0);
}
