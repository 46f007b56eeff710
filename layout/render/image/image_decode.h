// SPDX-License-Identifier: MIT
#pragma once
// Image files for photo frames: PNG (libpng), JPEG (libjpeg; the header by hand) and TIFF
// (libtiff). Decoded pixels are upright: the EXIF/TIFF orientation is applied here, so every
// consumer sees the picture as the photographer held the camera.
#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "layout/base/result.h"

namespace bm::render {

/// Leaves new elements uninitialised (default-initialised) on resize: a decoder, resampler or
/// colour transform writes every byte of its output, and zero-filling 20 MB of pixels first
/// cost as much as converting them (a sixth of exporting four 12-megapixel photos).
/// Big pixel buffers in 2 MB pages where the kernel offers them (transparent huge pages on
/// request): a 36 MB decoded photo is then 18 page faults, not 9,000, and the faults were a
/// sixth of exporting four 12-megapixel photos. Small ones come from operator new.
void* allocatePixels(std::size_t bytes);
void freePixels(void* p, std::size_t bytes) noexcept;

template <class T>
struct UninitAllocator : std::allocator<T> {
    template <class U>
    struct rebind {
        using other = UninitAllocator<U>;
    };
    UninitAllocator() = default;
    template <class U>
    UninitAllocator(const UninitAllocator<U>&) noexcept {}
    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
        ::new (static_cast<void*>(p)) U;
    }
    template <class U, class... A>
    void construct(U* p, A&&... a) {
        ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
    }
    T* allocate(std::size_t n) { return static_cast<T*>(allocatePixels(n * sizeof(T))); }
    void deallocate(T* p, std::size_t n) noexcept { freePixels(p, n * sizeof(T)); }
};
using PixelBuffer = std::vector<std::uint8_t, UninitAllocator<std::uint8_t>>;

struct DecodedImage {
    int width = 0;
    int height = 0;
    int components = 0;             ///< 1 gray, 3 RGB, 4 CMYK (0 = no ink .. 255 full)
    PixelBuffer pixels;             ///< row-major, 8 bits per component, no alpha
    std::vector<std::uint8_t> icc;  ///< the embedded source ICC profile, if any
    bool lineArt = false;  ///< palette or 1-bit source: Flate, not JPEG, and never resampled
    /// When only part of the picture was decoded (DecodeHint's crop): where pixel (0, 0) sits in
    /// the whole picture at the decoded scale, and that whole picture's size (0: width/height).
    int originX = 0, originY = 0;
    int fullWidth = 0, fullHeight = 0;
    int wholeWidth() const { return fullWidth > 0 ? fullWidth : width; }
    int wholeHeight() const { return fullHeight > 0 ? fullHeight : height; }
};

/// How much of the file is needed: a JPEG is decoded at the smallest DCT scale (n/8, n = 1, 2,
/// 4 or 8: the scales libjpeg-turbo has SIMD code for; its 7/8 and 6/8 IDCTs are plain C and
/// were slower than decoding whole and shrinking; libjpeg-turbo scales inside the IDCT) that still
/// gives at least minWidth × minHeight upright pixels for the whole picture — a 12-megapixel photo
/// in a 10 cm frame needs a quarter of its pixels, and decoding at 1/2 is about 3× faster.
struct DecodeHint {
    int minWidth = 0;  ///< 0: full size
    int minHeight = 0;
    /// Only [cropX0, cropX1) × [cropY0, cropY1) of the upright picture is needed (source pixels;
    /// cropX1 = 0: all of it). A JPEG, turned by its EXIF orientation or not, then decodes only
    /// the iMCU columns and rows of its stored pixels that cover it (jpeg_crop_scanline,
    /// jpeg_skip_scanlines): a photo filled into a frame of another shape loses a third of its
    /// width. Other files are decoded whole.
    int cropX0 = 0, cropY0 = 0, cropX1 = 0, cropY1 = 0;
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
