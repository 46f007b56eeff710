// SPDX-License-Identifier: MIT
// Align and distribute keep grid objects on the grid and leave locked objects alone.
#include <catch2/catch.hpp>

#include "layout/model/arrange.h"
#include "layout/model/page_objects.h"
#include "layout/model/templates.h"
#include "layout/model/validate.h"

using namespace bm;
using namespace bm::model;

namespace {

Document threePictures() {
    Document d = newDocument();
    for (int i = 0; i < 3; ++i) {
        ImageFrame im;
        im.id = "img" + std::to_string(i);
        im.area = GridRect{i * 2, 2, 10 + i * 7, 6 + i};
        d.pages[0].images.push_back(im);
    }
    return d;
}

}  // namespace

TEST_CASE("align left, bottom and centre snap to the grid", "[model][arrange]") {
    Document d = threePictures();
    const std::vector<std::string> ids{"img0", "img1", "img2"};
    auto left = alignEdit(d.pages[0], ids, AlignMode::Left);
    REQUIRE(left);
    REQUIRE(applyEdit(d, *left));
    for (const auto& im : d.pages[0].images) CHECK(im.area.column == 0);
    auto bottom = alignEdit(d.pages[0], ids, AlignMode::Bottom);
    REQUIRE(bottom);
    REQUIRE(applyEdit(d, *bottom));
    for (const auto& im : d.pages[0].images) CHECK(im.area.line + im.area.lines == 24 + 8);
    CHECK(validateDocument(d).empty());
}

TEST_CASE("distribute spaces objects evenly; locked ones stay", "[model][arrange]") {
    Document d = threePictures();
    d.pages[0].images[1].area.line = 12;
    auto even = distributeEdit(d.pages[0], {"img0", "img1", "img2"}, false);
    REQUIRE(even);
    REQUIRE(applyEdit(d, *even));
    const auto& im = d.pages[0].images;
    const int gap1 = im[1].area.line - (im[0].area.line + im[0].area.lines);
    const int gap2 = im[2].area.line - (im[1].area.line + im[1].area.lines);
    CHECK(std::abs(gap1 - gap2) <= 1);
    d.pages[0].images[0].locked = true;
    CHECK_FALSE(alignEdit(d.pages[0], {"img0", "img1"}, AlignMode::Left));
}
