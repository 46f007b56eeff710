// SPDX-License-Identifier: MIT
// TIFF photos through libtiff, read from memory. CMYK (8-bit, contiguous) keeps its inks;
// everything else goes through TIFFReadRGBAImageOriented, which handles every photometric
// interpretation, bit depth, compression and orientation libtiff knows, and gives upright RGBA.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

#include <tiffio.h>

#include "layout/codecs/codec_impl.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/image_decode_detail.h"
#include "layout/render/image/orientation.h"

namespace bm::codecs {

using namespace render;

namespace {

struct MemFile {
    const std::vector<std::uint8_t>* bytes = nullptr;
    toff_t pos = 0;
};

tsize_t memRead(thandle_t h, tdata_t buf, tsize_t n) {
    auto* f = static_cast<MemFile*>(h);
    const toff_t size = f->bytes->size();
    if (n <= 0 || f->pos >= size) return 0;
    const tsize_t k = static_cast<tsize_t>(std::min<toff_t>(static_cast<toff_t>(n), size - f->pos));
    std::memcpy(buf, f->bytes->data() + f->pos, static_cast<size_t>(k));
    f->pos += static_cast<toff_t>(k);
    return k;
}
tsize_t memWrite(thandle_t, tdata_t, tsize_t) { return -1; }
toff_t memSeek(thandle_t h, toff_t off, int whence) {
    auto* f = static_cast<MemFile*>(h);
    const toff_t size = f->bytes->size();
    toff_t base = whence == SEEK_CUR ? f->pos : whence == SEEK_END ? size : 0;
    f->pos = base + off;
    return f->pos;
}
int memClose(thandle_t) { return 0; }
toff_t memSize(thandle_t h) { return static_cast<MemFile*>(h)->bytes->size(); }
int memMap(thandle_t, tdata_t*, toff_t*) { return 0; }
void memUnmap(thandle_t, tdata_t, toff_t) {}

// libtiff's handlers print to stderr by default; keep the last error for the message instead.
thread_local char tLastError[256];
void tiffError(const char*, const char* fmt, va_list ap) {
    std::vsnprintf(tLastError, sizeof tLastError, fmt, ap);
}
void tiffWarning(const char*, const char*, va_list) {}

struct TiffHandle {
    TIFF* tif = nullptr;
    ~TiffHandle() {
        if (tif) TIFFClose(tif);
    }
};

bool openTiff(TiffHandle& h, MemFile& mem) {
    TIFFSetErrorHandler(tiffError);
    TIFFSetWarningHandler(tiffWarning);
    tLastError[0] = 0;
    h.tif = TIFFClientOpen("image", "rm", &mem, memRead, memWrite, memSeek, memClose, memSize,
                           memMap, memUnmap);
    return h.tif != nullptr;
}

std::string lastError() { return tLastError[0] ? tLastError : "unreadable TIFF structure"; }

/// The tags both the decoder and the size probe read, with libtiff's defaults.
struct TiffHeader {
    std::uint32_t width = 0, height = 0;
    std::uint16_t samples = 1, bits = 1, photometric = PHOTOMETRIC_RGB;
    std::uint16_t planar = PLANARCONFIG_CONTIG, orientation = ORIENTATION_TOPLEFT;
};

/// An open TIFF over the caller's bytes (which must outlive it), with its header read.
struct OpenTiff {
    MemFile mem;
    TiffHandle h;
    TiffHeader head;
};

/// Opens `bytes` and reads the header; an error for a corrupt file or impossible dimensions.
Result<std::unique_ptr<OpenTiff>> openHeader(const std::vector<std::uint8_t>& bytes,
                                             const std::string& what) {
    auto file = std::make_unique<OpenTiff>();  // libtiff keeps the address of `mem`
    file->mem = MemFile{&bytes, 0};
    TiffHandle& h = file->h;
    if (!openTiff(h, file->mem)) return Error{what + " is corrupt: " + lastError()};
    TiffHeader& t = file->head;
    TIFFGetField(h.tif, TIFFTAG_IMAGEWIDTH, &t.width);
    TIFFGetField(h.tif, TIFFTAG_IMAGELENGTH, &t.height);
    TIFFGetFieldDefaulted(h.tif, TIFFTAG_SAMPLESPERPIXEL, &t.samples);
    TIFFGetFieldDefaulted(h.tif, TIFFTAG_BITSPERSAMPLE, &t.bits);
    TIFFGetFieldDefaulted(h.tif, TIFFTAG_PLANARCONFIG, &t.planar);
    TIFFGetFieldDefaulted(h.tif, TIFFTAG_ORIENTATION, &t.orientation);
    TIFFGetField(h.tif, TIFFTAG_PHOTOMETRIC, &t.photometric);
    if (const std::string bad = checkDimensions(long(t.width), long(t.height)); !bad.empty())
        return Error{what + " " + bad};
    return file;
}

Result<DecodedImage> readCmyk(TIFF* tif, std::uint32_t w, std::uint32_t h, int orientation,
                              const std::string& what) {
    DecodedImage img;
    img.width = static_cast<int>(w);
    img.height = static_cast<int>(h);
    img.components = 4;
    const tmsize_t line = TIFFScanlineSize(tif);
    if (line != static_cast<tmsize_t>(w) * 4)
        return Error{what + " has an unsupported CMYK layout (only 8-bit, contiguous)"};
    if (!reserve(img.pixels, size_t(w) * h * 4)) return Error{what + ": out of memory"};
    for (std::uint32_t y = 0; y < h; ++y)
        if (TIFFReadScanline(tif, img.pixels.data() + size_t(y) * w * 4, y, 0) < 0)
            return Error{what + " is corrupt: " + lastError()};
    if (!applyOrientation(img, orientation)) return Error{what + ": out of memory"};
    return img;
}

}  // namespace

Result<DecodedImage> decodeTiff(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    const std::string what = "TIFF image " + quoted(label);
    auto file = openHeader(bytes, what);
    if (!file) return Error{file.error()};
    const TiffHandle& h = (*file)->h;
    const TiffHeader& head = (*file)->head;
    const std::uint32_t w = head.width, ht = head.height;
    const std::uint16_t spp = head.samples, bps = head.bits, photometric = head.photometric;
    const std::uint16_t planar = head.planar, orientation = head.orientation;

    std::vector<std::uint8_t> icc;
    std::uint32_t iccLen = 0;
    void* iccData = nullptr;
    if (TIFFGetField(h.tif, TIFFTAG_ICCPROFILE, &iccLen, &iccData) && iccData && iccLen > 0 &&
        iccLen < (1u << 24))
        icc.assign(static_cast<std::uint8_t*>(iccData),
                   static_cast<std::uint8_t*>(iccData) + iccLen);

    Result<DecodedImage> out = Error{""};
    if (photometric == PHOTOMETRIC_SEPARATED) {
        if (spp != 4 || bps != 8 || planar != PLANARCONFIG_CONTIG)
            return Error{what + " is CMYK with " + std::to_string(spp) + " samples of " +
                         std::to_string(bps) + " bits; only 8-bit contiguous CMYK is supported"};
        out = readCmyk(h.tif, w, ht, orientation, what);
    } else {
        char msg[1024] = {};
        if (!TIFFRGBAImageOK(h.tif, msg))
            return Error{what + " cannot be read: " + std::string(msg)};
        std::vector<std::uint32_t> rgba;
        if (!reserve(rgba, size_t(w) * ht)) return Error{what + ": out of memory"};
        if (!TIFFReadRGBAImageOriented(h.tif, w, ht, rgba.data(), ORIENTATION_TOPLEFT, 0))
            return Error{what + " is corrupt: " + lastError()};
        const bool gray =
            photometric == PHOTOMETRIC_MINISBLACK || photometric == PHOTOMETRIC_MINISWHITE;
        DecodedImage img;
        img.width = static_cast<int>(w);
        img.height = static_cast<int>(ht);
        img.components = gray ? 1 : 3;
        img.lineArt = bps == 1 || photometric == PHOTOMETRIC_PALETTE;
        if (!reserve(img.pixels, size_t(w) * ht * img.components))
            return Error{what + ": out of memory"};
        // Alpha (premultiplied or not) is composited on white newsprint, like a PNG's.
        for (size_t i = 0; i < rgba.size(); ++i) {
            const std::uint32_t p = rgba[i];
            const unsigned a = TIFFGetA(p);
            auto over = [a](unsigned c) {
                return static_cast<std::uint8_t>((c * a + 255u * (255u - a) + 127u) / 255u);
            };
            if (gray) {
                img.pixels[i] = over(TIFFGetR(p));
            } else {
                img.pixels[i * 3] = over(TIFFGetR(p));
                img.pixels[i * 3 + 1] = over(TIFFGetG(p));
                img.pixels[i * 3 + 2] = over(TIFFGetB(p));
            }
        }
        // libtiff's RGBA reader turns orientations 5-8 (a quarter turn) only by their flip part
        // (as 1-4 with rows and columns not exchanged): undo that flip, then turn the stored
        // pixels as the tag says.
        if (swapsAxes(orientation) &&
            (!applyOrientation(img, orientation - 4) || !applyOrientation(img, orientation)))
            return Error{what + ": out of memory"};
        out = std::move(img);
    }
    if (out) out->icc = std::move(icc);
    return out;
}

Result<ImageInfo> readTiffInfo(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    const std::string what = "TIFF image " + quoted(label);
    auto file = openHeader(bytes, what);
    if (!file) return Error{file.error()};
    const TiffHeader& head = (*file)->head;
    const std::uint32_t w = head.width, ht = head.height;
    const std::uint16_t orientation = head.orientation, photometric = head.photometric;
    ImageInfo info;
    info.format = ImageFormat::Tiff;
    // Upright: orientations 5-8 (a quarter turn, as a scanner or camera may tag a portrait
    // picture) exchange width and height; decodeTiff turns the pixels.
    info.orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    const bool swap = swapsAxes(info.orientation);
    info.width = static_cast<int>(swap ? ht : w);
    info.height = static_cast<int>(swap ? w : ht);
    info.components =
        photometric == PHOTOMETRIC_SEPARATED                                             ? 4
        : photometric == PHOTOMETRIC_MINISBLACK || photometric == PHOTOMETRIC_MINISWHITE ? 1
                                                                                         : 3;
    return info;
}

}  // namespace bm::codecs
