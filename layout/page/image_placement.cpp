// SPDX-License-Identifier: MIT
#include "layout/page/image_placement.h"

#include <algorithm>
#include <cmath>

namespace bm::page {

model::ImageFit resolvedFit(model::ImageFit mode, bool vector) {
    if (mode != model::ImageFit::Auto) return mode;
    return vector ? model::ImageFit::Fit : model::ImageFit::Fill;
}

namespace {
/// Puts the focus point at the frame's centre, then moves the picture back so that it covers
/// the frame where it can (no empty edge) or stays inside it where it cannot.
double position(double frameStart, double frameSize, double size, int focusPermille) {
    const double focus = std::clamp(focusPermille, 0, 1000) / 1000.0;
    const double wanted = frameStart + frameSize / 2 - focus * size;
    const double a = frameStart, b = frameStart + frameSize - size;
    return std::clamp(wanted, std::min(a, b), std::max(a, b));
}
}  // namespace

PlacedRect placeImage(const Rect& frame, double srcW, double srcH, const ImageFit& fit,
                      bool vector) {
    PlacedRect r;
    if (!(srcW > 0) || !(srcH > 0) || frame.w <= 0 || frame.h <= 0) return r;
    const double zoom = std::clamp(fit.zoomPermille, 1, 100000) / 1000.0;
    const double sx = frame.w / srcW, sy = frame.h / srcH;
    double scaleX = 0, scaleY = 0;
    switch (resolvedFit(fit.mode, vector)) {
        case model::ImageFit::Stretch:
            scaleX = sx;
            scaleY = sy;
            break;
        case model::ImageFit::Fit:
            scaleX = scaleY = std::min(sx, sy);
            break;
        default:  // Fill
            scaleX = scaleY = std::max(sx, sy);
            break;
    }
    r.w = srcW * scaleX * zoom;
    r.h = srcH * scaleY * zoom;
    r.x = position(frame.x, frame.w, r.w, fit.focusXPermille);
    r.y = position(frame.y, frame.h, r.h, fit.focusYPermille);
    return r;
}

double EffectivePpi::distortion() const {
    if (!(x > 0) || !(y > 0)) return 0;
    return std::abs(x / y - 1.0);
}

EffectivePpi effectivePpi(const PlacedRect& placed, int pixelsW, int pixelsH) {
    EffectivePpi p;
    // 72 pt to the inch; the display list counts milli-points.
    if (placed.w > 0) p.x = pixelsW * 72000.0 / placed.w;
    if (placed.h > 0) p.y = pixelsH * 72000.0 / placed.h;
    return p;
}

PlacedRect visiblePart(const PlacedRect& placed, const Rect& frame) {
    PlacedRect v;
    v.x = std::max<double>(placed.x, frame.x);
    v.y = std::max<double>(placed.y, frame.y);
    v.w = std::max(0.0, std::min<double>(placed.right(), frame.right()) - v.x);
    v.h = std::max(0.0, std::min<double>(placed.bottom(), frame.bottom()) - v.y);
    return v;
}

}  // namespace bm::page
