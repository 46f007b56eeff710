// SPDX-License-Identifier: MIT
#include "layout/render/raster/picture_check.h"

#include <filesystem>

#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"

namespace bm::render {

PictureCheck checkPicture(const page::ImageItem& item, const std::string& baseDir) {
    PictureCheck c;
    if (item.path.empty()) {
        c.placeholder = true;
        return c;
    }
    std::filesystem::path p(item.path);
    if (p.is_relative() && !baseDir.empty()) p = std::filesystem::path(baseDir) / p;
    auto bytes = readFileBytes(p.string());
    if (!bytes) {
        c.error = bytes.error();
        return c;
    }
    auto info = readImageInfo(*bytes, item.path, item.pdfPage);
    if (!info) {
        c.error = info.error();
        return c;
    }
    c.vector = info->vector();
    c.pixelsW = info->width;
    c.pixelsH = info->height;
    c.placed = page::placeImage(item.rect, info->width, info->height, item.fit, c.vector);
    if (c.vector) {
        if (auto ad = readPdfPage(*bytes, item.path, item.pdfPage)) c.adProblems = ad->problems;
    } else {
        c.ppi = page::effectivePpi(c.placed, info->width, info->height);
    }
    return c;
}

}  // namespace bm::render
