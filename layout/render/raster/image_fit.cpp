// SPDX-License-Identifier: MIT
#include "layout/render/raster/image_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "layout/render/raster/paint_color.h"

namespace bm::render {

namespace {

/// Source taps of one destination pixel along one axis.
struct Taps {
    int first = 0;
    int count = 0;
    int weights = 0;  // offset into Filter::weights
};

struct Filter {
    std::vector<Taps> taps;
    std::vector<float> weights;
    std::vector<float> cover;  // how much of each destination pixel the frame covers
};

/// Weights for destination pixels first .. first + count - 1 of a frame [a, b) showing srcN
/// source pixels.
Filter makeFilter(int srcN, double a, double b, double ca, double cb, int first, int count) {
    Filter f;
    f.taps.resize(count);
    f.cover.resize(count);
    const double scale = srcN / (b - a);  // source pixels per destination pixel
    for (int i = 0; i < count; ++i) {
        const double px = first + i;
        const double lo = std::max({px, a, ca}), hi = std::min({px + 1, b, cb});
        Taps& t = f.taps[i];
        t.weights = static_cast<int>(f.weights.size());
        f.cover[i] = hi > lo ? static_cast<float>(hi - lo) : 0.0f;
        if (hi <= lo) {
            t.first = 0;
            t.count = 1;
            f.weights.push_back(1.0f);
        } else if (scale > 1.0) {
            // Box filter: average the source pixels under the destination pixel.
            const double s0 = std::clamp((lo - a) * scale, 0.0, double(srcN));
            const double s1 = std::clamp((hi - a) * scale, 0.0, double(srcN));
            const int k0 = std::min(srcN - 1, static_cast<int>(std::floor(s0)));
            const int k1 = std::max(k0 + 1, std::min(srcN, static_cast<int>(std::ceil(s1))));
            t.first = k0;
            t.count = k1 - k0;
            double sum = 0;
            for (int k = k0; k < k1; ++k) {
                const double w =
                    std::max(0.0, std::min<double>(k + 1, s1) - std::max<double>(k, s0));
                f.weights.push_back(static_cast<float>(w));
                sum += w;
            }
            for (int k = 0; k < t.count; ++k)
                f.weights[t.weights + k] =
                    sum > 0 ? static_cast<float>(f.weights[t.weights + k] / sum) : 1.0f / t.count;
        } else {
            // Bilinear between the two source pixels around the destination pixel's centre.
            const double c = (0.5 * (lo + hi) - a) * scale - 0.5;
            const int k = static_cast<int>(std::floor(c));
            const float frac = static_cast<float>(c - k);
            const int ka = std::clamp(k, 0, srcN - 1), kb = std::clamp(k + 1, 0, srcN - 1);
            t.first = ka;
            t.count = kb - ka + 1;
            if (t.count == 1) {
                f.weights.push_back(1.0f);
            } else {
                f.weights.push_back(1.0f - frac);
                f.weights.push_back(frac);
            }
        }
    }
    return f;
}

}  // namespace

ImagePatch fitImage(const DecodedImage& image, double x0, double y0, double x1, double y1,
                    int pageW, int pageH) {
    return fitImage(image, x0, y0, x1, y1, x0, y0, x1, y1, pageW, pageH);
}

ImagePatch fitImage(const DecodedImage& image, double x0, double y0, double x1, double y1,
                    double cx0, double cy0, double cx1, double cy1, int pageW, int pageH) {
    ImagePatch p;
    const int C = image.components;
    if (image.width <= 0 || image.height <= 0 || (C != 1 && C != 3 && C != 4) ||
        image.pixels.size() < size_t(image.width) * image.height * C || !(x1 > x0) || !(y1 > y0))
        return p;
    const int ix0 = static_cast<int>(std::max({0.0, std::floor(x0), std::floor(cx0)}));
    const int iy0 = static_cast<int>(std::max({0.0, std::floor(y0), std::floor(cy0)}));
    const int ix1 = static_cast<int>(std::min({double(pageW), std::ceil(x1), std::ceil(cx1)}));
    const int iy1 = static_cast<int>(std::min({double(pageH), std::ceil(y1), std::ceil(cy1)}));
    if (ix0 >= ix1 || iy0 >= iy1) return p;
    const int W = ix1 - ix0, H = iy1 - iy0;
    Filter fx = makeFilter(image.width, x0, x1, cx0, cx1, ix0, W);
    Filter fy = makeFilter(image.height, y0, y1, cy0, cy1, iy0, H);

    // Horizontal pass over the source rows the vertical filter reads.
    int rowLo = image.height, rowHi = 0;
    for (const Taps& t : fy.taps) {
        rowLo = std::min(rowLo, t.first);
        rowHi = std::max(rowHi, t.first + t.count);
    }
    const size_t tmpStride = static_cast<size_t>(W) * C;
    std::vector<float> tmp(static_cast<size_t>(rowHi - rowLo) * tmpStride);
    const size_t srcStride = static_cast<size_t>(image.width) * C;
    for (int r = rowLo; r < rowHi; ++r) {
        const std::uint8_t* src = image.pixels.data() + r * srcStride;
        float* out = tmp.data() + (r - rowLo) * tmpStride;
        for (int i = 0; i < W; ++i) {
            const Taps& t = fx.taps[i];
            const float* w = fx.weights.data() + t.weights;
            for (int c = 0; c < C; ++c) {
                float acc = 0;
                for (int k = 0; k < t.count; ++k) acc += w[k] * src[(t.first + k) * C + c];
                out[i * C + c] = acc;
            }
        }
    }

    // Vertical pass straight to bytes.
    std::vector<std::uint8_t> px(static_cast<size_t>(W) * H * C);
    std::vector<float> row(tmpStride);
    for (int j = 0; j < H; ++j) {
        const Taps& t = fy.taps[j];
        const float* w = fy.weights.data() + t.weights;
        std::fill(row.begin(), row.end(), 0.0f);
        for (int k = 0; k < t.count; ++k) {
            const float* in = tmp.data() + (t.first + k - rowLo) * tmpStride;
            for (size_t i = 0; i < tmpStride; ++i) row[i] += w[k] * in[i];
        }
        std::uint8_t* out = px.data() + j * tmpStride;
        for (size_t i = 0; i < tmpStride; ++i)
            out[i] = static_cast<std::uint8_t>(std::clamp(row[i] + 0.5f, 0.0f, 255.0f));
    }

    p.x = ix0;
    p.y = iy0;
    p.width = W;
    p.height = H;
    p.colCover = std::move(fx.cover);
    p.rowCover = std::move(fy.cover);
    if (C == 1) {
        p.channels = 1;
        p.pixels = std::move(px);
        return p;
    }
    const size_t n = static_cast<size_t>(W) * H;
    if (C == 4) {
        std::vector<std::uint8_t> rgb(n * 3);
        for (size_t i = 0; i < n; ++i) {
            const Rgb8 v = cmykToRgb8(px[i * 4], px[i * 4 + 1], px[i * 4 + 2], px[i * 4 + 3]);
            rgb[i * 3] = v.r;
            rgb[i * 3 + 1] = v.g;
            rgb[i * 3 + 2] = v.b;
        }
        px = std::move(rgb);
    }
    p.channels = 3;
    p.pixels = std::move(px);
    // JPEG chroma rounding leaves gray photos ±1 off neutral; that is still a gray photo.
    for (size_t i = 0; i < n && !p.colour; ++i) {
        const int r = p.pixels[i * 3], g = p.pixels[i * 3 + 1], b = p.pixels[i * 3 + 2];
        p.colour = std::abs(r - g) > 2 || std::abs(g - b) > 2;
    }
    return p;
}

void toGray(ImagePatch& patch) {
    if (patch.channels != 3) return;
    const size_t n = static_cast<size_t>(patch.width) * patch.height;
    std::vector<std::uint8_t> g(n);
    for (size_t i = 0; i < n; ++i) {
        const unsigned r = patch.pixels[i * 3], gg = patch.pixels[i * 3 + 1],
                       b = patch.pixels[i * 3 + 2];
        g[i] = static_cast<std::uint8_t>((r * 77 + gg * 150 + b * 29 + 128) >> 8);
    }
    patch.pixels = std::move(g);
    patch.channels = 1;
}

}  // namespace bm::render
