// SPDX-License-Identifier: MIT
// The editor's pan and zoom of a picture inside its frame: the picture follows the pointer, stops
// where a filled frame would show an empty edge, and zooms about the frame's centre.
#include <catch2/catch.hpp>

#include "layout/page/image_pan.h"

using namespace bm;
using namespace bm::page;

namespace {
const Rect kFrame{10000, 20000, 100000, 100000};  // a 100 pt square
const ImageFit kFill{model::ImageFit::Fill, 1000, 500, 500};
PlacedRect place(const ImageFit& f) { return placeImage(kFrame, 4000, 3000, f); }
}  // namespace

TEST_CASE("a pan moves the picture by exactly the pointer's distance", "[placement][pan]") {
    const PlacedRect before = place(kFill);  // 133.3 pt wide: 33.3 pt to crop sideways
    const ImageFit moved = pannedFit(kFrame, before, kFill, 10000, 0);
    const PlacedRect after = place(moved);
    CHECK(after.x == Approx(before.x + 10000).margin(150));  // a permille of focus ≈ 133 mpt
    CHECK(after.y == Approx(before.y));
    CHECK(moved.focusYPermille == kFill.focusYPermille);
    CHECK(moved.zoomPermille == kFill.zoomPermille);
}

TEST_CASE("a pan stops at the picture's edge and stores no dead zone", "[placement][pan]") {
    const PlacedRect before = place(kFill);
    const ImageFit far = pannedFit(kFrame, before, kFill, 1e6, 0);
    const PlacedRect edge = place(far);
    CHECK(edge.x == Approx(kFrame.x).margin(150));  // the left edge of the picture at the frame's
    // Back by 10 pt from the edge moves the picture at once (the focus was not past the edge).
    const PlacedRect back = place(pannedFit(kFrame, edge, far, -10000, 0));
    CHECK(back.x == Approx(edge.x - 10000).margin(150));
}

TEST_CASE("zoom scales about the frame's centre and is clamped", "[placement][pan]") {
    const ImageFit panned = pannedFit(kFrame, place(kFill), kFill, 5000, 0);
    const PlacedRect before = place(panned);
    const double centreX = kFrame.x + kFrame.w / 2.0;
    const double pointBefore = (centreX - before.x) / before.w;
    const ImageFit zoomed = zoomedFit(kFrame, before, panned, 2.0);
    CHECK(zoomed.zoomPermille == 2000);
    const PlacedRect after = place(zoomed);
    CHECK(after.w == Approx(before.w * 2));
    CHECK((centreX - after.x) / after.w == Approx(pointBefore).margin(0.002));
    CHECK(zoomedFit(kFrame, after, zoomed, 1000).zoomPermille == kMaxZoomPermille);
    CHECK(zoomedFit(kFrame, after, zoomed, 0.0001).zoomPermille == kMinZoomPermille);
}
