// SPDX-License-Identifier: MIT
#include "layout/render/image/resample.h"

#include <algorithm>
#include <cmath>

#include "layout/render/image/image_decode_detail.h"

namespace bm::render {

namespace {

/// For each output index, the source span it averages and the weight of each source pixel.
struct Axis {
    std::vector<int> first, count;
    std::vector<float> weights;  ///< concatenated, count[i] per output i
    std::vector<size_t> offset;
};

Axis makeAxis(int srcN, double a, double b, int outN) {
    Axis ax;
    ax.first.resize(size_t(outN));
    ax.count.resize(size_t(outN));
    ax.offset.resize(size_t(outN));
    const double step = (b - a) / outN;
    for (int i = 0; i < outN; ++i) {
        double s0 = a + i * step, s1 = s0 + step;
        if (s1 - s0 < 1.0) {  // enlarging: the nearest source pixel
            const double c = std::clamp((s0 + s1) / 2, 0.0, srcN - 1e-9);
            s0 = std::floor(c);
            s1 = s0 + 1;
        }
        const int k0 = std::clamp(static_cast<int>(std::floor(s0)), 0, srcN - 1);
        const int k1 = std::clamp(static_cast<int>(std::ceil(s1)), k0 + 1, srcN);
        ax.first[size_t(i)] = k0;
        ax.count[size_t(i)] = k1 - k0;
        ax.offset[size_t(i)] = ax.weights.size();
        double sum = 0;
        for (int k = k0; k < k1; ++k)
            sum += std::max(0.0, std::min<double>(k + 1, s1) - std::max<double>(k, s0));
        for (int k = k0; k < k1; ++k) {
            const double w = std::max(0.0, std::min<double>(k + 1, s1) - std::max<double>(k, s0));
            ax.weights.push_back(static_cast<float>(sum > 0 ? w / sum : 1.0 / (k1 - k0)));
        }
    }
    return ax;
}

}  // namespace

DecodedImage cropResample(const DecodedImage& src, const PixelRegion& r, int outW, int outH) {
    DecodedImage out;
    const int C = src.components;
    if (outW <= 0 || outH <= 0 || C < 1 || C > 4 || src.width <= 0 || src.height <= 0 ||
        src.pixels.size() < size_t(src.width) * src.height * C || !(r.x1 > r.x0) || !(r.y1 > r.y0))
        return out;
    const Axis ax = makeAxis(src.width, r.x0, r.x1, outW);
    const Axis ay = makeAxis(src.height, r.y0, r.y1, outH);
    if (!reserve(out.pixels, size_t(outW) * outH * C)) return DecodedImage{};
    // Separable: each source row is filtered across once, then rows are blended down. A
    // source row feeds up to two or three output rows when shrinking by less than 2×, so the
    // filtered rows live in a ring as deep as the widest vertical span.
    const size_t rowFloats = size_t(outW) * C;
    const int ring = std::max(1, *std::max_element(ay.count.begin(), ay.count.end()));
    std::vector<float> rows(size_t(ring) * rowFloats);
    std::vector<int> tag(size_t(ring), -1);
    const size_t srcStride = size_t(src.width) * C;
    auto filtered = [&](int y) -> const float* {
        const size_t slot = size_t(y % ring);
        float* h = rows.data() + slot * rowFloats;
        if (tag[slot] == y) return h;
        tag[slot] = y;
        const std::uint8_t* row = src.pixels.data() + size_t(y) * srcStride;
        for (int i = 0; i < outW; ++i) {
            const float* wx = ax.weights.data() + ax.offset[size_t(i)];
            const std::uint8_t* p = row + size_t(ax.first[size_t(i)]) * C;
            for (int c = 0; c < C; ++c) {
                float v = 0;
                for (int k = 0; k < ax.count[size_t(i)]; ++k) v += wx[k] * p[k * C + c];
                h[size_t(i) * C + c] = v;
            }
        }
        return h;
    };
    std::vector<float> acc(rowFloats);
    for (int j = 0; j < outH; ++j) {
        std::fill(acc.begin(), acc.end(), 0.0f);
        for (int t = 0; t < ay.count[size_t(j)]; ++t) {
            const float wy = ay.weights[ay.offset[size_t(j)] + size_t(t)];
            const float* h = filtered(ay.first[size_t(j)] + t);
            for (size_t i = 0; i < rowFloats; ++i) acc[i] += wy * h[i];
        }
        std::uint8_t* o = out.pixels.data() + size_t(j) * outW * C;
        for (size_t i = 0; i < acc.size(); ++i)
            o[i] = static_cast<std::uint8_t>(std::clamp(acc[i] + 0.5f, 0.0f, 255.0f));
    }
    out.width = outW;
    out.height = outH;
    out.components = C;
    out.icc = src.icc;
    out.lineArt = src.lineArt;
    return out;
}

}  // namespace bm::render
