// SPDX-License-Identifier: MIT
// Separation for the press: what a plant's prepress operator measures in the PDF.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "layout/render/image/print_color.h"

using namespace bm::render;

namespace {

DecodedImage rgbCube(int steps) {
    DecodedImage img;
    img.components = 3;
    img.width = steps * steps;
    img.height = steps;
    for (int b = 0; b < steps; ++b)
        for (int g = 0; g < steps; ++g)
            for (int r = 0; r < steps; ++r)
                for (int v : {r, g, b})
                    img.pixels.push_back(static_cast<std::uint8_t>(v * 255 / (steps - 1)));
    return img;
}

std::unique_ptr<PrintColor> defaultConversion(int limit = 240) {
    PrintColorSettings s;
    s.inkLimitPercent = limit;
    auto pc = PrintColor::create(s);
    REQUIRE(pc);
    return std::move(*pc);
}

}  // namespace

TEST_CASE("every RGB colour separates within the newsprint ink limit", "[color]") {
    auto pc = defaultConversion();
    DecodedImage img = rgbCube(17);
    auto outcome = pc->toPrint(img);
    REQUIRE(outcome);
    CHECK(*outcome == ColorOutcome::Cmyk);
    REQUIRE(img.components == 4);
    const TacStats tac = measureTac(img);
    CAPTURE(tac.max, tac.p999);
    CHECK(tac.max <= 240.5);
    CHECK(tac.max > 200);  // the shadows still get their ink: not a washed-out conversion
}

TEST_CASE("a lower plant limit is honoured", "[color]") {
    auto pc = defaultConversion(200);
    DecodedImage img = rgbCube(9);
    REQUIRE(pc->toPrint(img));
    CHECK(measureTac(img).max <= 200.5);
}

TEST_CASE("grey photos go to the black plate only, black stays solid", "[color]") {
    auto pc = defaultConversion();
    DecodedImage img;
    img.components = 1;
    img.width = 256;
    img.height = 1;
    for (int i = 0; i < 256; ++i) img.pixels.push_back(static_cast<std::uint8_t>(i));
    auto outcome = pc->toPrint(img);
    REQUIRE(outcome);
    CHECK(*outcome == ColorOutcome::Gray);
    REQUIRE(img.components == 1);
    CHECK(img.pixels.front() <= 3);   // black → ~100 % K
    CHECK(img.pixels.back() >= 252);  // paper white → no ink
    for (int i = 1; i < 256; ++i) CHECK(img.pixels[size_t(i)] >= img.pixels[size_t(i - 1)]);

    // The default's newsprint curve holds midtones back against dot gain: the same profile
    // given as a plant's (whose own curves already include its paper) puts more K in a midtone.
    PrintColorSettings plant;
    plant.outputProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
    auto pc2 = PrintColor::create(plant);
    REQUIRE(pc2);
    DecodedImage mid;
    mid.components = 1;
    mid.width = mid.height = 1;
    mid.pixels = {128};
    REQUIRE((*pc2)->toPrint(mid));
    CHECK(img.pixels[128] > mid.pixels[0] + 8);
}

TEST_CASE("a near-neutral RGB photo goes to grey, a coloured one to CMYK", "[color]") {
    auto pc = defaultConversion();
    DecodedImage img;
    img.components = 3;
    img.width = 64;
    img.height = 64;
    for (int i = 0; i < 64 * 64; ++i) {
        const int v = (i * 7) % 256, noise = (i % 3) - 1;  // JPEG-like ±1 chroma noise
        img.pixels.push_back(static_cast<std::uint8_t>(std::clamp(v + noise, 0, 255)));
        img.pixels.push_back(static_cast<std::uint8_t>(v));
        img.pixels.push_back(static_cast<std::uint8_t>(std::clamp(v - noise, 0, 255)));
    }
    DecodedImage colour = img;
    auto outcome = pc->toPrint(img);
    REQUIRE(outcome);
    CHECK(*outcome == ColorOutcome::NearNeutralGray);
    CHECK(img.components == 1);
    for (size_t i = 0; i < colour.pixels.size(); i += 3) colour.pixels[i] = 255;  // a red cast
    auto c = pc->toPrint(colour);
    REQUIRE(c);
    CHECK(*c == ColorOutcome::Cmyk);
}

TEST_CASE("CMYK above the limit is ink-limited", "[color]") {
    auto pc = defaultConversion();
    DecodedImage img;
    img.components = 4;
    img.width = 3;
    img.height = 1;
    img.pixels = {255, 255, 255, 255, 255, 230, 230, 200, 0, 0, 0, 128};
    CHECK(measureTac(img).max > 300);
    REQUIRE(pc->limitInk(img));
    CHECK(measureTac(img).max <= 240.5);
    CHECK(img.pixels[11] >= 120);  // a tint within the limit keeps its black
}

TEST_CASE("an output profile must be a CMYK output profile", "[color]") {
    PrintColorSettings s;
    s.outputProfile = "/usr/share/color/icc/ghostscript/srgb.icc";
    auto pc = PrintColor::create(s);
    REQUIRE(!pc);
    CHECK_THAT(pc.error(), Catch::Contains("not a CMYK output profile"));
    s.outputProfile = "/nonexistent/plant.icc";
    CHECK(!PrintColor::create(s));
}

TEST_CASE("TAC statistics: maximum and 99.9th percentile", "[color]") {
    DecodedImage img;
    img.components = 4;
    img.width = 2000;
    img.height = 1;
    img.pixels.assign(2000 * 4, 0);
    for (int i = 0; i < 2000; ++i) img.pixels[size_t(i) * 4 + 3] = 255;  // 100 % K
    img.pixels[0] = img.pixels[1] = img.pixels[2] = 255;                 // one 400 % pixel
    const TacStats t = measureTac(img);
    CHECK(t.max == Approx(400));
    CHECK(t.p999 == Approx(100));
}

TEST_CASE("a portrait camera photo (EXIF orientation 6) decodes upright", "[image][orientation]") {
    auto img = decodeImageFile(std::string(BM_TEST_DATA) + "/pictures/exif-rot6-40x20.jpg");
    REQUIRE(img);
    REQUIRE(img->width == 20);
    REQUIRE(img->height == 40);
    auto px = [&](int x, int y) { return img->pixels.data() + (size_t(y) * 20 + x) * 3; };
    CHECK(px(10, 8)[0] > 200);  // red on top
    CHECK(px(10, 8)[2] < 60);
    CHECK(px(10, 32)[2] > 200);  // blue below
    CHECK(px(10, 32)[0] < 60);
    auto info = readImageInfoFile(std::string(BM_TEST_DATA) + "/pictures/exif-rot6-40x20.jpg");
    REQUIRE(info);
    CHECK(info->width == 20);
    CHECK(info->height == 40);
    CHECK(info->orientation == 6);
}

TEST_CASE("TIFF photos decode through libtiff, CMYK keeps its inks", "[image][tiff]") {
    auto rgb = decodeImageFile(std::string(BM_TEST_DATA) + "/pictures/rgb-60x40.tif");
    REQUIRE(rgb);
    CHECK(rgb->width == 60);
    CHECK(rgb->height == 40);
    CHECK(rgb->components == 3);
    auto cmyk = decodeImageFile(std::string(BM_TEST_DATA) + "/pictures/cmyk400-8x8.tif");
    REQUIRE(cmyk);
    CHECK(cmyk->components == 4);
    CHECK(measureTac(*cmyk).max == Approx(400));
    auto bad = decodeImageBytes({'I', 'I', 42, 0, 8, 0, 0, 0, 1, 2}, "broken.tif");
    REQUIRE(!bad);
    CHECK_THAT(bad.error(), Catch::Contains("broken.tif"));
}

TEST_CASE("a JPEG decodes at the smallest DCT scale that is still big enough", "[image]") {
    const std::string path = std::string(BM_TEST_DATA) + "/pictures/rgb-120x80.jpg";
    DecodeHint hint;
    hint.minWidth = 30;
    hint.minHeight = 20;
    auto img = decodeImageFile(path, hint);
    REQUIRE(img);
    CHECK(img->width == 30);  // 1/4
    hint.minWidth = 31;
    img = decodeImageFile(path, hint);
    REQUIRE(img);
    CHECK(img->width == 60);  // 1/2, not 3/8: only the scales with SIMD IDCTs (1, 2, 4, 8 /8)
    hint.minWidth = 106;
    img = decodeImageFile(path, hint);
    REQUIRE(img);
    CHECK(img->width == 120);  // 8/8
}

TEST_CASE("a JPEG decodes only the part a crop needs, with the same pixels", "[image]") {
    const std::string path = std::string(BM_TEST_DATA) + "/pictures/rgb-120x80.jpg";
    auto whole = decodeImageFile(path);
    REQUIRE(whole);
    DecodeHint hint;
    hint.cropX0 = 50;
    hint.cropY0 = 30;
    hint.cropX1 = 90;
    hint.cropY1 = 60;
    auto part = decodeImageFile(path, hint);
    REQUIRE(part);
    CHECK(part->wholeWidth() == 120);
    CHECK(part->wholeHeight() == 80);
    CHECK(part->width < 120);  // columns and rows outside the crop were not decoded
    CHECK(part->height < 80);
    REQUIRE(part->originX <= 50);
    REQUIRE(part->originY <= 30);
    REQUIRE(part->originX + part->width >= 90);
    REQUIRE(part->originY + part->height >= 60);
    int worst = 0;
    for (int y = 30; y < 60; ++y)
        for (int x = 50; x < 90; ++x)
            for (int c = 0; c < 3; ++c) {
                const int a = whole->pixels[size_t((y * 120 + x) * 3 + c)];
                const int b = part->pixels[size_t(
                    ((y - part->originY) * part->width + (x - part->originX)) * 3 + c)];
                worst = std::max(worst, std::abs(a - b));
            }
    CHECK(worst <= 1);  // the same IDCT; fancy upsampling may round an edge pixel differently
}

TEST_CASE("a TIFF tagged with a quarter turn (orientations 5-8) decodes upright", "[image]") {
    // Each fixture stores the same 3 × 2 grey pixels (rows 1 2 3 / 11 12 13) with another
    // Orientation tag; upright they are 2 × 3, turned or transposed as EXIF/TIFF define it.
    const std::vector<std::vector<int>> upright = {
        {1, 11, 2, 12, 3, 13},   // 5: transposed
        {11, 1, 12, 2, 13, 3},   // 6: turned 90° clockwise to view
        {13, 3, 12, 2, 11, 1},   // 7: transverse
        {3, 13, 2, 12, 1, 11}};  // 8: turned 90° anticlockwise to view
    for (int o = 5; o <= 8; ++o) {
        const std::string path =
            std::string(BM_TEST_DATA) + "/pictures/orient" + std::to_string(o) + "-3x2.tif";
        INFO("orientation " << o);
        auto info = readImageInfoFile(path);
        REQUIRE(info);
        CHECK(info->width == 2);
        CHECK(info->height == 3);
        auto img = decodeImageFile(path);
        REQUIRE(img);
        REQUIRE(img->width == 2);
        REQUIRE(img->height == 3);
        REQUIRE(img->components == 1);
        const std::vector<int> got(img->pixels.begin(), img->pixels.end());
        CHECK(got == upright[size_t(o - 5)]);
    }
}
