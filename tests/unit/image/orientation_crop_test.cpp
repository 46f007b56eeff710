// SPDX-License-Identifier: MIT
// A camera photo turned by its EXIF orientation and filled into a frame of another shape: only
// the part that shows is decoded, and it is the same pixels as that part of the whole photo.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "layout/render/image/image_decode.h"
#include "layout/render/image/jpeg_encode.h"
#include "layout/render/image/orientation.h"

using namespace bm;
using namespace bm::render;

namespace {

// A JPEG of stored size w × h with an EXIF block whose Orientation tag is `o` (inserted right
// after SOI: "Exif\0\0", a little-endian TIFF header and one IFD entry).
std::vector<std::uint8_t> turnedJpeg(int w, int h, int o) {
    DecodedImage img;
    img.width = w;
    img.height = h;
    img.components = 3;
    img.pixels.resize(size_t(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t* p = &img.pixels[(size_t(y) * w + x) * 3];
            p[0] = static_cast<std::uint8_t>(x * 255 / w);
            p[1] = static_cast<std::uint8_t>(y * 255 / h);
            p[2] = static_cast<std::uint8_t>(128 + 100 * std::sin((x + 2 * y) / 9.0));
        }
    auto jpeg = encodeJpeg(img, 95);
    REQUIRE(jpeg);
    const std::uint8_t app1[] = {0xFF,
                                 0xE1,
                                 0,
                                 34,
                                 'E',
                                 'x',
                                 'i',
                                 'f',
                                 0,
                                 0,
                                 'I',
                                 'I',
                                 42,
                                 0,
                                 8,
                                 0,
                                 0,
                                 0,
                                 1,
                                 0,
                                 0x12,
                                 0x01,
                                 3,
                                 0,
                                 1,
                                 0,
                                 0,
                                 0,
                                 static_cast<std::uint8_t>(o),
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 0};
    std::vector<std::uint8_t> out = std::move(*jpeg);
    out.insert(out.begin() + 2, std::begin(app1), std::end(app1));
    return out;
}

}  // namespace

TEST_CASE("storedRect and uprightRect undo each other for every orientation",
          "[image][orientation]") {
    const PixelRect r{5, 7, 31, 20};
    for (int o = 1; o <= 8; ++o) {
        INFO("orientation " << o);
        const int w = 64, h = 48;  // stored size
        CHECK(uprightRect(o, w, h, storedRect(o, w, h, r)) == r);
    }
}

TEST_CASE("a turned JPEG decodes only the part a crop needs, pixel for pixel",
          "[image][orientation]") {
    const int w = 160, h = 96;  // stored landscape
    for (int o = 1; o <= 8; ++o) {
        INFO("orientation " << o);
        const auto bytes = turnedJpeg(w, h, o);
        const auto whole = decodeImageBytes(bytes, "turned.jpg", {});
        REQUIRE(whole);
        const int uw = swapsAxes(o) ? h : w, uh = swapsAxes(o) ? w : h;
        REQUIRE(whole->width == uw);
        REQUIRE(whole->height == uh);
        // Off-centre on both axes, so that a mirrored mapping cannot pass by symmetry.
        DecodeHint hint;
        hint.cropX0 = uw / 4;
        hint.cropX1 = uw / 2;
        hint.cropY0 = uh / 8;
        hint.cropY1 = uh / 2;
        const auto part = decodeImageBytes(bytes, "turned.jpg", hint);
        REQUIRE(part);
        CHECK(part->wholeWidth() == uw);
        CHECK(part->wholeHeight() == uh);
        // It covers the crop, and it is less than the whole picture.
        CHECK(part->originX <= hint.cropX0);
        CHECK(part->originY <= hint.cropY0);
        CHECK(part->originX + part->width >= hint.cropX1);
        CHECK(part->originY + part->height >= hint.cropY1);
        CHECK(size_t(part->width) * part->height < size_t(uw) * uh * 3 / 4);
        // The same pixels as the whole decode at the same place (the same IDCT blocks).
        int worst = 0;
        for (int y = 0; y < part->height; ++y)
            for (int x = 0; x < part->width; ++x)
                for (int c = 0; c < 3; ++c) {
                    const int a = part->pixels[(size_t(y) * part->width + x) * 3 + c];
                    const int b =
                        whole->pixels[(size_t(y + part->originY) * uw + x + part->originX) * 3 + c];
                    worst = std::max(worst, std::abs(a - b));
                }
        CHECK(worst <= 1);
    }
}
