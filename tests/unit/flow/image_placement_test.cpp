// SPDX-License-Identifier: MIT
// Where a picture sits in its frame: what the editor shows, the PNG and the PDF draw.
#include <catch2/catch.hpp>

#include "layout/page/image_placement.h"

using namespace bm;
using namespace bm::page;

namespace {
const Rect kFrame{10000, 20000, 100000, 100000};  // a 100 pt square
ImageFit fitOf(model::ImageFit m, int zoom = 1000, int fx = 500, int fy = 500) {
    return ImageFit{m, zoom, fx, fy};
}
}  // namespace

TEST_CASE("fill covers the frame, keeps the aspect ratio and centres the crop", "[placement]") {
    const PlacedRect r = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Fill));
    CHECK(r.h == Approx(100000));
    CHECK(r.w == Approx(133333.33).epsilon(1e-6));
    CHECK(r.x == Approx(10000 - 16666.67).epsilon(1e-6));
    CHECK(r.y == Approx(20000));
    const EffectivePpi ppi = effectivePpi(r, 4000, 3000);
    CHECK(ppi.x == Approx(ppi.y));
    CHECK(ppi.distortion() < 1e-9);
    CHECK(ppi.min() == Approx(2160));  // 3000 px over 100 pt
}

TEST_CASE("fit shows everything inside the frame; auto fits PDF ads, fills photos", "[placement]") {
    const PlacedRect fit = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Fit));
    CHECK(fit.w == Approx(100000));
    CHECK(fit.h == Approx(75000));
    CHECK(fit.y == Approx(20000 + 12500));  // centred
    const PlacedRect ad = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Auto), true);
    CHECK(ad.w == Approx(fit.w));
    CHECK(ad.h == Approx(fit.h));
    const PlacedRect photo = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Auto), false);
    CHECK(photo.h == Approx(100000));
}

TEST_CASE("stretch distorts, and says by how much", "[placement]") {
    const PlacedRect r = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Stretch));
    CHECK(r.w == Approx(100000));
    CHECK(r.h == Approx(100000));
    CHECK(effectivePpi(r, 4000, 3000).distortion() == Approx(1.0 / 3));
}

TEST_CASE("zoom and focus pan the crop but never expose an empty edge", "[placement]") {
    // Zoom 2 on the left quarter of the picture.
    PlacedRect r = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Fill, 2000, 250, 500));
    CHECK(r.h == Approx(200000));
    CHECK(r.x + 0.25 * r.w == Approx(kFrame.x + kFrame.w / 2.0));
    // Focus on the very left: clamped so the picture's left edge meets the frame's.
    r = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Fill, 1000, 0, 0));
    CHECK(r.x == Approx(kFrame.x));
    CHECK(r.y == Approx(kFrame.y));
    // Focus on the right: the right edges meet.
    r = placeImage(kFrame, 4000, 3000, fitOf(model::ImageFit::Fill, 1000, 1000, 500));
    CHECK(r.right() == Approx(kFrame.right()));
    const PlacedRect v = visiblePart(r, kFrame);
    CHECK(v.w == Approx(kFrame.w));
    CHECK(v.h == Approx(kFrame.h));
}

TEST_CASE("nothing is placed for a picture without size", "[placement]") {
    CHECK(placeImage(kFrame, 0, 100, {}).w == 0);
    CHECK(placeImage({0, 0, 0, 100}, 10, 10, {}).w == 0);
}
