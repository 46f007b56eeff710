// SPDX-License-Identifier: MIT
// One entry point per question: "what is this file and how big is it upright?" (headers only)
// and "give me its upright pixels".
#include "layout/render/image/image_decode.h"
#include "layout/render/image/image_decode_detail.h"
#include "layout/render/image/orientation.h"
#include "layout/render/image/pdf_page.h"

namespace bm::render {

namespace {
std::uint32_t be32(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

Result<ImageInfo> readPngInfo(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    // The IHDR chunk comes first (PNG spec 5.6): width, height, depth, colour type.
    if (bytes.size() < 33 ||
        std::string_view(reinterpret_cast<const char*>(&bytes[12]), 4) != "IHDR")
        return Error{"PNG image " + quoted(label) + " is corrupt: no IHDR chunk"};
    ImageInfo info;
    info.format = ImageFormat::Png;
    const std::uint32_t w = be32(&bytes[16]), h = be32(&bytes[20]);
    if (const std::string bad = checkDimensions(long(std::min<std::uint32_t>(w, 1u << 30)),
                                                long(std::min<std::uint32_t>(h, 1u << 30)));
        !bad.empty())
        return Error{"PNG image " + quoted(label) + " " + bad};
    info.width = static_cast<int>(w);
    info.height = static_cast<int>(h);
    const int type = bytes[25];
    info.components = (type == 0 || type == 4) ? 1 : 3;
    return info;
}
}  // namespace

Result<ImageInfo> readImageInfo(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                int pdfPage) {
    if (bytes.empty()) return Error{"image file " + quoted(label) + " is empty"};
    switch (sniffImageFormat(bytes)) {
        case ImageFormat::Png:
            return readPngInfo(bytes, label);
        case ImageFormat::Jpeg: {
            auto j = readJpegInfo(bytes, label);
            if (!j) return Error{j.error()};
            ImageInfo info;
            info.format = ImageFormat::Jpeg;
            info.orientation = j->orientation;
            info.width = swapsAxes(j->orientation) ? j->height : j->width;
            info.height = swapsAxes(j->orientation) ? j->width : j->height;
            info.components = j->components;
            return info;
        }
        case ImageFormat::Tiff:
            return readTiffInfo(bytes, label);
        case ImageFormat::Pdf: {
            auto p = readPdfPage(bytes, label, pdfPage);
            if (!p) return Error{p.error()};
            ImageInfo info;
            info.format = ImageFormat::Pdf;
            info.width = static_cast<int>(p->width + 0.5);
            info.height = static_cast<int>(p->height + 0.5);
            return info;
        }
        case ImageFormat::Unknown:
            break;
    }
    return Error{"image file " + quoted(label) + " is not a PNG, JPEG, TIFF or PDF file"};
}

Result<ImageInfo> readImageInfoFile(const std::string& path, int pdfPage) {
    auto bytes = readFileBytes(path);
    if (!bytes) return Error{bytes.error()};
    return readImageInfo(*bytes, path, pdfPage);
}

Result<DecodedImage> decodeImageBytes(const std::vector<std::uint8_t>& bytes,
                                      const std::string& label, const DecodeHint& hint) {
    if (bytes.empty()) return Error{"image file " + quoted(label) + " is empty"};
    switch (sniffImageFormat(bytes)) {
        case ImageFormat::Png:
            return decodePng(bytes, label);
        case ImageFormat::Jpeg:
            return decodeJpeg(bytes, label, hint);
        case ImageFormat::Tiff:
            return decodeTiff(bytes, label);
        case ImageFormat::Pdf:
            return Error{"'" + label + "' is a PDF page, not a raster image"};
        case ImageFormat::Unknown:
            break;
    }
    return Error{"image file " + quoted(label) + " is not a PNG, JPEG, TIFF or PDF file"};
}

Result<DecodedImage> decodeImageFile(const std::string& path, const DecodeHint& hint) {
    auto bytes = readFileBytes(path);
    if (!bytes) return Error{bytes.error()};
    return decodeImageBytes(*bytes, path, hint);
}

}  // namespace bm::render
