// SPDX-License-Identifier: MIT
// PNG output: lossless round trip through our decoder, atomic writes, clear errors.
#include <algorithm>
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "layout/render/image/image_decode.h"
#include "layout/render/raster/png_encode.h"
#include "raster_fixtures.h"

using namespace bm::render;
using bm::render::test::ScratchDir;

namespace {

Raster noise(int w, int h, int channels, unsigned seed) {
    Raster r;
    r.width = w;
    r.height = h;
    r.channels = channels;
    r.pixels.resize(static_cast<size_t>(w) * h * channels);
    std::mt19937 rng(seed);
    for (auto& p : r.pixels) p = static_cast<std::uint8_t>(rng() % 3 == 0 ? 255 : rng());
    return r;
}

}  // namespace

TEST_CASE("encodePng round-trips gray and RGB pixels exactly", "[raster][png]") {
    for (int channels : {1, 3}) {
        // 700 px rows of noise: several IDAT chunks, incompressible rows included.
        const Raster r = noise(700, 301, channels, 5u + channels);
        auto png = encodePng(r);
        REQUIRE(png.ok());
        auto back = decodePng(*png, "roundtrip");
        INFO((back ? std::string() : back.error()));
        REQUIRE(back.ok());
        CHECK(back->width == r.width);
        CHECK(back->height == r.height);
        CHECK(back->components == channels);
        CHECK(
            std::equal(back->pixels.begin(), back->pixels.end(), r.pixels.begin(), r.pixels.end()));
    }
}

TEST_CASE("encodePng refuses an inconsistent raster", "[raster][png]") {
    Raster r;
    CHECK_FALSE(encodePng(r).ok());
    r.width = 4;
    r.height = 4;
    r.channels = 2;
    r.pixels.resize(32);
    CHECK_FALSE(encodePng(r).ok());
    r.channels = 3;
    auto e = encodePng(r);  // 32 bytes, 48 expected
    REQUIRE_FALSE(e.ok());
    CHECK_THAT(e.error(), Catch::Contains("48"));
}

TEST_CASE("writePng writes atomically and leaves no temporary files", "[raster][png]") {
    ScratchDir dir;
    const std::string path = dir.file("page.png");
    Raster r = noise(31, 17, 1, 1);
    REQUIRE(writePng(r, path).ok());
    r = noise(40, 20, 3, 2);
    REQUIRE(writePng(r, path).ok());  // replaces the first one
    auto bytes = readFileBytes(path);
    REQUIRE(bytes.ok());
    auto back = decodePng(*bytes, path);
    REQUIRE(back.ok());
    CHECK(std::equal(back->pixels.begin(), back->pixels.end(), r.pixels.begin(), r.pixels.end()));
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path)) ++files;
    CHECK(files == 1);
}

TEST_CASE("writePng into a missing directory names the path", "[raster][png]") {
    ScratchDir dir;
    const std::string path = dir.file("no/such/dir/page.png");
    auto st = writePng(noise(4, 4, 1, 3), path);
    REQUIRE_FALSE(st.ok());
    CHECK_THAT(st.error(), Catch::Contains(path));
}
