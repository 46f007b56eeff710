// SPDX-License-Identifier: MIT
#pragma once
// EXIF orientation: cameras store a portrait photo as a landscape sensor image plus a tag
// that says how to turn it. Read with libexif (in the codec module); applied to decoded pixels
// here.
#include <cstddef>
#include <cstdint>

#include "layout/base/result.h"
#include "layout/render/image/image_decode.h"

namespace bm::render {

/// The Orientation tag (1..8) of an EXIF block (the APP1 payload starting "Exif\0\0", or a
/// bare TIFF header); 1 when absent or unreadable.
/// An error only when the codec module (libexif) cannot be loaded: a portrait photo must not
/// be shown on its side unnoticed.
Result<int> exifOrientation(const std::uint8_t* data, size_t size);

/// True when orientation `o` swaps width and height (5..8: a quarter turn).
inline bool swapsAxes(int o) { return o >= 5 && o <= 8; }

/// A pixel rectangle [x0, x1) × [y0, y1).
struct PixelRect {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    bool operator==(const PixelRect&) const = default;
};

/// The stored pixels of a picture of stored size w × h and orientation `o` that show the
/// upright rectangle `r` (so that only they need decoding).
PixelRect storedRect(int o, int w, int h, const PixelRect& r);
/// The inverse: where the stored rectangle `r` lands in the upright picture.
PixelRect uprightRect(int o, int w, int h, const PixelRect& r);

/// Turns and/or mirrors `img` so that orientation `o` becomes 1. False when out of memory
/// (the image is left as it was).
bool applyOrientation(DecodedImage& img, int o);

}  // namespace bm::render
