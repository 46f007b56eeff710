// SPDX-License-Identifier: MIT
#include "layout/render/raster/coverage_rasterizer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bm::render {

namespace {

// Flattening tolerance in pixels. Chords lie inside convex curves, so the error is one-sided
// and thins curved strokes slightly; at 0.05 px a circle loses 0.2 % of its area (0.1 px lost
// 0.4 %), still far below what 8-bit coverage can show.
constexpr float kTolerance = 0.05f;
constexpr int kMaxSegments = 256;

int segmentsFor(float ddx, float ddy, float factor) {
    // Uniform subdivision into n chords deviates from the curve by at most
    // factor * |second difference| / n^2 (factor 1/4 for quadratics, 3/4 for cubics).
    const float dd = std::sqrt(ddx * ddx + ddy * ddy);
    const float n = std::ceil(std::sqrt(dd * factor / kTolerance));
    if (!(n >= 1.0f)) return 1;  // also catches NaN
    return n > kMaxSegments ? kMaxSegments : static_cast<int>(n);
}

}  // namespace

void CoverageRasterizer::reset(int width, int height) {
    m_w = std::max(0, width);
    m_h = std::max(0, height);
    m_stride = m_w + 2;
    m_cells.assign(static_cast<size_t>(m_stride) * m_h, 0.0f);
}

void CoverageRasterizer::line(float x0, float y0, float x1, float y1) {
    if (y0 == y1 || !std::isfinite(x0) || !std::isfinite(x1) || !std::isfinite(y0) ||
        !std::isfinite(y1))
        return;
    const float w = static_cast<float>(m_w);
    if (x0 >= 0 && x0 <= w && x1 >= 0 && x1 <= w) {
        accumulate(x0, y0, x1, y1);
        return;
    }
    // Clip against x = 0 and x = width by projection: a piece outside becomes a vertical edge
    // on the border with the same y extent, which is exactly its effect on the row sums.
    float ts[4] = {0.0f, 1.0f, 1.0f, 1.0f};
    int n = 1;
    const float dx = x1 - x0;
    if (dx != 0) {
        float ta = (0.0f - x0) / dx, tb = (w - x0) / dx;
        if (ta > tb) std::swap(ta, tb);
        if (ta > 0 && ta < 1) ts[n++] = ta;
        if (tb > 0 && tb < 1) ts[n++] = tb;
    }
    ts[n++] = 1.0f;
    const float dy = y1 - y0;
    for (int i = 0; i + 1 < n; ++i) {
        const float ta = ts[i], tb = ts[i + 1];
        if (tb <= ta) continue;
        const float tm = 0.5f * (ta + tb);
        const float xm = x0 + dx * tm;
        float xa = x0 + dx * ta, xb = x0 + dx * tb;
        if (xm < 0) {
            xa = xb = 0;
        } else if (xm > w) {
            xa = xb = w;
        } else {
            xa = std::clamp(xa, 0.0f, w);
            xb = std::clamp(xb, 0.0f, w);
        }
        accumulate(xa, y0 + dy * ta, xb, y0 + dy * tb);
    }
}

// The area accumulation of font-rs (Raph Levien, Apache-2.0/MIT), with rows clipped to the area
// and cells indexed per row so that rounding never leaks from one row into the next.
void CoverageRasterizer::accumulate(float x0, float y0, float x1, float y1) {
    if (y0 == y1) return;
    float dir = 1.0f;
    if (y0 > y1) {
        std::swap(x0, x1);
        std::swap(y0, y1);
        dir = -1.0f;
    }
    const float h = static_cast<float>(m_h);
    if (y1 <= 0 || y0 >= h) return;
    const float dxdy = (x1 - x0) / (y1 - y0);
    float x = x0;
    if (y0 < 0) {
        x -= y0 * dxdy;
        y0 = 0;
    }
    const float xMax = static_cast<float>(m_w);
    x = std::clamp(x, 0.0f, xMax);
    const int yStart = static_cast<int>(y0);
    const int yEnd = std::min(m_h, static_cast<int>(std::ceil(y1)));
    for (int y = yStart; y < yEnd; ++y) {
        float* row = m_cells.data() + static_cast<size_t>(y) * m_stride;
        const float dy =
            std::min(static_cast<float>(y + 1), y1) - std::max(static_cast<float>(y), y0);
        const float xnext = std::clamp(x + dxdy * dy, 0.0f, xMax);
        const float d = dy * dir;
        const float xa = std::min(x, xnext), xb = std::max(x, xnext);
        const float xaFloor = std::floor(xa);
        const int xai = static_cast<int>(xaFloor);
        const float xbCeil = std::ceil(xb);
        const int xbi = static_cast<int>(xbCeil);
        if (xbi <= xai + 1) {
            // Within one cell: the part of the cell right of the edge's mean x is covered here,
            // the rest carries into the next cell.
            const float xmf = 0.5f * (x + xnext) - xaFloor;
            row[xai] += d - d * xmf;
            row[xai + 1] += d * xmf;
        } else {
            const float s = 1.0f / (xb - xa);
            const float xaf = xa - xaFloor;
            const float a0 = 0.5f * s * (1.0f - xaf) * (1.0f - xaf);
            const float xbf = xb - xbCeil + 1.0f;
            const float am = 0.5f * s * xbf * xbf;
            row[xai] += d * a0;
            if (xbi == xai + 2) {
                row[xai + 1] += d * (1.0f - a0 - am);
            } else {
                const float a1 = s * (1.5f - xaf);
                row[xai + 1] += d * (a1 - a0);
                for (int xi = xai + 2; xi < xbi - 1; ++xi) row[xi] += d * s;
                const float a2 = a1 + static_cast<float>(xbi - xai - 3) * s;
                row[xbi - 1] += d * (1.0f - a2 - am);
            }
            row[xbi] += d * am;
        }
        x = xnext;
    }
}

void CoverageRasterizer::quad(float x0, float y0, float x1, float y1, float x2, float y2) {
    const int n = segmentsFor(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2, 0.25f);
    float px = x0, py = y0;
    for (int i = 1; i <= n; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(n);
        const float u = 1.0f - t;
        const float qx = i == n ? x2 : u * u * x0 + 2 * u * t * x1 + t * t * x2;
        const float qy = i == n ? y2 : u * u * y0 + 2 * u * t * y1 + t * t * y2;
        line(px, py, qx, qy);
        px = qx;
        py = qy;
    }
}

void CoverageRasterizer::cubic(float x0, float y0, float x1, float y1, float x2, float y2, float x3,
                               float y3) {
    const float ddx = std::max(std::abs(x0 - 2 * x1 + x2), std::abs(x1 - 2 * x2 + x3));
    const float ddy = std::max(std::abs(y0 - 2 * y1 + y2), std::abs(y1 - 2 * y2 + y3));
    const int n = segmentsFor(ddx, ddy, 0.75f);
    float px = x0, py = y0;
    for (int i = 1; i <= n; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(n);
        const float u = 1.0f - t;
        const float b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;
        const float qx = i == n ? x3 : b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
        const float qy = i == n ? y3 : b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3;
        line(px, py, qx, qy);
        px = qx;
        py = qy;
    }
}

void CoverageRasterizer::addPath(const Path& path, float scaleX, float scaleY, float dx, float dy) {
    const float* c = path.coords.data();
    const float* end = c + path.coords.size();
    float sx = 0, sy = 0;  // contour start
    float cx = 0, cy = 0;  // current point
    bool open = false;
    auto X = [&](int i) { return c[i] * scaleX + dx; };
    auto Y = [&](int i) { return dy - c[i + 1] * scaleY; };
    auto need = [&](int n) { return end - c >= n; };  // a malformed path stops, never overreads
    for (Path::Op op : path.ops) {
        switch (op) {
            case Path::Op::Move:
                if (!need(2)) return;
                if (open) line(cx, cy, sx, sy);
                sx = cx = X(0);
                sy = cy = Y(0);
                open = true;
                c += 2;
                break;
            case Path::Op::Line:
                if (!need(2)) return;
                line(cx, cy, X(0), Y(0));
                cx = X(0);
                cy = Y(0);
                c += 2;
                break;
            case Path::Op::Quad:
                if (!need(4)) return;
                quad(cx, cy, X(0), Y(0), X(2), Y(2));
                cx = X(2);
                cy = Y(2);
                c += 4;
                break;
            case Path::Op::Cubic:
                if (!need(6)) return;
                cubic(cx, cy, X(0), Y(0), X(2), Y(2), X(4), Y(4));
                cx = X(4);
                cy = Y(4);
                c += 6;
                break;
            case Path::Op::Close:
                if (open) line(cx, cy, sx, sy);
                cx = sx;
                cy = sy;
                open = false;
                break;
        }
    }
    if (open) line(cx, cy, sx, sy);
}

void CoverageRasterizer::resolve(std::uint8_t* out, int stride) {
    for (int y = 0; y < m_h; ++y) {
        float* row = m_cells.data() + static_cast<size_t>(y) * m_stride;
        std::uint8_t* o = out + static_cast<size_t>(y) * stride;
        float acc = 0;
        for (int x = 0; x < m_w; ++x) {
            acc += row[x];
            const float a = std::min(std::abs(acc), 1.0f);
            o[x] = static_cast<std::uint8_t>(a * 255.0f + 0.5f);
        }
        std::memset(row, 0, sizeof(float) * m_stride);
    }
}

}  // namespace bm::render
