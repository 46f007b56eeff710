// SPDX-License-Identifier: MIT
// Colours and the content-stream canvas: operators, state tracking, overprint rules.
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/pdf/pdf_canvas.h"
#include "layout/render/pdf/pdf_color.h"

using namespace bm;
using namespace bm::pdf;

namespace {
std::string str(const ByteBuffer& b) { return std::string(b.bytes().begin(), b.bytes().end()); }
size_t count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("overprint is kept only for colours that put ink down", "[pdf]") {
    CHECK(deviceColor(page::Paint::black(), false).overprint);
    CHECK_FALSE(deviceColor(page::Paint::cmyk(0, 0, 0, 0, true), false).overprint);
    CHECK_FALSE(
        deviceColor(page::Paint{page::Paint::Space::Gray, {1, 0, 0, 0}, true}, false).overprint);
    CHECK(
        deviceColor(page::Paint{page::Paint::Space::Gray, {0.5f, 0, 0, 0}, true}, false).overprint);
}

TEST_CASE("RGB becomes CMYK unless RGB is allowed", "[pdf]") {
    const page::Paint red{page::Paint::Space::Rgb, {1, 0, 0, 0}, false};
    const DeviceColor x1a = deviceColor(red, false);
    CHECK(x1a.space == page::Paint::Space::Cmyk);
    CHECK(x1a.c == std::array<float, 4>{0, 1, 1, 0});
    CHECK(deviceColor(red, true).space == page::Paint::Space::Rgb);
    CHECK(rgbToCmyk(0, 0, 0) == std::array<float, 4>{0, 0, 0, 1});
    std::uint8_t cmyk[4];
    const std::uint8_t gray[3] = {128, 128, 128};
    rgbToCmyk8(gray, cmyk);
    CHECK(cmyk[0] == 0);
    CHECK(cmyk[1] == 0);
    CHECK(cmyk[2] == 0);
    CHECK(cmyk[3] == 127);
}

TEST_CASE("the canvas flips y, and writes colour and width only when they change", "[pdf]") {
    ByteBuffer out;
    PdfCanvas c(out, 100000, 0, 0, false);
    c.fillRect({10000, 20000, 30000, 40000}, page::Paint::gray(0.5f));
    c.fillRect({0, 0, 1000, 1000}, page::Paint::gray(0.5f));
    c.line({0, 0}, {10000, 0}, 500, page::Paint::black());
    c.line({0, 10000}, {10000, 10000}, 500, page::Paint::black());
    c.fillRect({0, 0, 1000, 1000}, page::Paint::cmyk(0, 0, 0, 0.2f));
    const std::string s = str(out);
    CHECK(s.find("0.5 g\n10 40 30 40 re f\n0 99 1 1 re f\n") == 0);
    CHECK(count(s, "0.5 g") == 1);
    CHECK(count(s, "0 0 0 1 K") == 1);
    CHECK(count(s, "0.5 w") == 1);
    CHECK(s.find("0 100 m 10 100 l S") != std::string::npos);
    // Overprint on for the black rules, off again for the tint.
    CHECK(s.find("/GSop gs\n0 0 0 1 K\n") != std::string::npos);
    CHECK(s.find("/GSko gs\n0 0 0 0.2 k\n") != std::string::npos);
    CHECK(c.usedOverprintOn());
    CHECK(c.usedOverprintOff());
}

TEST_CASE("bleed and marks move the origin with one cm", "[pdf]") {
    ByteBuffer out;
    PdfCanvas c(out, 100000, 8504, 8504, true);
    CHECK(str(out) == "1 0 0 1 8.504 8.504 cm\n");
}
