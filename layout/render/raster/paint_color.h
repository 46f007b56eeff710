// SPDX-License-Identifier: MIT
#pragma once
// Display-list paints to 8-bit screen colour. A preview, not proofing: CMYK goes through the
// naive formula R = (1 - C)(1 - K) and friends, with no ICC profile.
#include <cstdint>

#include "layout/page/display_list.h"

namespace bm::render {

struct Rgb8 {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb8&) const = default;
};

/// True for paints that print as pure gray: Gray, CMYK with only K, RGB with r = g = b.
bool isNeutral(const page::Paint& paint);

Rgb8 toRgb8(const page::Paint& paint);

/// CMYK bytes (0 no ink .. 255 full) to RGB by the same naive formula.
inline Rgb8 cmykToRgb8(unsigned c, unsigned m, unsigned y, unsigned k) {
    const unsigned w = 255 - k;
    return Rgb8{static_cast<std::uint8_t>(((255 - c) * w + 127) / 255),
                static_cast<std::uint8_t>(((255 - m) * w + 127) / 255),
                static_cast<std::uint8_t>(((255 - y) * w + 127) / 255)};
}

}  // namespace bm::render
