// SPDX-License-Identifier: MIT
#pragma once
// Re-encoding converted photos for the PDF with libjpeg-turbo (already linked for decoding).
#include <cstdint>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/image/image_decode.h"

namespace bm::render {

/// Baseline JPEG of a grey, RGB or CMYK image. CMYK is written as plain ink values (0 = none)
/// without an Adobe marker, so a PDF reader needs no /Decode array. Quality 90 with 4:4:4
/// chroma: no visible loss in a halftoned newsprint photo, about a tenth of Flate's size.
Result<std::vector<std::uint8_t>> encodeJpeg(const DecodedImage& img, int quality = 90);

}  // namespace bm::render
