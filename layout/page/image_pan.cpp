// SPDX-License-Identifier: MIT
#include "layout/page/image_pan.h"

#include <algorithm>
#include <cmath>

namespace bm::page {

namespace {

/// The picture's start moved by `delta`, within what placeImage would allow for it.
double movedStart(double frameStart, double frameSize, double start, double size, double delta) {
    const double a = frameStart, b = frameStart + frameSize - size;
    return std::clamp(start + delta, std::min(a, b), std::max(a, b));
}

/// The focus (permille of the picture) that puts the picture's start at `start`.
int focusFor(double frameStart, double frameSize, double start, double size) {
    if (!(size > 0)) return 500;
    const double focus = (frameStart + frameSize / 2 - start) / size;
    return static_cast<int>(std::lround(std::clamp(focus, 0.0, 1.0) * 1000));
}

}  // namespace

ImageFit pannedFit(const Rect& frame, const PlacedRect& placed, const ImageFit& fit, double dx,
                   double dy) {
    ImageFit out = fit;
    if (!(placed.w > 0) || !(placed.h > 0)) return out;
    const double fx = static_cast<double>(frame.x), fw = static_cast<double>(frame.w);
    const double fy = static_cast<double>(frame.y), fh = static_cast<double>(frame.h);
    out.focusXPermille = focusFor(fx, fw, movedStart(fx, fw, placed.x, placed.w, dx), placed.w);
    out.focusYPermille = focusFor(fy, fh, movedStart(fy, fh, placed.y, placed.h, dy), placed.h);
    return out;
}

ImageFit zoomedFit(const Rect& frame, const PlacedRect& placed, const ImageFit& fit,
                   double factor) {
    ImageFit out = pannedFit(frame, placed, fit, 0, 0);  // the focus that shows now
    if (!(factor > 0)) return out;
    const double zoom = std::clamp(fit.zoomPermille, 1, 100000) * factor;
    out.zoomPermille = static_cast<int>(
        std::lround(std::clamp(zoom, double(kMinZoomPermille), double(kMaxZoomPermille))));
    return out;
}

}  // namespace bm::page
