// SPDX-License-Identifier: MIT
// The accumulation rasteriser on its own: exact area, exact pixel-aligned edges, half-pixel
// edges at 50 %, and the nonzero rule (overlaps add up, reversed contours cut holes).
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "layout/render/raster/coverage_rasterizer.h"

using bm::Path;
using bm::render::CoverageRasterizer;

namespace {

struct Mask {
    int w, h;
    std::vector<std::uint8_t> a;
    int at(int x, int y) const { return a[static_cast<size_t>(y) * w + x]; }
    double area() const {
        double s = 0;
        for (auto v : a) s += v / 255.0;
        return s;
    }
};

Mask resolve(CoverageRasterizer& r) {
    Mask m{r.width(), r.height(), std::vector<std::uint8_t>(size_t(r.width()) * r.height())};
    r.resolve(m.a.data(), m.w);
    return m;
}

/// A rectangle contour, clockwise on screen (y down) or counter-clockwise.
void rect(CoverageRasterizer& r, float x0, float y0, float x1, float y1, bool ccw = false) {
    if (!ccw) {
        r.line(x0, y0, x1, y0);
        r.line(x1, y0, x1, y1);
        r.line(x1, y1, x0, y1);
        r.line(x0, y1, x0, y0);
    } else {
        r.line(x0, y0, x0, y1);
        r.line(x0, y1, x1, y1);
        r.line(x1, y1, x1, y0);
        r.line(x1, y0, x0, y0);
    }
}

}  // namespace

TEST_CASE("pixel-aligned rectangle has exact coverage", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(20, 12);
    rect(r, 3, 2, 15, 9);
    const Mask m = resolve(r);
    for (int y = 0; y < m.h; ++y)
        for (int x = 0; x < m.w; ++x) {
            const bool inside = x >= 3 && x < 15 && y >= 2 && y < 9;
            INFO("pixel " << x << "," << y);
            REQUIRE(m.at(x, y) == (inside ? 255 : 0));
        }
}

TEST_CASE("half-pixel edges give 50 % coverage", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(20, 12);
    rect(r, 3.5f, 2.5f, 15.5f, 9);
    const Mask m = resolve(r);
    CHECK(m.at(3, 5) >= 127);
    CHECK(m.at(3, 5) <= 128);
    CHECK(m.at(15, 5) >= 127);
    CHECK(m.at(15, 5) <= 128);
    CHECK(m.at(8, 2) >= 127);
    CHECK(m.at(8, 2) <= 128);
    CHECK(m.at(3, 2) == Approx(64).margin(1));  // a quarter at the corner
    CHECK(m.at(8, 5) == 255);
    CHECK(m.at(2, 5) == 0);
    CHECK(m.at(16, 5) == 0);
}

TEST_CASE("area is exact for slanted edges", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(16, 16);
    r.line(1.3f, 0.7f, 14.2f, 2.1f);
    r.line(14.2f, 2.1f, 6.6f, 15.4f);
    r.line(6.6f, 15.4f, 1.3f, 0.7f);
    const double expected = std::abs((14.2 - 1.3) * (15.4 - 0.7) - (6.6 - 1.3) * (2.1 - 0.7)) / 2;
    CHECK(resolve(r).area() == Approx(expected).epsilon(0.005));
}

TEST_CASE("curves are flattened finely: a circle has area pi r^2", "[raster][coverage]") {
    // Four cubic arcs, the usual kappa approximation of a circle of radius 20 at (25, 25).
    const float k = 0.5522847f * 20, c = 25, R = 20;
    CoverageRasterizer r;
    r.reset(50, 50);
    r.cubic(c + R, c, c + R, c + k, c + k, c + R, c, c + R);
    r.cubic(c, c + R, c - k, c + R, c - R, c + k, c - R, c);
    r.cubic(c - R, c, c - R, c - k, c - k, c - R, c, c - R);
    r.cubic(c, c - R, c + k, c - R, c + R, c - k, c + R, c);
    const Mask m = resolve(r);
    CHECK(m.area() == Approx(3.14159265 * R * R).epsilon(0.003));
    CHECK(m.at(25, 25) == 255);
    CHECK(m.at(2, 2) == 0);
}

TEST_CASE("nonzero: overlapping contours of the same direction do not cancel",
          "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(30, 20);
    rect(r, 2, 2, 18, 15);
    rect(r, 10, 5, 28, 18);  // overlaps the first in [10, 18) x [5, 15)
    const Mask m = resolve(r);
    CHECK(m.at(14, 10) == 255);  // in both: winding 2 still paints fully
    CHECK(m.at(5, 5) == 255);
    CHECK(m.at(25, 16) == 255);
    CHECK(m.at(25, 3) == 0);
    // Exactly the union's area: nothing counted twice, nothing lost.
    CHECK(m.area() == Approx(16 * 13 + 18 * 13 - 8 * 10).margin(0.01));
}

TEST_CASE("nonzero: a reversed inner contour cuts a hole", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(20, 20);
    rect(r, 2, 2, 18, 18);
    rect(r, 6, 6, 14, 14, /*ccw=*/true);
    const Mask m = resolve(r);
    CHECK(m.at(10, 10) == 0);
    CHECK(m.at(3, 10) == 255);
    CHECK(m.area() == Approx(16 * 16 - 8 * 8).margin(0.01));
}

TEST_CASE("shapes crossing the area's edges are clipped exactly", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(10, 10);
    rect(r, -5, -3, 4, 20);  // sticks out left, top and bottom
    rect(r, 7, 2, 30, 4);    // sticks out right
    Mask m = resolve(r);
    CHECK(m.at(0, 0) == 255);
    CHECK(m.at(3, 9) == 255);
    CHECK(m.at(4, 5) == 0);
    CHECK(m.at(9, 3) == 255);
    CHECK(m.area() == Approx(4 * 10 + 3 * 2).margin(0.01));

    // A slanted edge crossing x = 0: the part outside still counts for the winding.
    r.reset(10, 10);
    r.line(-10, 0, 10, 10);
    r.line(10, 10, -10, 10);
    r.line(-10, 10, -10, 0);
    m = resolve(r);
    // Triangle (-10,0) (10,10) (-10,10) clipped to x >= 0: between y = 5 + x/2 and y = 10,
    // area 25. Rows 5-10 are inside only because the clipped left edge still counts.
    CHECK(m.area() == Approx(25).margin(0.05));
    CHECK(m.at(0, 9) == 255);
    CHECK(m.at(1, 2) == 0);
}

TEST_CASE("the buffer is clean after resolve", "[raster][coverage]") {
    CoverageRasterizer r;
    r.reset(8, 8);
    rect(r, 1.5f, 1.5f, 6.5f, 6.5f);
    resolve(r);
    CHECK(resolve(r).area() == 0);
}

TEST_CASE("addPath maps y-up outlines onto y-down pixels and closes contours",
          "[raster][coverage]") {
    // A triangle in font units, pointing up: apex at y = 900, base at y = 100, left open.
    Path p;
    p.ops = {Path::Op::Move, Path::Op::Line, Path::Op::Line};
    p.coords = {100, 100, 900, 100, 500, 900};
    CoverageRasterizer r;
    r.reset(10, 10);
    r.addPath(p, 0.01f, 0, 10);  // 1000 units = 10 px; baseline at the bottom row
    const Mask m = resolve(r);
    CHECK(m.area() == Approx(0.5 * 8 * 8).margin(0.05));
    // Apex at the top: row 1 has less ink than row 8.
    int top = 0, bottom = 0;
    for (int x = 0; x < 10; ++x) {
        top += m.at(x, 1);
        bottom += m.at(x, 8);
    }
    CHECK(top < bottom);
}
