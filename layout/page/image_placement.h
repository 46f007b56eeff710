// SPDX-License-Identifier: MIT
#pragma once
// Where a picture sits in its frame: the fit mode, zoom and focus point of a model::ImageFrame
// applied to the picture's upright size. One function for the PDF writer, the PNG rasteriser,
// the editor and preflight, so all of them crop the same part of the same picture.
#include "layout/base/geometry.h"
#include "layout/model/document.h"

namespace bm::page {

/// How a picture is fitted (copied from the model into the display list).
struct ImageFit {
    model::ImageFit mode = model::ImageFit::Auto;
    int zoomPermille = 1000;
    int focusXPermille = 500;
    int focusYPermille = 500;
    bool operator==(const ImageFit&) const = default;
};

/// A rectangle in page coordinates (points ×1000, but fractional: a picture's edge rarely falls
/// on a whole milli-point and rounding it would distort a crop by up to a pixel).
struct PlacedRect {
    double x = 0, y = 0, w = 0, h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
};

/// The picture's whole extent (which may overflow the frame; callers clip to `frame`).
/// `srcW` × `srcH` is its upright size in pixels (or points, for a PDF page); `vector` marks a
/// PDF ad, which Auto fits inside rather than crops. Empty when either size is not positive.
PlacedRect placeImage(const Rect& frame, double srcW, double srcH, const ImageFit& fit,
                      bool vector = false);

/// The mode Auto stands for.
model::ImageFit resolvedFit(model::ImageFit mode, bool vector);

/// Effective resolution at final size, pixels per inch along each axis.
struct EffectivePpi {
    double x = 0, y = 0;
    double min() const { return x < y ? x : y; }
    /// x/y − 1 in absolute value: 0 for an undistorted picture (preflight flags > 1 %).
    double distortion() const;
};
EffectivePpi effectivePpi(const PlacedRect& placed, int pixelsW, int pixelsH);

/// The part of the picture that shows: `placed` ∩ `frame` (empty w/h when nothing shows).
PlacedRect visiblePart(const PlacedRect& placed, const Rect& frame);

}  // namespace bm::page
