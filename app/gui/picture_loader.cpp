// SPDX-License-Identifier: MIT
#include "gui/picture_loader.h"

#include <algorithm>

#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"

namespace bm::gui {

ScreenPicture loadScreenPicture(const QString& path, int pdfPage, int maxSide) {
    ScreenPicture out;
    const std::string p = path.toStdString();
    auto bytes = render::readFileBytes(p);
    if (!bytes) return out;
    auto info = render::readImageInfo(*bytes, p, pdfPage);
    if (!info || info->width <= 0 || info->height <= 0) return out;
    out.vector = info->vector();
    const double longSide = std::max(info->width, info->height);
    Result<render::DecodedImage> img = Error{""};
    if (out.vector) {
        img = render::renderPdfPage(*bytes, p, pdfPage, 72.0 * maxSide / longSide);
    } else {
        render::DecodeHint hint;
        const double s = std::min(1.0, maxSide / longSide);
        hint.minWidth = std::max(1, static_cast<int>(info->width * s));
        hint.minHeight = std::max(1, static_cast<int>(info->height * s));
        img = render::decodeImageBytes(*bytes, p, hint);
    }
    if (!img) return out;
    const render::DecodedImage& d = *img;
    if (d.components == 1) {
        out.image =
            QImage(d.pixels.data(), d.width, d.height, d.width, QImage::Format_Grayscale8).copy();
    } else if (d.components == 3) {
        out.image =
            QImage(d.pixels.data(), d.width, d.height, d.width * 3, QImage::Format_RGB888).copy();
    } else if (d.components == 4) {  // a preview, as the PNG export shows CMYK
        out.image = QImage(d.width, d.height, QImage::Format_RGB888);
        for (int y = 0; y < d.height; ++y) {
            const std::uint8_t* s = d.pixels.data() + size_t(y) * d.width * 4;
            uchar* o = out.image.scanLine(y);
            for (int x = 0; x < d.width; ++x, s += 4, o += 3) {
                const unsigned w = 255 - s[3];
                for (int c = 0; c < 3; ++c) o[c] = static_cast<uchar>((255 - s[c]) * w / 255);
            }
        }
    }
    return out;
}

}  // namespace bm::gui
