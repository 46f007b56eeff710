// SPDX-License-Identifier: MIT
// Image decoding: every PNG flavour the rasteriser meets, JPEG headers by hand, JPEG pixels by
// libjpeg, and broken input of every kind giving an error that names the file (never a crash).
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "layout/render/image/image_decode.h"
#include "raster_fixtures.h"

using namespace bm::render;
using bm::render::test::kImages;
using bm::render::test::ScratchDir;

namespace {

std::vector<std::uint8_t> fixture(const std::string& name) {
    auto r = readFileBytes(kImages + "/" + name);
    INFO((r ? std::string() : r.error()));
    REQUIRE(r.ok());
    return *r;
}

int at(const DecodedImage& img, int x, int y, int c = 0) {
    return img.pixels[(static_cast<size_t>(y) * img.width + x) * img.components + c];
}

std::uint32_t crc32(const std::uint8_t* p, size_t n) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; ++i) {
        c ^= p[i];
        for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

void put32(std::vector<std::uint8_t>& v, size_t at, std::uint32_t x) {
    v[at] = x >> 24;
    v[at + 1] = (x >> 16) & 0xFF;
    v[at + 2] = (x >> 8) & 0xFF;
    v[at + 3] = x & 0xFF;
}

void writeBytes(const std::string& path, const std::vector<std::uint8_t>& b) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

}  // namespace

TEST_CASE("sniffImageFormat", "[image]") {
    CHECK(sniffImageFormat(fixture("palette-24x8.png")) == ImageFormat::Png);
    CHECK(sniffImageFormat(fixture("rgb-20x20.jpg")) == ImageFormat::Jpeg);
    CHECK(sniffImageFormat({'G', 'I', 'F', '8', '9', 'a'}) == ImageFormat::Unknown);
    CHECK(sniffImageFormat({}) == ImageFormat::Unknown);
}

TEST_CASE("readFileBytes names a missing file", "[image]") {
    auto r = readFileBytes(kImages + "/no-such-file.png");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("no-such-file.png"));
}

TEST_CASE("decodePng expands palettes and low bit depths", "[image][png]") {
    auto r = decodePng(fixture("palette-24x8.png"), "palette");
    REQUIRE(r.ok());
    CHECK(r->width == 24);
    CHECK(r->height == 8);
    REQUIRE(r->components == 3);
    CHECK(at(*r, 4, 4, 0) == 255);  // red block
    CHECK(at(*r, 4, 4, 1) == 0);
    CHECK(at(*r, 12, 4, 1) >= 128);  // green block (X11 "green" is 0,128,0)
    CHECK(at(*r, 12, 4, 0) == 0);
    CHECK(at(*r, 20, 4, 2) == 255);  // blue block
}

TEST_CASE("decodePng composites alpha on white", "[image][png]") {
    auto r = decodePng(fixture("rgba-half-6x4.png"), "rgba");
    REQUIRE(r.ok());
    REQUIRE(r->components == 3);  // alpha dropped
    CHECK(r->pixels.size() == 6u * 4 * 3);
    // 50 % black over white.
    CHECK(at(*r, 2, 2, 0) == Approx(128).margin(2));
    CHECK(at(*r, 2, 2, 1) == at(*r, 2, 2, 0));
}

TEST_CASE("decodePng reduces 16-bit gray to 8 bits", "[image][png]") {
    auto r = decodePng(fixture("gray16-10x6.png"), "gray16");
    REQUIRE(r.ok());
    CHECK(r->components == 1);
    CHECK(r->width == 10);
    CHECK(r->height == 6);
    CHECK(at(*r, 5, 0) < 30);   // gradient: black at the top
    CHECK(at(*r, 5, 5) > 225);  // white at the bottom
}

TEST_CASE("decodePng de-interlaces Adam7 images", "[image][png]") {
    auto r = decodePng(fixture("interlaced-33x17.png"), "interlaced");
    REQUIRE(r.ok());
    REQUIRE(r->components == 1);
    CHECK(r->width == 33);
    CHECK(r->height == 17);
    // A black rectangle drawn over [3, 20] x [2, 12] on white.
    for (int y = 0; y < 17; ++y)
        for (int x = 0; x < 33; ++x) {
            const bool ink = x >= 3 && x <= 20 && y >= 2 && y <= 12;
            INFO(x << "," << y);
            REQUIRE(at(*r, x, y) == (ink ? 0 : 255));
        }
}

TEST_CASE("decodePng of truncated or corrupt bytes is an error, never a crash", "[image][png]") {
    const auto good = fixture("palette-24x8.png");
    SECTION("every truncation") {
        for (size_t n = 0; n < good.size(); ++n) {
            std::vector<std::uint8_t> cut(good.begin(), good.begin() + static_cast<long>(n));
            auto r = decodePng(cut, "cut.png");
            INFO("truncated to " << n << " bytes");
            REQUIRE_FALSE(r.ok());
            CHECK_THAT(r.error(), Catch::Contains("cut.png"));
        }
    }
    SECTION("random byte flips") {
        std::mt19937 rng(7);
        for (int i = 0; i < 500; ++i) {
            auto bad = good;
            const int flips = 1 + static_cast<int>(rng() % 4);
            for (int k = 0; k < flips; ++k)
                bad[8 + rng() % (bad.size() - 8)] ^= static_cast<std::uint8_t>(1 + rng() % 255);
            auto r = decodePng(bad, "flipped.png");  // either outcome, but no crash or exit
            if (!r.ok()) CHECK_THAT(r.error(), Catch::Contains("flipped.png"));
        }
    }
    SECTION("not a PNG at all") {
        auto r = decodePng({'h', 'e', 'l', 'l', 'o'}, "hello.txt");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(), Catch::Contains("hello.txt") && Catch::Contains("not a PNG"));
        r = decodePng({}, "empty.png");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(), Catch::Contains("empty.png") && Catch::Contains("empty"));
    }
}

TEST_CASE("decodePng refuses absurd dimensions before allocating", "[image][png]") {
    auto bytes = fixture("palette-24x8.png");
    // IHDR data starts at byte 16: width, height. Patch them and fix the chunk CRC so that only
    // our size check can object.
    put32(bytes, 16, 40000);
    put32(bytes, 20, 10);
    put32(bytes, 29, crc32(bytes.data() + 12, 17));
    auto r = decodePng(bytes, "huge.png");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("huge.png") && Catch::Contains("too large"));

    put32(bytes, 16, 20000);
    put32(bytes, 20, 20000);  // 400 Mpixel
    put32(bytes, 29, crc32(bytes.data() + 12, 17));
    r = decodePng(bytes, "huge.png");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("200 Mpixel"));
}

TEST_CASE("readJpegInfo reads SOF headers", "[image][jpeg]") {
    auto rgb = readJpegInfo(fixture("rgb-20x20.jpg"), "rgb");
    REQUIRE(rgb.ok());
    CHECK(rgb->width == 20);
    CHECK(rgb->height == 20);
    CHECK(rgb->components == 3);
    CHECK_FALSE(rgb->adobeInverted);

    auto gray = readJpegInfo(fixture("gray-24x16.jpg"), "gray");
    REQUIRE(gray.ok());
    CHECK(gray->width == 24);
    CHECK(gray->height == 16);
    CHECK(gray->components == 1);

    auto prog = readJpegInfo(fixture("progressive-20x40.jpg"), "progressive");  // SOF2
    REQUIRE(prog.ok());
    CHECK(prog->width == 20);
    CHECK(prog->height == 40);

    auto cmyk = readJpegInfo(fixture("cmyk-16x12.jpg"), "cmyk");
    REQUIRE(cmyk.ok());
    CHECK(cmyk->width == 16);
    CHECK(cmyk->height == 12);
    CHECK(cmyk->components == 4);
    CHECK(cmyk->adobeInverted);
}

TEST_CASE("readJpegInfo rejects broken and unsupported headers", "[image][jpeg]") {
    const auto good = fixture("rgb-20x20.jpg");
    for (size_t n = 0; n < 200 && n < good.size(); ++n) {
        std::vector<std::uint8_t> cut(good.begin(), good.begin() + static_cast<long>(n));
        auto r = readJpegInfo(cut, "cut.jpg");
        if (!r.ok()) CHECK_THAT(r.error(), Catch::Contains("cut.jpg"));
    }
    CHECK_FALSE(readJpegInfo({0xFF, 0xD8, 0xFF}, "x.jpg").ok());
    CHECK_FALSE(readJpegInfo({}, "x.jpg").ok());

    // Patch the SOF0 dimensions to 40000 x 40000.
    auto big = good;
    size_t sof = 0;
    for (size_t i = 2; i + 1 < big.size(); ++i)
        if (big[i] == 0xFF && big[i + 1] == 0xC0) {
            sof = i;
            break;
        }
    REQUIRE(sof > 0);
    big[sof + 5] = 40000 >> 8;
    big[sof + 6] = 40000 & 0xFF;
    big[sof + 7] = 40000 >> 8;
    big[sof + 8] = 40000 & 0xFF;
    auto r = readJpegInfo(big, "big.jpg");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("big.jpg") && Catch::Contains("too large"));

    auto lossless = good;
    lossless[sof + 1] = 0xC3;
    r = readJpegInfo(lossless, "lossless.jpg");
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("SOF3"));
}

TEST_CASE("decodeImageFile decodes JPEG pixels", "[image][jpeg]") {
    auto rgb = decodeImageFile(kImages + "/rgb-20x20.jpg");
    REQUIRE(rgb.ok());
    CHECK(rgb->width == 20);
    CHECK(rgb->height == 20);
    REQUIRE(rgb->components == 3);
    CHECK(at(*rgb, 10, 3, 0) > 230);  // red top half
    CHECK(at(*rgb, 10, 3, 2) < 30);
    CHECK(at(*rgb, 10, 16, 2) > 230);  // blue bottom half
    CHECK(at(*rgb, 10, 16, 0) < 30);

    auto prog = decodeImageFile(kImages + "/progressive-20x40.jpg");
    REQUIRE(prog.ok());
    CHECK(at(*prog, 10, 35, 2) > 230);

    auto gray = decodeImageFile(kImages + "/gray-24x16.jpg");
    REQUIRE(gray.ok());
    CHECK(gray->components == 1);
    CHECK(at(*gray, 12, 0) < at(*gray, 12, 15));

    // Adobe CMYK comes out as plain CMYK (0 = no ink): 100 % cyan.
    auto cmyk = decodeImageFile(kImages + "/cmyk-16x12.jpg");
    REQUIRE(cmyk.ok());
    REQUIRE(cmyk->components == 4);
    CHECK(at(*cmyk, 8, 6, 0) > 240);
    CHECK(at(*cmyk, 8, 6, 1) < 15);
    CHECK(at(*cmyk, 8, 6, 2) < 15);
    CHECK(at(*cmyk, 8, 6, 3) < 15);

    auto png = decodeImageFile(kImages + "/palette-24x8.png");
    REQUIRE(png.ok());
    CHECK(png->components == 3);
}

TEST_CASE("decodeImageFile of broken files is an error naming the file", "[image][jpeg]") {
    ScratchDir dir;
    const auto good = fixture("rgb-20x20.jpg");
    for (size_t n = 0; n < good.size(); n += 7) {
        const std::string path = dir.file("cut-" + std::to_string(n) + ".jpg");
        writeBytes(path,
                   std::vector<std::uint8_t>(good.begin(), good.begin() + static_cast<long>(n)));
        auto r = decodeImageFile(path);
        INFO("truncated to " << n << " bytes");
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(), Catch::Contains(path));
    }
    std::mt19937 rng(11);
    for (int i = 0; i < 100; ++i) {
        auto bad = good;
        bad[20 + rng() % (bad.size() - 20)] ^= static_cast<std::uint8_t>(1 + rng() % 255);
        const std::string path = dir.file("flip.jpg");
        writeBytes(path, bad);
        auto r = decodeImageFile(path);  // either outcome, but no crash or exit
        if (!r.ok()) CHECK_THAT(r.error(), Catch::Contains(path));
    }
    writeBytes(dir.file("empty.png"), {});
    auto r = decodeImageFile(dir.file("empty.png"));
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("empty"));
    writeBytes(dir.file("text.png"), {'n', 'o', 't', ' ', 'a', 'n', ' ', 'i', 'm', 'a', 'g', 'e'});
    r = decodeImageFile(dir.file("text.png"));
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("not a PNG, JPEG, TIFF or PDF file"));
}
