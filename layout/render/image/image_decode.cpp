// SPDX-License-Identifier: MIT
// PNG decoding (libpng), JPEG header parsing (by hand, so the PDF writer can embed JPEG bytes
// without libjpeg) and JPEG decoding (libjpeg, for the rasteriser and the editor).
//
// Both C libraries report fatal errors by longjmp. A longjmp must not skip C++ destructors, so
// each library is driven from a function whose own frame holds only trivially destructible
// locals; everything with a destructor lives in a context struct owned by the caller.
#include "layout/render/image/image_decode.h"
#include "layout/render/image/image_decode_detail.h"
#include "layout/render/image/orientation.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>

#include <jpeglib.h>
#include <png.h>

namespace bm::render {

namespace {

// Limits for "absurd" images: a 30000 px side is already 5 m at 150 dpi, and 200 Mpixel of RGB
// is 600 MB; anything beyond is a corrupt header or a hostile file, not a newspaper photo.
constexpr long kMaxSide = 30000;
constexpr long long kMaxPixels = 200'000'000;
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t(1) << 30;

}  // namespace

std::string quoted(const std::string& label) { return "'" + label + "'"; }

std::string checkDimensions(long w, long h) {
    if (w <= 0 || h <= 0)
        return "has invalid dimensions " + std::to_string(w) + "x" + std::to_string(h);
    if (w > kMaxSide || h > kMaxSide || static_cast<long long>(w) * h > kMaxPixels)
        return "is too large (" + std::to_string(w) + "x" + std::to_string(h) +
               " px; the limit is " + std::to_string(kMaxSide) + " px a side and " +
               std::to_string(kMaxPixels / 1'000'000) + " Mpixel)";
    return {};
}

namespace {

// ---------------------------------------------------------------------------------------------
// PNG

struct PngContext {
    const std::vector<std::uint8_t>* bytes = nullptr;
    size_t offset = 0;
    char error[200] = {};  // plain buffer: written from the error callback just before longjmp
    std::string dimensionError;
    DecodedImage image;
    int channels = 0;  // after libpng's transformations: 1 G, 2 GA, 3 RGB, 4 RGBA
    PixelBuffer raw;
    std::vector<png_bytep> rows;
};

void pngError(png_structp png, png_const_charp msg) {
    auto* ctx = static_cast<PngContext*>(png_get_error_ptr(png));
    std::snprintf(ctx->error, sizeof ctx->error, "%s", msg ? msg : "unknown libpng error");
    png_longjmp(png, 1);
}

void pngWarning(png_structp, png_const_charp) {}  // benign (e.g. a bad ancillary chunk)

void pngRead(png_structp png, png_bytep out, png_size_t n) {
    auto* ctx = static_cast<PngContext*>(png_get_io_ptr(png));
    if (n > ctx->bytes->size() - ctx->offset) png_error(png, "file is truncated");
    std::memcpy(out, ctx->bytes->data() + ctx->offset, n);
    ctx->offset += n;
}

/// Runs libpng. Returns false on error (message in ctx->error or ctx->dimensionError).
/// Only trivially destructible locals here: a longjmp lands in this frame.
bool runLibpng(PngContext* ctx) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, ctx, pngError, pngWarning);
    if (!png) {
        std::snprintf(ctx->error, sizeof ctx->error, "out of memory");
        return false;
    }
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, nullptr, nullptr);
        std::snprintf(ctx->error, sizeof ctx->error, "out of memory");
        return false;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, nullptr);
        return false;
    }
    png_set_read_fn(png, ctx, pngRead);
    png_read_info(png, info);
    png_charp iccName = nullptr;
    int iccCompression = 0;
    png_bytep iccData = nullptr;
    png_uint_32 iccLen = 0;
    if (png_get_iCCP(png, info, &iccName, &iccCompression, &iccData, &iccLen) && iccData &&
        iccLen > 0 && !reserve(ctx->image.icc, iccLen))
        png_error(png, "out of memory");
    if (iccData && ctx->image.icc.size() == iccLen)
        std::memcpy(ctx->image.icc.data(), iccData, iccLen);
    ctx->image.lineArt = png_get_color_type(png, info) == PNG_COLOR_TYPE_PALETTE ||
                         png_get_bit_depth(png, info) == 1;

    const png_uint_32 w = png_get_image_width(png, info);
    const png_uint_32 h = png_get_image_height(png, info);
    ctx->dimensionError = checkDimensions(static_cast<long>(w), static_cast<long>(h));
    if (!ctx->dimensionError.empty()) {
        png_destroy_read_struct(&png, &info, nullptr);
        return false;
    }

    // Normalise to 8-bit gray/RGB with optional alpha: palettes and low bit depths expand,
    // tRNS becomes an alpha channel, 16-bit samples are reduced.
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_packing(png);
    png_set_interlace_handling(png);  // png_read_image then de-interlaces all passes
    png_read_update_info(png, info);

    ctx->channels = png_get_channels(png, info);
    const size_t rowBytes = png_get_rowbytes(png, info);
    if (ctx->channels < 1 || ctx->channels > 4 || rowBytes != size_t(w) * ctx->channels)
        png_error(png, "unexpected pixel layout after conversion");
    if (!reserve(ctx->raw, rowBytes * h) || !reserve(ctx->rows, h)) {
        std::snprintf(ctx->error, sizeof ctx->error, "out of memory for %ux%u pixels", w, h);
        png_destroy_read_struct(&png, &info, nullptr);
        return false;
    }
    for (png_uint_32 y = 0; y < h; ++y) ctx->rows[y] = ctx->raw.data() + size_t(y) * rowBytes;
    png_read_image(png, ctx->rows.data());
    png_read_end(png, nullptr);
    png_destroy_read_struct(&png, &info, nullptr);
    ctx->image.width = static_cast<int>(w);
    ctx->image.height = static_cast<int>(h);
    return true;
}

/// Composites an alpha channel over white (newsprint), dropping it.
void flattenAlpha(PngContext& ctx) {
    DecodedImage& img = ctx.image;
    const size_t n = size_t(img.width) * img.height;
    const int colour = (ctx.channels == 2 || ctx.channels == 4) ? ctx.channels - 1 : ctx.channels;
    img.components = colour;
    if (colour == ctx.channels) {
        img.pixels = std::move(ctx.raw);
        return;
    }
    img.pixels.resize(n * colour);  // may throw; decodePng catches it
    const std::uint8_t* src = ctx.raw.data();
    std::uint8_t* dst = img.pixels.data();
    for (size_t i = 0; i < n; ++i) {
        const unsigned a = src[colour];
        for (int c = 0; c < colour; ++c)
            dst[c] = static_cast<std::uint8_t>((src[c] * a + 255u * (255u - a) + 127u) / 255u);
        src += ctx.channels;
        dst += colour;
    }
    ctx.raw.clear();
    ctx.raw.shrink_to_fit();
}

// ---------------------------------------------------------------------------------------------
// JPEG decoding through libjpeg

struct JpegContext {
    jpeg_error_mgr err{};
    std::jmp_buf jump{};
    char error[JMSG_LENGTH_MAX + 1] = {};
    const std::vector<std::uint8_t>* bytes = nullptr;
    std::string dimensionError;
    DecodedImage image;
    bool invertCmyk = false;
    int minWidth = 0, minHeight = 0;  ///< stored (not upright) pixels wanted at least
    int cropX0 = 0, cropY0 = 0, cropX1 = 0, cropY1 = 0;  ///< stored pixels needed (x1 0: all)
    JOCTET* icc = nullptr;  ///< malloc'ed by libjpeg; freed by the caller
    unsigned int iccLen = 0;
};

void jpegErrorExit(j_common_ptr cinfo) {
    auto* ctx = reinterpret_cast<JpegContext*>(cinfo->err);  // err is the first member
    (*cinfo->err->format_message)(cinfo, ctx->error);
    std::longjmp(ctx->jump, 1);
}

/// libjpeg reports corrupt data (premature end, bad Huffman code) as a warning and carries on
/// with gray filler. A half-gray photo must not reach the press silently, so warnings are fatal;
/// trace messages (level > 0) are ignored and nothing is printed to stderr.
void jpegEmitMessage(j_common_ptr cinfo, int level) {
    if (level < 0) jpegErrorExit(cinfo);
}

/// Source pixel v of a side of n pixels on a side decoded to `scaled` pixels, rounded down/up.
JDIMENSION scaledDown(int v, JDIMENSION scaled, JDIMENSION n) {
    return static_cast<JDIMENSION>(std::clamp<long long>(static_cast<long long>(v) * scaled / n, 0,
                                                         static_cast<long long>(scaled) - 1));
}
JDIMENSION scaledUp(int v, JDIMENSION scaled, JDIMENSION n) {
    return static_cast<JDIMENSION>(std::clamp<long long>(
        (static_cast<long long>(v) * scaled + n - 1) / n, 1, static_cast<long long>(scaled)));
}

bool runLibjpeg(JpegContext* ctx) {
    jpeg_decompress_struct cinfo;
    cinfo.err = jpeg_std_error(&ctx->err);
    ctx->err.error_exit = jpegErrorExit;
    ctx->err.emit_message = jpegEmitMessage;
    if (setjmp(ctx->jump)) {
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, ctx->bytes->data(), static_cast<unsigned long>(ctx->bytes->size()));
    jpeg_save_markers(&cinfo, JPEG_APP0 + 2, 0xFFFF);  // ICC_PROFILE chunks
    jpeg_read_header(&cinfo, TRUE);
    ctx->dimensionError = checkDimensions(static_cast<long>(cinfo.image_width),
                                          static_cast<long>(cinfo.image_height));
    if (!ctx->dimensionError.empty()) {
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    switch (cinfo.jpeg_color_space) {
        case JCS_GRAYSCALE:
            cinfo.out_color_space = JCS_GRAYSCALE;
            break;
        case JCS_CMYK:
        case JCS_YCCK:
            cinfo.out_color_space = JCS_CMYK;
            break;
        default:
            cinfo.out_color_space = JCS_RGB;
            break;
    }
    // The smallest DCT scale that keeps enough pixels (libjpeg-turbo scales inside the IDCT).
    if (ctx->minWidth > 0 && ctx->minHeight > 0) {
        for (unsigned num : {1u, 2u, 4u}) {
            if ((cinfo.image_width * num + 7) / 8 >= unsigned(ctx->minWidth) &&
                (cinfo.image_height * num + 7) / 8 >= unsigned(ctx->minHeight)) {
                cinfo.scale_num = num;
                cinfo.scale_denom = 8;
                break;
            }
        }
    }
    if (!jpeg_read_icc_profile(&cinfo, &ctx->icc, &ctx->iccLen)) ctx->icc = nullptr;
    jpeg_start_decompress(&cinfo);
    const int comps = cinfo.output_components;
    if (comps != 1 && comps != 3 && comps != 4) {
        std::snprintf(ctx->error, sizeof ctx->error, "unsupported number of components (%d)",
                      comps);
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    DecodedImage& img = ctx->image;
    const JDIMENSION fullW = cinfo.output_width, fullH = cinfo.output_height;
    JDIMENSION x0 = 0, y0 = 0, y1 = fullH;
    if (ctx->cropX1 > 0) {
        const JDIMENSION rows[2] = {scaledDown(ctx->cropY0, fullH, cinfo.image_height),
                                    scaledUp(ctx->cropY1, fullH, cinfo.image_height)};
        y0 = rows[0];
        y1 = std::max(y0 + 1, std::min(fullH, rows[1]));
        x0 = scaledDown(ctx->cropX0, fullW, cinfo.image_width);
        JDIMENSION w = std::max<JDIMENSION>(
            1, std::min(fullW, scaledUp(ctx->cropX1, fullW, cinfo.image_width)) - x0);
        if (x0 > 0 || w < fullW) jpeg_crop_scanline(&cinfo, &x0, &w);  // widens to iMCU edges
    }
    img.width = static_cast<int>(cinfo.output_width);
    img.height = static_cast<int>(y1 - y0);
    img.components = comps;
    if (ctx->cropX1 > 0) {  // only then: applyOrientation knows nothing of these
        img.originX = static_cast<int>(x0);
        img.originY = static_cast<int>(y0);
        img.fullWidth = static_cast<int>(fullW);
        img.fullHeight = static_cast<int>(fullH);
    }
    const size_t stride = size_t(img.width) * comps;
    if (!reserve(img.pixels, stride * img.height)) {
        std::snprintf(ctx->error, sizeof ctx->error, "out of memory for %dx%d pixels", img.width,
                      img.height);
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    if (y0 > 0) jpeg_skip_scanlines(&cinfo, y0);
    while (cinfo.output_scanline < y1) {
        JSAMPROW row = img.pixels.data() + size_t(cinfo.output_scanline - y0) * stride;
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    // Photoshop writes CMYK JPEGs inverted and marks them with an Adobe APP14 segment.
    ctx->invertCmyk = comps == 4 && cinfo.saw_Adobe_marker;
    if (y1 < fullH)
        jpeg_abort_decompress(&cinfo);  // the rows below the crop are not needed
    else
        jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return true;
}

}  // namespace

Result<DecodedImage> decodeJpeg(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                const DecodeHint& hint) {
    // The hand parser rejects unsupported coding processes with a clearer message.
    auto info = readJpegInfo(bytes, label);
    if (!info) return Error{info.error()};
    JpegContext ctx;
    ctx.bytes = &bytes;
    const bool swap = swapsAxes(info->orientation);
    ctx.minWidth = swap ? hint.minHeight : hint.minWidth;
    ctx.minHeight = swap ? hint.minWidth : hint.minHeight;
    const int o = info->orientation;
    if (hint.cropX1 > hint.cropX0 && hint.cropY1 > hint.cropY0) {
        // The hint is in upright pixels; libjpeg crops the stored ones.
        const PixelRect stored = storedRect(o, info->width, info->height,
                                            {hint.cropX0, hint.cropY0, hint.cropX1, hint.cropY1});
        ctx.cropX0 = stored.x0;
        ctx.cropY0 = stored.y0;
        ctx.cropX1 = stored.x1;
        ctx.cropY1 = stored.y1;
    }
    const bool ok = runLibjpeg(&ctx);
    if (ctx.icc) {
        try {
            ctx.image.icc.assign(ctx.icc, ctx.icc + ctx.iccLen);
        } catch (const std::bad_alloc&) {
            ctx.image.icc.clear();  // an unreadable profile means "assume the default"
        }
        std::free(ctx.icc);
    }
    if (!ok) {
        if (!ctx.dimensionError.empty())
            return Error{"JPEG image " + quoted(label) + " " + ctx.dimensionError};
        return Error{"JPEG image " + quoted(label) + " is corrupt: " + ctx.error};
    }
    // DecodedImage carries no inversion flag: hand out plain CMYK (0 = no ink).
    if (ctx.invertCmyk)
        for (auto& v : ctx.image.pixels) v = static_cast<std::uint8_t>(255 - v);
    DecodedImage& img = ctx.image;
    // Where the decoded part sits in the whole picture, in stored pixels; after the turn, in
    // upright ones.
    const PixelRect part{img.originX, img.originY, img.originX + img.width,
                         img.originY + img.height};
    const int storedW = img.wholeWidth(), storedH = img.wholeHeight();
    if (!applyOrientation(img, o)) return Error{"JPEG image " + quoted(label) + ": out of memory"};
    if (ctx.cropX1 > 0 && o != 1) {
        const PixelRect upright = uprightRect(o, storedW, storedH, part);
        img.originX = upright.x0;
        img.originY = upright.y0;
        img.fullWidth = swapsAxes(o) ? storedH : storedW;
        img.fullHeight = swapsAxes(o) ? storedW : storedH;
    }
    return std::move(img);
}

namespace {

std::uint16_t be16(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] << 8 | p[1]); }

}  // namespace

// ---------------------------------------------------------------------------------------------

ImageFormat sniffImageFormat(const std::vector<std::uint8_t>& bytes) {
    static const std::uint8_t kPng[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), kPng, 8) == 0) return ImageFormat::Png;
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        return ImageFormat::Jpeg;
    if (bytes.size() >= 4 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && !bytes[3]) ||
                              (bytes[0] == 'M' && bytes[1] == 'M' && !bytes[2] && bytes[3] == 42)))
        return ImageFormat::Tiff;
    // A PDF's header may follow up to 1 KB of junk (PDF 1.7, annex H); ads from some tools do.
    const size_t n = std::min<size_t>(bytes.size(), 1024);
    for (size_t i = 0; i + 5 <= n; ++i)
        if (std::memcmp(bytes.data() + i, "%PDF-", 5) == 0) return ImageFormat::Pdf;
    return ImageFormat::Unknown;
}

Result<std::vector<std::uint8_t>> readFileBytes(const std::string& path) {
    std::error_code dirError;
    if (std::filesystem::is_directory(path, dirError))
        return Error{"image file " + quoted(path) + " is a directory"};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::error_code ec;
        const bool exists = std::filesystem::exists(path, ec);
        return Error{"cannot open image file " + quoted(path) +
                     (exists ? " (permission denied?)" : ": no such file")};
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return Error{"cannot read image file " + quoted(path) + " (not a regular file?)"};
    if (static_cast<std::uintmax_t>(size) > kMaxFileBytes)
        return Error{"image file " + quoted(path) + " is too large (" + std::to_string(size) +
                     " bytes)"};
    in.seekg(0);
    std::vector<std::uint8_t> bytes;
    if (!reserve(bytes, static_cast<size_t>(size)))
        return Error{"image file " + quoted(path) + ": out of memory reading " +
                     std::to_string(size) + " bytes"};
    if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size))
        return Error{"cannot read image file " + quoted(path)};
    return bytes;
}

Result<DecodedImage> decodePng(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    if (bytes.empty()) return Error{"PNG image " + quoted(label) + " is empty"};
    if (sniffImageFormat(bytes) != ImageFormat::Png)
        return Error{"image " + quoted(label) + " is not a PNG file (bad signature)"};
    PngContext ctx;
    ctx.bytes = &bytes;
    if (!runLibpng(&ctx)) {
        if (!ctx.dimensionError.empty())
            return Error{"PNG image " + quoted(label) + " " + ctx.dimensionError};
        return Error{"PNG image " + quoted(label) + " is corrupt: " + ctx.error};
    }
    try {
        flattenAlpha(ctx);
    } catch (const std::bad_alloc&) {
        return Error{"PNG image " + quoted(label) + ": out of memory"};
    }
    return std::move(ctx.image);
}

Result<JpegInfo> readJpegInfo(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    const std::string what = "JPEG image " + quoted(label);
    if (bytes.empty()) return Error{what + " is empty"};
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return Error{"image " + quoted(label) + " is not a JPEG file (no SOI marker)"};
    JpegInfo info;
    bool sawAdobe = false;
    bool sawFrame = false;
    size_t pos = 2;
    const size_t n = bytes.size();
    while (pos < n) {
        if (bytes[pos] != 0xFF)
            return Error{what + " is corrupt: expected a marker at byte " + std::to_string(pos)};
        while (pos < n && bytes[pos] == 0xFF) ++pos;  // fill bytes
        if (pos >= n) break;
        const std::uint8_t marker = bytes[pos++];
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) continue;  // no payload
        if (marker == 0xD9) break;                                           // EOI
        if (pos + 2 > n) break;
        const size_t len = be16(&bytes[pos]);
        if (len < 2 || pos + len > n) break;
        const std::uint8_t* seg = &bytes[pos + 2];
        const size_t segLen = len - 2;
        if (marker == 0xEE && segLen >= 12 && std::memcmp(seg, "Adobe", 5) == 0) {
            sawAdobe = true;
        } else if (marker == 0xE1 && segLen >= 14 && std::memcmp(seg, "Exif\0\0", 6) == 0) {
            auto orientation = exifOrientation(seg, segLen);
            if (!orientation) return Error{orientation.error()};
            info.orientation = *orientation;
        } else if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
            if (segLen < 6) return Error{what + " is corrupt: short SOF segment"};
            if (seg[0] != 8)
                return Error{what + " uses " + std::to_string(seg[0]) +
                             "-bit samples; only 8-bit JPEGs are supported"};
            info.height = be16(seg + 1);
            info.width = be16(seg + 3);
            info.components = seg[5];
            sawFrame = true;
        } else if ((marker >= 0xC3 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 &&
                   marker != 0xCC) {
            return Error{what + " uses an unsupported JPEG coding process (SOF" +
                         std::to_string(marker - 0xC0) +
                         "); save it as baseline or progressive JPEG"};
        } else if (marker == 0xDA) {
            break;  // start of scan: the frame header must have come before
        }
        pos += len;
    }
    if (!sawFrame) return Error{what + " is corrupt or truncated: no SOF frame header found"};
    if (info.height == 0)
        return Error{what + " has no height in its frame header (DNL streams are not supported)"};
    if (const std::string bad = checkDimensions(info.width, info.height); !bad.empty())
        return Error{what + " " + bad};
    if (info.components != 1 && info.components != 3 && info.components != 4)
        return Error{what + " has " + std::to_string(info.components) +
                     " components; only gray, RGB and CMYK are supported"};
    info.adobeInverted = sawAdobe && info.components == 4;
    return info;
}

}  // namespace bm::render
