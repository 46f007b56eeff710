// SPDX-License-Identifier: MIT
// fuzz_picture: the parsers issue 12 added, chosen by the first byte so one target (one minute
// of CI) covers all three:
//   0: any picture file → readImageInfo + decodeImageBytes (TIFF through libtiff, EXIF through
//      libexif, PNG iCCP, JPEG APP2), then the decoded image must be consistent and upright;
//   1: a PDF ad → readPdfPage (libqpdf) for pages 1 and 2;
//   2: an ICC profile → PrintColor::toPrint of a small RGB and grey image with it as source
//      (LittleCMS parses the profile), then the CMYK must stay within the ink limit.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"
#include "layout/render/image/print_color.h"

using namespace bm;

namespace {

void pictureFile(const std::vector<std::uint8_t>& bytes) {
    auto info = render::readImageInfo(bytes, "fuzz");
    if (!info) BM_FUZZ_CHECK(!info.error().empty(), "readImageInfo failed without a message");
    render::DecodeHint hint;
    hint.minWidth = 16;
    hint.minHeight = 16;
    auto img = render::decodeImageBytes(bytes, "fuzz", hint);
    if (!img) {
        BM_FUZZ_CHECK(!img.error().empty(), "decodeImageBytes failed without a message");
        return;
    }
    BM_FUZZ_CHECK(img->width > 0 && img->height > 0, "empty image decoded");
    BM_FUZZ_CHECK(img->components == 1 || img->components == 3 || img->components == 4,
                  "bad component count");
    BM_FUZZ_CHECK(img->pixels.size() == size_t(img->width) * img->height * img->components,
                  "pixel buffer size disagrees with the dimensions");
    if (info && info->format == render::ImageFormat::Jpeg && hint.minWidth == 16) {
        // DCT scaling keeps at least the hinted size, in upright terms.
        BM_FUZZ_CHECK(
            img->width >= std::min(16, info->width) && img->height >= std::min(16, info->height),
            "decoded below the hinted size");
    }
}

void pdfAd(const std::vector<std::uint8_t>& bytes) {
    for (int page : {1, 2}) {
        auto p = render::readPdfPage(bytes, "fuzz.pdf", page);
        if (!p) {
            BM_FUZZ_CHECK(!p.error().empty(), "readPdfPage failed without a message");
            continue;
        }
        BM_FUZZ_CHECK(p->width >= 1 && p->height >= 1, "readPdfPage accepted an empty page");
        BM_FUZZ_CHECK(page <= p->pageCount, "readPdfPage accepted a page beyond the count");
    }
}

void iccProfile(const std::vector<std::uint8_t>& bytes) {
    static std::unique_ptr<render::PrintColor> color = [] {
        auto c = render::PrintColor::create({});
        return c ? std::move(*c) : nullptr;
    }();
    if (!color) return;  // no default profile on this machine: nothing to fuzz against
    for (int components : {3, 1}) {
        render::DecodedImage img;
        img.width = 4;
        img.height = 2;
        img.components = components;
        for (int i = 0; i < 8 * components; ++i)
            img.pixels.push_back(static_cast<std::uint8_t>(i * 37));
        img.icc = bytes;
        auto r = color->toPrint(img);
        if (!r) continue;
        BM_FUZZ_CHECK(img.components == 1 || img.components == 4, "toPrint left RGB");
        BM_FUZZ_CHECK(img.pixels.size() == 8u * img.components, "toPrint changed the size");
        BM_FUZZ_CHECK(render::measureTac(img).max <= color->inkLimit() + 1.0,
                      "a conversion went above the ink limit");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const std::vector<std::uint8_t> bytes(data + 1, data + size);
    switch (data[0] % 3) {
        case 0:
            pictureFile(bytes);
            break;
        case 1:
            pdfAd(bytes);
            break;
        default:
            iccProfile(bytes);
            break;
    }
    return 0;
}
