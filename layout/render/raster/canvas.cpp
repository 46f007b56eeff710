// SPDX-License-Identifier: MIT
#include "layout/render/raster/canvas.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bm::render {

namespace {

/// dst + (src - dst) * a / 255, rounded: the exact (t + (t >> 8)) >> 8 form of t / 255 needs no
/// division and no branch, so the compiler vectorises the gray loops.
inline std::uint8_t mix(unsigned dst, unsigned src, unsigned a) {
    const unsigned t = dst * (255 - a) + src * a + 128;
    return static_cast<std::uint8_t>((t + (t >> 8)) >> 8);
}

template <int C>
void blendRow(std::uint8_t* __restrict dst, const std::uint8_t* __restrict cov, int n,
              const std::uint8_t* colour) {
    if constexpr (C == 1) {
        const unsigned c0 = colour[0];
        for (int i = 0; i < n; ++i) dst[i] = mix(dst[i], c0, cov[i]);
    } else {
        const unsigned c0 = colour[0], c1 = colour[1], c2 = colour[2];
        for (int i = 0; i < n; ++i, dst += 3) {
            const unsigned a = cov[i];
            dst[0] = mix(dst[0], c0, a);
            dst[1] = mix(dst[1], c1, a);
            dst[2] = mix(dst[2], c2, a);
        }
    }
}

template <int C, int S>
void imageRow(std::uint8_t* dst, const std::uint8_t* src, int n, const float* colCover,
              float rowCover) {
    for (int i = 0; i < n; ++i, dst += C, src += S) {
        const float f = colCover[i] * rowCover;
        const unsigned a = static_cast<unsigned>(f * 255.0f + 0.5f);
        if (a == 0) continue;
        for (int c = 0; c < C; ++c) {
            dst[c] = mix(dst[c], src[S == 1 ? 0 : c], a > 255 ? 255 : a);
        }
    }
}

/// Area of pixel i covered by [a, b) along one axis.
inline float overlap(int i, double a, double b) {
    const double lo = std::max<double>(i, a), hi = std::min<double>(i + 1, b);
    return hi > lo ? static_cast<float>(hi - lo) : 0.0f;
}

}  // namespace

void Canvas::blendMask(int x, int y, int w, int h, const std::uint8_t* coverage, int stride,
                       Rgb8 colour) {
    const int x0 = std::max(x, 0), y0 = std::max(y, 0);
    const int x1 = std::min(x + w, m_r.width), y1 = std::min(y + h, m_r.height);
    if (x0 >= x1 || y0 >= y1) return;
    const int C = m_r.channels;
    const std::uint8_t col[3] = {colour.r, colour.g, colour.b};
    for (int yy = y0; yy < y1; ++yy) {
        std::uint8_t* dst = m_r.pixels.data() + (static_cast<size_t>(yy) * m_r.width + x0) * C;
        const std::uint8_t* cov = coverage + static_cast<size_t>(yy - y) * stride + (x0 - x);
        if (C == 1)
            blendRow<1>(dst, cov, x1 - x0, col);
        else
            blendRow<3>(dst, cov, x1 - x0, col);
    }
}

void Canvas::fillRect(double x0, double y0, double x1, double y1, Rgb8 colour) {
    if (!(x1 > x0) || !(y1 > y0)) return;  // also rejects NaN
    const int ix0 = static_cast<int>(std::max(0.0, std::floor(x0)));
    const int iy0 = static_cast<int>(std::max(0.0, std::floor(y0)));
    const int ix1 = static_cast<int>(std::min<double>(m_r.width, std::ceil(x1)));
    const int iy1 = static_cast<int>(std::min<double>(m_r.height, std::ceil(y1)));
    if (ix0 >= ix1 || iy0 >= iy1) return;
    const int n = ix1 - ix0;
    std::vector<float> colCover(n);
    for (int i = 0; i < n; ++i) colCover[i] = overlap(ix0 + i, x0, x1);
    std::vector<std::uint8_t> cov(n);
    float lastRow = -1;
    for (int y = iy0; y < iy1; ++y) {
        const float rowCover = overlap(y, y0, y1);
        if (rowCover != lastRow) {  // interior rows share one coverage row
            for (int i = 0; i < n; ++i)
                cov[i] = static_cast<std::uint8_t>(colCover[i] * rowCover * 255.0f + 0.5f);
            lastRow = rowCover;
        }
        blendMask(ix0, y, n, 1, cov.data(), n, colour);
    }
}

void Canvas::blendImage(int x, int y, int w, int h, const std::uint8_t* pixels, int channels,
                        const float* colCover, const float* rowCover) {
    const int x0 = std::max(x, 0), y0 = std::max(y, 0);
    const int x1 = std::min(x + w, m_r.width), y1 = std::min(y + h, m_r.height);
    if (x0 >= x1 || y0 >= y1 || (channels != 1 && channels != 3)) return;
    const int C = m_r.channels;
    for (int yy = y0; yy < y1; ++yy) {
        std::uint8_t* dst = m_r.pixels.data() + (static_cast<size_t>(yy) * m_r.width + x0) * C;
        const std::uint8_t* src = pixels + (static_cast<size_t>(yy - y) * w + (x0 - x)) * channels;
        const float* cc = colCover + (x0 - x);
        const float rc = rowCover[yy - y];
        if (C == 1 && channels == 1)
            imageRow<1, 1>(dst, src, x1 - x0, cc, rc);
        else if (C == 1)
            imageRow<1, 3>(dst, src, x1 - x0, cc, rc);  // not expected: gray pages get gray images
        else if (channels == 1)
            imageRow<3, 1>(dst, src, x1 - x0, cc, rc);
        else
            imageRow<3, 3>(dst, src, x1 - x0, cc, rc);
    }
}

}  // namespace bm::render
