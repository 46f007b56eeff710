// SPDX-License-Identifier: MIT
#pragma once
// Image files for photo frames: PNG (libpng), JPEG (libjpeg; the header by hand) and TIFF
// (libtiff). Decoded pixels are upright: the EXIF/TIFF orientation is applied here, so every
// consumer sees the picture as the photographer held the camera.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"

namespace bm::render {

struct DecodedImage {
    int width = 0;
    int height = 0;
    int components = 0;                ///< 1 gray, 3 RGB, 4 CMYK (0 = no ink .. 255 full)
    std::vector<std::uint8_t> pixels;  ///< row-major, 8 bits per component, no alpha
    std::vector<std::uint8_t> icc;     ///< the embedded source ICC profile, if any
    bool lineArt = false;  ///< palette or 1-bit source: Flate, not JPEG, and never resampled
};

/// How much of the file is needed: a JPEG is decoded at the smallest DCT scale (1/2, 1/4, 1/8)
/// that still gives at least minWidth × minHeight upright pixels — a 12-megapixel photo in a
/// 10 cm frame needs a quarter of its pixels, and decoding at 1/2 is about 3× faster.
struct DecodeHint {
    int minWidth = 0;  ///< 0: full size
    int minHeight = 0;
};

struct JpegInfo {
    int width = 0;
    int height = 0;
    int components = 0;
    bool adobeInverted = false;  ///< Adobe APP14 CMYK JPEGs store inverted values
    int orientation = 1;         ///< EXIF orientation 1..8 (1 = upright)
};

enum class ImageFormat { Png, Jpeg, Tiff, Pdf, Unknown };

/// What placing a file needs without decoding its pixels: the upright size.
struct ImageInfo {
    ImageFormat format = ImageFormat::Unknown;
    int width = 0;  ///< upright pixels (for a PDF: the page's trim size in points)
    int height = 0;
    int components = 0;  ///< 0 for a PDF page
    int orientation = 1;
    bool vector() const { return format == ImageFormat::Pdf; }
};

ImageFormat sniffImageFormat(const std::vector<std::uint8_t>& bytes);
Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path);
/// Decodes a PNG to gray or RGB (alpha composited on white, 16-bit reduced to 8).
Result<DecodedImage> decodePng(const std::vector<std::uint8_t>& bytes, const std::string& label);
/// Reads a JPEG's SOF header without decoding the pixels.
Result<JpegInfo> readJpegInfo(const std::vector<std::uint8_t>& bytes, const std::string& label);
/// Decodes a TIFF (libtiff): 8/16-bit gray, RGB(A), palette, CMYK; upright.
Result<DecodedImage> decodeTiff(const std::vector<std::uint8_t>& bytes, const std::string& label);
/// Decodes any supported raster file to upright pixels (for the rasteriser, the editor and the
/// PDF writer). A PDF is not a raster file: see pdf_page.h.
Result<DecodedImage> decodeImageFile(const std::string& path, const DecodeHint& hint = {});
Result<DecodedImage> decodeImageBytes(const std::vector<std::uint8_t>& bytes,
                                      const std::string& label, const DecodeHint& hint = {});
/// The upright size and kind of an image or PDF file, reading headers only.
Result<ImageInfo> readImageInfo(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                int pdfPage = 1);
Result<ImageInfo> readImageInfoFile(const std::string& path, int pdfPage = 1);

}  // namespace bm::render
