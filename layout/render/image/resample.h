// SPDX-License-Identifier: MIT
#pragma once
// Cropping and downsampling decoded pictures for the PDF: only the part of a photo that shows
// in its frame, at no more than the resolution the press can use.
#include "layout/render/image/image_decode.h"

namespace bm::render {

/// Source region in pixels, fractional (a frame edge rarely falls on a pixel edge).
struct PixelRegion {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// The region [x0, x1) × [y0, y1) of `src` resampled to outW × outH by area averaging (a box
/// filter: exact for downsampling, which is what the press needs; enlarging repeats pixels).
/// Empty image when out of memory or the arguments make no sense.
DecodedImage cropResample(const DecodedImage& src, const PixelRegion& region, int outW, int outH);

}  // namespace bm::render
