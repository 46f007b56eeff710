// SPDX-License-Identifier: MIT
// Whole pages: glyphs where the font says they are (and the right way up), exact rectangles,
// rules, photos and placeholders, colour mode, and refusal of absurd requests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "layout/render/raster/glyph_cache.h"
#include "layout/render/raster/raster.h"
#include "raster_fixtures.h"

using namespace bm;
using namespace bm::render;
using namespace bm::render::test;

namespace {

// At 72 dpi one pixel is one point, which keeps the expected coordinates readable.
const RasterOptions k72{72};

page::PageDisplay blankPage(double wPt = 100, double hPt = 80) {
    page::PageDisplay d;
    d.width = fromPt(wPt);
    d.height = fromPt(hPt);
    return d;
}

Raster draw(const page::PageDisplay& d, const RasterOptions& o = k72,
            const std::string& base = "") {
    auto r = rasterizePage(d, serif().registry, o, base);
    INFO((r ? std::string() : r.error()));
    REQUIRE(r.ok());
    return std::move(*r);
}

double inkMass(const Raster& r) {
    double s = 0;
    for (auto v : r.pixels) s += 255 - v;
    return s / 255;
}

bool allWhite(const Raster& r) {
    return std::all_of(r.pixels.begin(), r.pixels.end(), [](auto v) { return v == 255; });
}

}  // namespace

TEST_CASE("汉字 render where the font's extents put them", "[raster][glyphs]") {
    const double dpi = GENERATE(72.0, 150.0);
    const double s = dpi / 72.0;  // pixels per point
    const Length size = fromPt(36);
    const Point origin{fromPt(20.25), fromPt(50)};
    page::PageDisplay d = blankPage(120, 70);
    const page::GlyphRun run = simpleRun(U"汉字", size, origin);
    d.items.push_back(run);
    const Raster r = draw(d, RasterOptions{dpi});
    CHECK(r.channels == 1);

    // The expected box, from HarfBuzz extents (design units, y up) scaled to pixels (y down).
    const fonts::Face& face = *serif().face;
    const double u = toPt(size) * s / face.unitsPerEm();
    double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
    for (size_t i = 0; i < run.glyphs.size(); ++i) {
        const auto e = face.extents(run.glyphs[i]);
        const double penX = toPt(run.positions[i].x) * s, baseY = toPt(run.positions[i].y) * s;
        left = std::min(left, penX + e.xMin * u);
        right = std::max(right, penX + e.xMax * u);
        top = std::min(top, baseY - e.yMax * u);
        bottom = std::max(bottom, baseY - e.yMin * u);
    }
    const InkBox ink = inkBox(r, 250);
    REQUIRE_FALSE(ink.empty());
    INFO("dpi " << dpi << ": expected [" << left << ", " << right << ") x [" << top << ", "
                << bottom << "), ink [" << ink.left << ", " << ink.right + 1 << ") x [" << ink.top
                << ", " << ink.bottom + 1 << ")");
    CHECK(std::abs(ink.left - left) <= 1.5);
    CHECK(std::abs(ink.right + 1 - right) <= 1.5);
    CHECK(std::abs(ink.top - top) <= 1.5);
    CHECK(std::abs(ink.bottom + 1 - bottom) <= 1.5);

    // Solid strokes inside, untouched white outside.
    CHECK(*std::min_element(r.pixels.begin(), r.pixels.end()) == 0);
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x)
            if (x < left - 2 || x > right + 2 || y < top - 2 || y > bottom + 2) {
                INFO("pixel " << x << "," << y);
                REQUIRE(px(r, x, y) == 255);
            }
}

TEST_CASE("glyphs are the right way up (fonts are y-up, pages y-down)", "[raster][glyphs]") {
    // 上 has its long horizontal stroke at the bottom, 下 at the top.
    auto widestRow = [](const std::u32string& text) {
        page::PageDisplay d = blankPage(80, 80);
        d.items.push_back(simpleRun(text, fromPt(48), {fromPt(10), fromPt(60)}));
        const Raster r = draw(d);
        const InkBox b = inkBox(r, 128);
        int best = -1, bestCount = -1;
        for (int y = b.top; y <= b.bottom; ++y) {
            int n = 0;
            for (int x = 0; x < r.width; ++x) n += px(r, x, y) < 128;
            if (n > bestCount) {
                bestCount = n;
                best = y;
            }
        }
        return (best - b.top) / double(b.bottom - b.top);  // 0 top .. 1 bottom
    };
    CHECK(widestRow(U"上") > 0.75);
    CHECK(widestRow(U"下") < 0.25);
}

TEST_CASE("subpixel positions move the ink, not its amount", "[raster][glyphs]") {
    GlyphCache cache;
    std::vector<double> mass;
    std::vector<double> centroid;
    for (int q = 0; q < 4; ++q) {
        page::PageDisplay d = blankPage(60, 50);
        d.items.push_back(simpleRun(U"汉", fromPt(24), {fromPt(10) + q * 250, fromPt(35)}));
        auto r = rasterizePage(d, serif().registry, k72, "", cache);
        REQUIRE(r.ok());
        double m = 0, cx = 0;
        for (int y = 0; y < r->height; ++y)
            for (int x = 0; x < r->width; ++x) {
                const double a = (255 - px(*r, x, y)) / 255.0;
                m += a;
                cx += a * (x + 0.5);
            }
        mass.push_back(m);
        centroid.push_back(cx / m);
    }
    CHECK(cache.entries() == 4);  // one mask per quarter-pixel phase
    for (int q = 1; q < 4; ++q) {
        CHECK(mass[q] == Approx(mass[0]).epsilon(0.01));
        CHECK(centroid[q] - centroid[0] == Approx(0.25 * q).margin(0.05));
    }
}

TEST_CASE("repeated glyphs are rendered once", "[raster][glyphs]") {
    GlyphCache cache;
    page::PageDisplay d = blankPage(400, 100);
    d.items.push_back(simpleRun(std::u32string(30, U'国'), fromPt(12), {fromPt(10), fromPt(40)}));
    auto r = rasterizePage(d, serif().registry, k72, "", cache);
    REQUIRE(r.ok());
    CHECK(cache.entries() == 1);  // 12 pt advances at 72 dpi: every pen on a whole pixel
    // Identical masks at identical phases: each copy has the same ink.
    const Raster& img = *r;
    auto cellMass = [&](int i) {
        double m = 0;
        for (int y = 20; y < 50; ++y)
            for (int x = 10 + 12 * i; x < 22 + 12 * i; ++x) m += 255 - px(img, x, y);
        return m;
    };
    CHECK(cellMass(0) > 0);
    CHECK(cellMass(7) == cellMass(0));
}

TEST_CASE("a filled rectangle has exact pixel-aligned edges", "[raster][rect]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(
        page::FillRect{{fromPt(10), fromPt(12), fromPt(20), fromPt(5)}, page::Paint::gray(0)});
    const Raster r = draw(d);
    REQUIRE(r.width == 100);
    REQUIRE(r.height == 80);
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x) {
            const bool inside = x >= 10 && x < 30 && y >= 12 && y < 17;
            INFO(x << "," << y);
            REQUIRE(px(r, x, y) == (inside ? 0 : 255));
        }
}

TEST_CASE("a filled rectangle has 50 % coverage at half-pixel edges", "[raster][rect]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(
        page::FillRect{{fromPt(10.5), fromPt(20.5), fromPt(10), fromPt(5)}, page::Paint::gray(0)});
    const Raster r = draw(d);
    CHECK(px(r, 15, 22) == 0);
    CHECK(px(r, 9, 22) == 255);
    for (int v : {px(r, 10, 22), px(r, 20, 22), px(r, 15, 20), px(r, 15, 25)}) {
        CHECK(v >= 127);
        CHECK(v <= 128);
    }
    CHECK(px(r, 10, 20) == Approx(255 * 0.75).margin(1));  // corner: a quarter covered
    CHECK(inkMass(r) == Approx(10 * 5).margin(0.1));       // 8-bit rounding of the edge pixels
}

TEST_CASE("rules: axis-aligned ones are exact, slanted ones have the right ink", "[raster][rule]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(page::RuleItem{
        {fromPt(10), fromPt(50)}, {fromPt(90), fromPt(50)}, 2000, page::Paint::black()});
    Raster r = draw(d);
    CHECK(px(r, 50, 48) == 255);
    CHECK(px(r, 50, 49) == 0);
    CHECK(px(r, 50, 50) == 0);
    CHECK(px(r, 50, 51) == 255);
    CHECK(px(r, 9, 49) == 255);
    CHECK(px(r, 89, 49) == 0);
    CHECK(px(r, 90, 49) == 255);

    d = blankPage();
    d.items.push_back(page::RuleItem{{fromPt(10), fromPt(10)}, {fromPt(70), fromPt(50)}, 1500});
    r = draw(d);
    CHECK(inkMass(r) == Approx(std::hypot(60.0, 40.0) * 1.5).epsilon(0.01));
    CHECK(px(r, 40, 30) < 40);  // on the line
    CHECK(px(r, 40, 10) == 255);
}

TEST_CASE("a missing image becomes a placeholder and a warning, not an error", "[raster][image]") {
    page::PageDisplay d = blankPage();
    d.pageNumber = 3;
    d.items.push_back(page::ImageItem{
        {fromPt(10), fromPt(10), fromPt(40), fromPt(20)}, "photos/missing.jpg", "照片"});
    const Raster r = draw(d, k72, kData);
    REQUIRE(r.warnings.size() == 1);
    CHECK_THAT(r.warnings[0], Catch::Contains("page 3") && Catch::Contains("missing.jpg") &&
                                  Catch::Contains("placeholder"));
    CHECK(px(r, 20, 20) == 230);  // light gray fill, off the diagonals
    CHECK(px(r, 10, 20) < 200);   // darker border
    CHECK(px(r, 30, 20) < 200);   // the diagonals cross in the middle
    CHECK(px(r, 5, 5) == 255);
    CHECK(px(r, 50, 31) == 255);  // nothing outside the frame

    // An empty path is an intentional placeholder: no warning.
    d.items[0] = page::ImageItem{{fromPt(10), fromPt(10), fromPt(40), fromPt(20)}, "", ""};
    const Raster r2 = draw(d);
    CHECK(r2.warnings.empty());
    CHECK(px(r2, 20, 20) == 230);
}

TEST_CASE("photos are scaled into their frame; colour ones make the page RGB", "[raster][image]") {
    // rgb-20x20.jpg: red top half, blue bottom half. Relative path, resolved against the base.
    page::PageDisplay d = blankPage();
    d.items.push_back(page::ImageItem{
        {fromPt(20), fromPt(10), fromPt(40), fromPt(40)}, "images/rgb-20x20.jpg", ""});
    Raster r = draw(d, k72, kData);
    CHECK(r.warnings.empty());
    REQUIRE(r.channels == 3);
    CHECK(px(r, 40, 15, 0) > 230);  // red
    CHECK(px(r, 40, 15, 2) < 30);
    CHECK(px(r, 40, 45, 2) > 230);  // blue
    CHECK(px(r, 40, 45, 0) < 30);
    CHECK(px(r, 19, 30, 1) == 255);  // white around
    CHECK(px(r, 60, 30, 1) == 255);

    // A gray photo keeps the page gray; a 24 x 16 image shrunk into 12 x 8 averages 2 x 2.
    d = blankPage();
    d.items.push_back(page::ImageItem{
        {fromPt(10), fromPt(10), fromPt(12), fromPt(8)}, kImages + "/gray-24x16.jpg", ""});
    r = draw(d);
    CHECK(r.channels == 1);
    CHECK(px(r, 15, 10) < px(r, 15, 17));  // the gradient runs top (black) to bottom (white)

    // A palette PNG, enlarged 2x with bilinear filtering: block centres keep their colour.
    d = blankPage();
    d.items.push_back(page::ImageItem{
        {fromPt(0), fromPt(0), fromPt(48), fromPt(16)}, kImages + "/palette-24x8.png", ""});
    r = draw(d);
    REQUIRE(r.channels == 3);
    CHECK(px(r, 8, 8, 0) == 255);
    CHECK(px(r, 8, 8, 1) == 0);
    CHECK(px(r, 40, 8, 2) == 255);
}

TEST_CASE("colour mode: gray for gray and K-only paints, RGB otherwise", "[raster][colour]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(simpleRun(U"新闻", fromPt(12), {fromPt(5), fromPt(20)}));
    d.items.push_back(page::FillRect{{0, 0, fromPt(5), fromPt(5)}, page::Paint::gray(0.5f)});
    d.items.push_back(
        page::FillRect{{fromPt(5), 0, fromPt(5), fromPt(5)}, page::Paint::cmyk(0, 0, 0, 0.4f)});
    Raster r = draw(d);
    CHECK(r.channels == 1);
    CHECK(px(r, 2, 2) == 128);
    CHECK(px(r, 7, 2) == 153);

    d.items.push_back(page::FillRect{{fromPt(50), fromPt(50), fromPt(10), fromPt(10)},
                                     page::Paint::cmyk(0, 1, 1, 0)});
    r = draw(d);
    REQUIRE(r.channels == 3);
    CHECK(px(r, 55, 55, 0) == 255);
    CHECK(px(r, 55, 55, 1) == 0);
    CHECK(px(r, 55, 55, 2) == 0);
    CHECK(px(r, 2, 2, 1) == 128);  // gray stays gray in RGB
}

TEST_CASE("later items paint over earlier ones", "[raster]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(
        page::FillRect{{fromPt(10), fromPt(10), fromPt(30), fromPt(30)}, page::Paint::gray(0)});
    d.items.push_back(
        page::FillRect{{fromPt(20), fromPt(20), fromPt(30), fromPt(30)}, page::Paint::gray(1)});
    const Raster r = draw(d);
    CHECK(px(r, 15, 15) == 0);
    CHECK(px(r, 25, 25) == 255);
}

TEST_CASE("items off the page and unknown faces do not fail the page", "[raster]") {
    page::PageDisplay d = blankPage();
    d.items.push_back(page::FillRect{{fromPt(-500), fromPt(-500), fromPt(100), fromPt(100)},
                                     page::Paint::gray(0)});
    d.items.push_back(simpleRun(U"字字", fromPt(12), {fromPt(5000), fromPt(-9000)}));
    d.items.push_back(page::RuleItem{{fromPt(-1e6), fromPt(-3e5)}, {fromPt(-2e6), fromPt(9e5)}});
    page::GlyphRun bad = simpleRun(U"字", fromPt(12), {fromPt(10), fromPt(10)});
    bad.face = fonts::FaceId{9999};
    d.items.push_back(bad);
    const Raster r = draw(d);
    CHECK(allWhite(r));
    REQUIRE(r.warnings.size() == 1);
    CHECK_THAT(r.warnings[0], Catch::Contains("9999"));
}

TEST_CASE("a poster-sized glyph is rendered clipped to the page", "[raster][glyphs]") {
    page::PageDisplay d = blankPage(100, 100);
    d.items.push_back(simpleRun(U"一", fromPt(5000), {fromPt(-2400), fromPt(2200)}));
    const Raster r = draw(d);  // 5000 px/em: uncached path
    CHECK(r.pixels.size() == 100u * 100);
    // The horizontal stroke of 一 (about 0.07 em thick) crosses the page; just check it ran.
    CHECK(r.warnings.empty());
}

TEST_CASE("absurd requests are errors that say why", "[raster]") {
    page::PageDisplay d = blankPage();
    d.width = fromMm(10000);  // 10 m x 10 m at 600 dpi: 55 gigapixel
    d.height = fromMm(10000);
    auto r = rasterizePage(d, serif().registry, RasterOptions{600});
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("400 Mpixel"));

    d = blankPage();
    r = rasterizePage(d, serif().registry, RasterOptions{0});
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("dpi"));
    r = rasterizePage(d, serif().registry, RasterOptions{std::nan("")});
    CHECK_FALSE(r.ok());

    d.width = 0;
    r = rasterizePage(d, serif().registry, k72);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::Contains("empty"));
}

TEST_CASE("a broadsheet page at 150 dpi has the expected pixel size", "[raster]") {
    page::PageDisplay d;
    d.width = fromMm(390);
    d.height = fromMm(545);
    const Raster r = draw(d, RasterOptions{150});
    CHECK(r.width == 2304);  // 2303.15 px, rounded up to keep the trim edge
    CHECK(r.height == 3219);
    CHECK(r.channels == 1);
    CHECK(allWhite(r));
}
