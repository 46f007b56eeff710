// SPDX-License-Identifier: MIT
#pragma once
// Re-encoding converted photos for the PDF with libjpeg-turbo (already linked for decoding).
#include <cstdint>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/image/image_decode.h"

namespace bm::render {

/// Baseline JPEG of a grey, RGB or CMYK image. CMYK is written as plain ink values (0 = none)
/// without an Adobe marker, so a PDF reader needs no /Decode array. Quality 85, no subsampling
/// (a CMYK image has no chroma to subsample: every plate carries detail): no visible loss under
/// newsprint's 85–100 lpi screen. At quality 90 a page of four 12-megapixel photos (each about
/// 2000 × 2400 px at 300 ppi) made an 18 MB PDF, over the plant's 15 MB budget.
Result<std::vector<std::uint8_t>> encodeJpeg(const DecodedImage& img, int quality = 85);

}  // namespace bm::render
