// SPDX-License-Identifier: MIT
#pragma once
// Image files for photo frames: PNG (libpng) and JPEG (header only: dimensions and components,
// since PDF embeds JPEG bytes unchanged; pixels via libjpeg for the rasteriser).
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"

namespace bm::render {

struct DecodedImage {
    int width = 0;
    int height = 0;
    int components = 0;                ///< 1 gray, 3 RGB, 4 CMYK (JPEG only)
    std::vector<std::uint8_t> pixels;  ///< row-major, 8 bits per component, no alpha
};

struct JpegInfo {
    int width = 0;
    int height = 0;
    int components = 0;
    bool adobeInverted = false;  ///< Adobe APP14 CMYK JPEGs store inverted values
};

enum class ImageFormat { Png, Jpeg, Unknown };

ImageFormat sniffImageFormat(const std::vector<std::uint8_t>& bytes);
Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path);
/// Decodes a PNG to gray or RGB (alpha composited on white, 16-bit reduced to 8).
Result<DecodedImage> decodePng(const std::vector<std::uint8_t>& bytes, const std::string& label);
/// Reads a JPEG's SOF header without decoding the pixels.
Result<JpegInfo> readJpegInfo(const std::vector<std::uint8_t>& bytes, const std::string& label);
/// Decodes any supported file to pixels (for the rasteriser and the editor).
Result<DecodedImage> decodeImageFile(const std::string& path);

}  // namespace bm::render
