// SPDX-License-Identifier: MIT
#pragma once
// Panning and zooming a picture inside its frame (the editor's double-click mode): new focus and
// zoom values computed from where the picture is now, so a drag moves the picture exactly with
// the pointer and never stores a focus the fit cannot show (no dead zone at the edges).
#include "layout/page/image_placement.h"

namespace bm::page {

/// Limits of the zoom a frame may store (FORMAT.md: 0.1 … 20).
inline constexpr int kMinZoomPermille = 100;
inline constexpr int kMaxZoomPermille = 20000;

/// The fit with the picture, now at `placed` in `frame`, moved by (dx, dy) page units (mpt).
/// The picture stops where a filled frame would show an empty edge.
ImageFit pannedFit(const Rect& frame, const PlacedRect& placed, const ImageFit& fit, double dx,
                   double dy);

/// The fit with the zoom multiplied by `factor` (clamped to the limits above), keeping the
/// point of the picture at the frame's centre where it is.
ImageFit zoomedFit(const Rect& frame, const PlacedRect& placed, const ImageFit& fit, double factor);

}  // namespace bm::page
