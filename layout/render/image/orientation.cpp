// SPDX-License-Identifier: MIT
#include "layout/render/image/orientation.h"

#include <cstring>
#include <new>

#include "layout/codecs/codec_table.h"

namespace bm::render {

// libexif runs in the codec module (layout/codecs/exif_orientation.cpp).
Result<int> exifOrientation(const std::uint8_t* data, size_t size) {
    auto c = codecs::codecs("reading a JPEG's EXIF orientation");
    if (!c) return Error{c.error()};
    return (*c)->exifOrientation(data, size);
}

// The pixel mapping of applyOrientation below, for half-open rectangles.
PixelRect uprightRect(int o, int w, int h, const PixelRect& r) {
    switch (o) {
        case 2:
            return {w - r.x1, r.y0, w - r.x0, r.y1};
        case 3:
            return {w - r.x1, h - r.y1, w - r.x0, h - r.y0};
        case 4:
            return {r.x0, h - r.y1, r.x1, h - r.y0};
        case 5:
            return {r.y0, r.x0, r.y1, r.x1};
        case 6:
            return {h - r.y1, r.x0, h - r.y0, r.x1};
        case 7:
            return {h - r.y1, w - r.x1, h - r.y0, w - r.x0};
        case 8:
            return {r.y0, w - r.x1, r.y1, w - r.x0};
        default:
            return r;
    }
}

PixelRect storedRect(int o, int w, int h, const PixelRect& r) {
    // Undoing a quarter turn is the opposite quarter turn (6 and 8) of the upright picture;
    // the other orientations undo themselves.
    const int undo = o == 6 ? 8 : o == 8 ? 6 : o;
    return swapsAxes(o) ? uprightRect(undo, h, w, r) : uprightRect(undo, w, h, r);
}

bool applyOrientation(DecodedImage& img, int o) {
    if (o <= 1 || o > 8) return true;
    const int w = img.width, h = img.height, C = img.components;
    const bool swap = swapsAxes(o);
    const int ow = swap ? h : w, oh = swap ? w : h;
    PixelBuffer out;
    try {
        out.resize(img.pixels.size());
    } catch (const std::bad_alloc&) {
        return false;
    }
    // For each stored pixel (x, y), where it lands in the upright picture (EXIF 2.3, table of
    // the Orientation tag: the 0th row/column of the stored image is the named side).
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* src = img.pixels.data() + static_cast<size_t>(y) * w * C;
        for (int x = 0; x < w; ++x) {
            int ux = x, uy = y;
            switch (o) {
                case 2:
                    ux = w - 1 - x;
                    break;  // mirrored
                case 3:
                    ux = w - 1 - x;
                    uy = h - 1 - y;
                    break;  // 180°
                case 4:
                    uy = h - 1 - y;
                    break;  // flipped
                case 5:
                    ux = y;
                    uy = x;
                    break;  // transposed
                case 6:
                    ux = h - 1 - y;
                    uy = x;
                    break;  // 90° clockwise
                case 7:
                    ux = h - 1 - y;
                    uy = w - 1 - x;
                    break;  // transverse
                case 8:
                    ux = y;
                    uy = w - 1 - x;
                    break;  // 90° anticlockwise
                default:
                    break;
            }
            std::memcpy(out.data() + (static_cast<size_t>(uy) * ow + ux) * C, src + x * C,
                        static_cast<size_t>(C));
        }
    }
    img.pixels = std::move(out);
    img.width = ow;
    img.height = oh;
    return true;
}

}  // namespace bm::render
