// SPDX-License-Identifier: MIT
#pragma once
// Scales a decoded photo into its frame on the page: a box filter where it shrinks (the usual
// case: a 3000 px photo in a 600 px frame), bilinear where it grows, separably. The image is
// stretched to the frame, as the PDF writer's image matrix does, so both outputs agree.
#include <cstdint>
#include <vector>

#include "layout/render/image/image_decode.h"

namespace bm::render {

/// Image pixels ready for Canvas::blendImage: only the part of the frame inside the page.
struct ImagePatch {
    int x = 0, y = 0;  ///< top-left page pixel
    int width = 0, height = 0;
    int channels = 1;     ///< 1 or 3 (CMYK is converted, gray stays gray)
    bool colour = false;  ///< some pixel is not neutral: the page must be RGB
    std::vector<std::uint8_t> pixels;
    std::vector<float> colCover;  ///< frame coverage of each column (edges may be fractional)
    std::vector<float> rowCover;
};

/// Fits `image` to the frame [x0, x1) × [y0, y1) (page pixels) on a page of pageW × pageH.
ImagePatch fitImage(const DecodedImage& image, double x0, double y0, double x1, double y1,
                    int pageW, int pageH);

/// Reduces an RGB patch to gray (used when the whole page is gray).
void toGray(ImagePatch& patch);

}  // namespace bm::render
