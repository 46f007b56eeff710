// SPDX-License-Identifier: MIT
// The free-space model: every sample loads with zero collisions, and the collisions a page
// editor would see printed on top of each other are found with their area; the intended
// arrangements (an inset photo with text wrap, column rules in gutters) are not collisions.
#include <catch2/catch.hpp>

#include <string>

#include "layout/model/serialize.h"
#include "layout/place/occupancy.h"

using namespace bm;

namespace {

model::Document loadSample(const std::string& name) {
    auto loaded = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/" + name);
    if (!loaded) FAIL(loaded.error());
    return std::move(*loaded);
}

model::ArticleFrame frameAt(const std::string& id, model::GridRect area) {
    model::ArticleFrame f;
    f.id = id;
    f.articleId = "a-" + id;
    f.rects.push_back(model::FrameRect{area, 1, std::nullopt});
    return f;
}

/// A blank 8-column page with the seed page's geometry.
model::Page blankPage(const model::Document& seed) {
    model::Page p = seed.pages.at(0);
    p.articleFrames.clear();
    p.images.clear();
    p.labels.clear();
    p.rules.clear();
    return p;
}

}  // namespace

TEST_CASE("every sample page has zero overlapping items", "[place][occupancy]") {
    for (const char* name :
         {"seed-page.bmdoc.json", "two-page-issue.bmdoc.json", "l-shape-wrap.bmdoc.json"}) {
        const auto doc = loadSample(name);
        for (const auto& page : doc.pages) {
            const auto occ = place::pageOccupancy(doc, page);
            INFO(name << " page " << page.id);
            for (const auto& o : occ.overlaps) INFO(place::describeOverlap(occ, o));
            CHECK(occ.overlaps.empty());
            // Every frame rect, image, label and rule is an item, plus the 报眉.
            size_t expected = page.images.size() + page.labels.size() + page.rules.size() +
                              (page.header.show ? 1 : 0);
            for (const auto& f : page.articleFrames) expected += f.rects.size();
            CHECK(occ.items.size() == expected);
        }
    }
}

TEST_CASE("two article frames on the same cells collide, with the shared cells",
          "[place][occupancy]") {
    const auto seed = loadSample("seed-page.bmdoc.json");
    model::Page page = blankPage(seed);
    page.articleFrames.push_back(frameAt("f1", {0, 3, 10, 20}));
    page.articleFrames.push_back(frameAt("f2", {2, 3, 25, 20}));
    page.articleFrames.push_back(frameAt("f3", {5, 3, 10, 20}));  // touches f2's edge only
    const auto occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 1);
    const auto& o = occ.overlaps[0];
    CHECK(occ.items[o.a].id == "f1");
    CHECK(occ.items[o.b].id == "f2");
    REQUIRE(o.grid);
    CHECK(*o.grid == model::GridRect{2, 1, 25, 5});
    CHECK(o.area.w == model::columnsWidth(page, 1));
    CHECK(o.area.y == model::lineTop(page, 25));
    CHECK(place::describeOverlap(occ, o) ==
          "article frame f1 (a-f1) and article frame f2 (a-f2) overlap on columns 3, lines 26-30");
}

TEST_CASE("an inset photo with text wrap is not a collision, one without wrap is",
          "[place][occupancy]") {
    const auto seed = loadSample("seed-page.bmdoc.json");
    model::Page page = blankPage(seed);
    page.articleFrames.push_back(frameAt("f1", {0, 4, 0, 40}));
    model::ImageFrame im;
    im.id = "photo";
    im.area = {1, 2, 10, 12};
    im.wrap = true;
    page.images.push_back(im);
    CHECK(place::pageOccupancy(seed, page).overlaps.empty());

    page.images[0].wrap = false;
    auto occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 1);
    CHECK(*occ.overlaps[0].grid == im.area);

    // Two photos on each other collide whatever their wrap.
    page.images[0].wrap = true;
    im.id = "photo2";
    im.area = {2, 2, 20, 4};
    page.images.push_back(im);
    occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 1);
    CHECK(occ.items[occ.overlaps[0].a].id == "photo");
    CHECK(occ.items[occ.overlaps[0].b].id == "photo2");
    CHECK(*occ.overlaps[0].grid == model::GridRect{2, 1, 20, 2});
}

TEST_CASE("a rule in a gutter or along an edge is a column rule; one across text collides",
          "[place][occupancy]") {
    const auto seed = loadSample("seed-page.bmdoc.json");
    model::Page page = blankPage(seed);
    page.articleFrames.push_back(frameAt("left", {0, 3, 0, 30}));
    page.articleFrames.push_back(frameAt("right", {3, 3, 0, 30}));
    const Length gutterX = model::columnX(page, 3) - page.grid.gutter / 2;
    const Length top = model::lineTop(page, 0), bottom = model::lineTop(page, 30);
    page.rules.push_back(model::RuleFrame{"gutter", {gutterX, top}, {gutterX, bottom}, 500});
    const Rect left = model::gridRectToPage(page, {0, 3, 0, 30});
    page.rules.push_back(
        model::RuleFrame{"edge", {left.x, left.bottom()}, {left.right(), left.bottom()}, 500});
    CHECK(place::pageOccupancy(seed, page).overlaps.empty());

    const Length midY = model::lineTop(page, 10) + 2000;
    page.rules.push_back(
        model::RuleFrame{"across", {left.x, midY}, {left.right() + 100000, midY}, 500});
    const auto occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 2);
    for (const auto& o : occ.overlaps) {
        CHECK(occ.items[o.b].id == "across");
        CHECK(o.area.h == 500);
        CHECK(o.area.y == midY - 250);
    }
    CHECK(occ.overlaps[0].area.w == left.w);
}

TEST_CASE("the page header is an item; a rule through it collides", "[place][occupancy]") {
    const auto seed = loadSample("seed-page.bmdoc.json");
    model::Page page = blankPage(seed);
    const auto header = place::headerArea(seed, page);
    REQUIRE(header);
    CHECK(header->bottom() <= page.typeArea.y);
    CHECK(header->y > 0);
    const Length y = header->y + header->h / 2;
    page.rules.push_back(model::RuleFrame{"r", {0, y}, {page.width, y}, 500});
    const auto occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 1);
    CHECK(occ.items[occ.overlaps[0].b].kind == place::ItemKind::Header);

    page.header.show = false;
    CHECK_FALSE(place::headerArea(seed, page));
    CHECK(place::pageOccupancy(seed, page).overlaps.empty());
}

TEST_CASE("two rects of one L-shaped frame that share cells collide", "[place][occupancy]") {
    const auto seed = loadSample("seed-page.bmdoc.json");
    model::Page page = blankPage(seed);
    auto f = frameAt("L", {0, 4, 0, 10});
    f.rects.push_back(model::FrameRect{{0, 6, 9, 10}, 1, std::nullopt});
    page.articleFrames.push_back(f);
    const auto occ = place::pageOccupancy(seed, page);
    REQUIRE(occ.overlaps.size() == 1);
    CHECK(occ.items[occ.overlaps[0].a].rect == 0);
    CHECK(occ.items[occ.overlaps[0].b].rect == 1);
    CHECK(*occ.overlaps[0].grid == model::GridRect{0, 4, 9, 1});
}
