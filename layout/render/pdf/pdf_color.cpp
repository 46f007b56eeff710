// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_color.h"

#include <algorithm>

namespace bm::pdf {

std::array<float, 4> rgbToCmyk(float r, float g, float b) {
    r = std::clamp(r, 0.0f, 1.0f);
    g = std::clamp(g, 0.0f, 1.0f);
    b = std::clamp(b, 0.0f, 1.0f);
    const float k = 1.0f - std::max({r, g, b});
    if (k >= 1.0f) return {0, 0, 0, 1};
    const float d = 1.0f - k;
    return {(1.0f - r - k) / d, (1.0f - g - k) / d, (1.0f - b - k) / d, k};
}

void rgbToCmyk8(const std::uint8_t* rgb, std::uint8_t* cmyk) {
    const int mx = std::max({rgb[0], rgb[1], rgb[2]});
    const int k = 255 - mx;
    if (mx == 0) {
        cmyk[0] = cmyk[1] = cmyk[2] = 0;
        cmyk[3] = 255;
        return;
    }
    // c = (1 − r − k) / (1 − k) = (max − r) / max, in 8-bit with rounding.
    for (int i = 0; i < 3; ++i)
        cmyk[i] = static_cast<std::uint8_t>(((mx - rgb[i]) * 255 + mx / 2) / mx);
    cmyk[3] = static_cast<std::uint8_t>(k);
}

DeviceColor deviceColor(const page::Paint& paint, bool allowRgb) {
    DeviceColor out;
    out.space = paint.space;
    out.c = paint.c;
    if (paint.space == page::Paint::Space::Rgb && !allowRgb) {
        out.space = page::Paint::Space::Cmyk;
        out.c = rgbToCmyk(paint.c[0], paint.c[1], paint.c[2]);
    }
    bool ink = false;
    switch (out.space) {
        case page::Paint::Space::Gray:
            ink = out.c[0] < 1.0f;
            break;
        case page::Paint::Space::Cmyk:
            ink = out.c[0] > 0 || out.c[1] > 0 || out.c[2] > 0 || out.c[3] > 0;
            break;
        case page::Paint::Space::Rgb:
            ink = out.c[0] < 1.0f || out.c[1] < 1.0f || out.c[2] < 1.0f;
            break;
    }
    out.overprint = paint.overprint && ink;
    if (out.space == page::Paint::Space::Gray) out.c[1] = out.c[2] = out.c[3] = 0;
    if (out.space == page::Paint::Space::Rgb) out.c[3] = 0;
    return out;
}

void putColor(ByteBuffer& out, const DeviceColor& color, bool stroke) {
    switch (color.space) {
        case page::Paint::Space::Gray:
            out.putUnit(color.c[0]).put(stroke ? " G\n" : " g\n");
            break;
        case page::Paint::Space::Cmyk:
            for (int i = 0; i < 4; ++i) out.putUnit(color.c[static_cast<size_t>(i)]).put(' ');
            out.put(stroke ? "K\n" : "k\n");
            break;
        case page::Paint::Space::Rgb:
            for (int i = 0; i < 3; ++i) out.putUnit(color.c[static_cast<size_t>(i)]).put(' ');
            out.put(stroke ? "RG\n" : "rg\n");
            break;
    }
}

}  // namespace bm::pdf
