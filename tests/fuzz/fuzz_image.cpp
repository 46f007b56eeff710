// SPDX-License-Identifier: MIT
// fuzz_image: bytes → bm::render::decodePng and readJpegInfo (always both, whatever the bytes),
// and for inputs that sniff as JPEG the full libjpeg decode through decodeImageFile (it only
// takes a path, so the bytes go through one temporary file per process). Decoded images must be
// consistent: width × height × components == pixel bytes, within the decoder's size limits.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "layout/render/image/image_decode.h"

using namespace bm;

namespace {

void checkImage(const render::DecodedImage& img, const char* what) {
    BM_FUZZ_CHECK(img.width > 0 && img.height > 0, std::string(what) + ": empty image decoded");
    BM_FUZZ_CHECK(img.width <= 30000 && img.height <= 30000,
                  std::string(what) + ": side beyond the limit");
    BM_FUZZ_CHECK(img.components == 1 || img.components == 3 || img.components == 4,
                  std::string(what) + ": bad component count " + std::to_string(img.components));
    BM_FUZZ_CHECK(img.pixels.size() == size_t(img.width) * img.height * img.components,
                  std::string(what) + ": pixel buffer size disagrees with the dimensions");
}

std::string tempPath() {
    static const std::string path = [] {
        const char* dir = std::getenv("TMPDIR");
        return std::string(dir && *dir ? dir : "/tmp") + "/banmian-fuzz-image-" +
               std::to_string(getpid()) + ".jpg";
    }();
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    const render::ImageFormat format = render::sniffImageFormat(bytes);

    auto png = render::decodePng(bytes, "fuzz.png");
    if (png) {
        BM_FUZZ_CHECK(format == render::ImageFormat::Png,
                      "a PNG decoded although it does not sniff as PNG");
        BM_FUZZ_CHECK(png->components == 1 || png->components == 3,
                      "a PNG decoded to CMYK or with alpha");
        checkImage(*png, "decodePng");
    } else {
        BM_FUZZ_CHECK(!png.error().empty(), "decodePng failed without a message");
    }

    auto info = render::readJpegInfo(bytes, "fuzz.jpg");
    if (info) {
        BM_FUZZ_CHECK(info->width > 0 && info->height > 0,
                      "readJpegInfo accepted empty dimensions");
        BM_FUZZ_CHECK(info->components == 1 || info->components == 3 || info->components == 4,
                      "readJpegInfo: bad component count " + std::to_string(info->components));
    } else {
        BM_FUZZ_CHECK(!info.error().empty(), "readJpegInfo failed without a message");
    }

    if (format == render::ImageFormat::Jpeg) {
        const std::string path = tempPath();
        if (FILE* f = std::fopen(path.c_str(), "wb")) {
            const bool written = std::fwrite(data, 1, size, f) == size;
            std::fclose(f);
            if (written) {
                auto decoded = render::decodeImageFile(path);
                if (decoded) {
                    checkImage(*decoded, "decodeImageFile");
                    BM_FUZZ_CHECK(info.ok(),
                                  "libjpeg decoded a JPEG whose header readJpegInfo refused");
                    BM_FUZZ_CHECK(decoded->width == info->width && decoded->height == info->height,
                                  "readJpegInfo and libjpeg disagree on the dimensions");
                }
            }
            std::remove(path.c_str());
        }
    }
    return 0;
}
