// SPDX-License-Identifier: MIT
#include "layout/render/raster/paint_color.h"

#include <algorithm>
#include <cmath>

namespace bm::render {

namespace {

float unit(float v) { return std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f; }

std::uint8_t byte(float v) { return static_cast<std::uint8_t>(std::lround(unit(v) * 255.0f)); }

}  // namespace

bool isNeutral(const page::Paint& p) {
    using S = page::Paint::Space;
    switch (p.space) {
        case S::Gray:
            return true;
        case S::Cmyk:
            return unit(p.c[0]) == 0 && unit(p.c[1]) == 0 && unit(p.c[2]) == 0;
        case S::Rgb:
            return byte(p.c[0]) == byte(p.c[1]) && byte(p.c[1]) == byte(p.c[2]);
    }
    return true;
}

Rgb8 toRgb8(const page::Paint& p) {
    using S = page::Paint::Space;
    switch (p.space) {
        case S::Gray: {
            const std::uint8_t v = byte(p.c[0]);
            return Rgb8{v, v, v};
        }
        case S::Cmyk: {
            const float w = 1.0f - unit(p.c[3]);
            return Rgb8{byte((1.0f - unit(p.c[0])) * w), byte((1.0f - unit(p.c[1])) * w),
                        byte((1.0f - unit(p.c[2])) * w)};
        }
        case S::Rgb:
            return Rgb8{byte(p.c[0]), byte(p.c[1]), byte(p.c[2])};
    }
    return Rgb8{};
}

}  // namespace bm::render
