// SPDX-License-Identifier: MIT
#pragma once
// Scales a decoded photo into its frame on the page: a box filter where it shrinks (the usual
// case: a 3000 px photo in a 600 px frame), bilinear where it grows, separably. The picture is
// placed by page::placeImage and clipped to its frame, as in the PDF, so both outputs agree.
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

/// Scales `image` to [x0, x1) × [y0, y1) (page pixels; the picture's whole placed extent) and
/// keeps what lies inside the clip box [cx0, cx1) × [cy0, cy1) (the frame) and the page of
/// pageW × pageH.
ImagePatch fitImage(const DecodedImage& image, double x0, double y0, double x1, double y1,
                    int pageW, int pageH);
ImagePatch fitImage(const DecodedImage& image, double x0, double y0, double x1, double y1,
                    double cx0, double cy0, double cx1, double cy1, int pageW, int pageH);

/// Reduces an RGB patch to gray (used when the whole page is gray).
void toGray(ImagePatch& patch);

}  // namespace bm::render
