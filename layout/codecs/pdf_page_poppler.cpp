// SPDX-License-Identifier: MIT
// Drawing a PDF ad's page with poppler's C++ API (libpoppler-cpp), for the PNG export and the
// editor. Poppler is what pdftoppm uses, so the screen matches the proofs made from our PDF.
#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "layout/codecs/codec_impl.h"
#include "layout/render/image/image_decode_detail.h"

namespace bm::codecs {

using render::DecodedImage;
using render::reserve;

namespace {
void quiet(const std::string&, void*) {}
}  // namespace

Result<DecodedImage> renderPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                   int page, double dpi) {
    const std::string what = "PDF '" + label + "'";
    // qpdf validates first: poppler is lenient and never says why a file is bad.
    auto info = readPdfPage(bytes, label, page);
    if (!info) return Error{info.error()};
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(quiet, nullptr); });
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        reinterpret_cast<const char*>(bytes.data()), static_cast<int>(bytes.size())));
    if (!doc) return Error{what + " cannot be opened for drawing"};
    std::unique_ptr<poppler::page> pg(doc->create_page(page - 1));
    if (!pg) return Error{what + " page " + std::to_string(page) + " cannot be drawn"};
    dpi = std::clamp(dpi, 9.0, 1200.0);
    const double scale = dpi / 72.0;
    if (info->width * scale * info->height * scale > 200e6)
        return Error{what + ": drawing at " + std::to_string(int(dpi)) + " dpi is too large"};
    // The trim box inside the crop box that poppler draws (both in points, y up).
    const poppler::rectf crop = pg->page_rect(poppler::crop_box);
    const poppler::rectf trim = pg->page_rect(poppler::trim_box);
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_image_format(poppler::image::format_rgb24);
    const int x = static_cast<int>(std::floor((trim.left() - crop.left()) * scale));
    const int y = static_cast<int>(std::floor((crop.bottom() - trim.bottom()) * scale));
    const int w = std::max(1, static_cast<int>(std::lround(trim.width() * scale)));
    const int h = std::max(1, static_cast<int>(std::lround(trim.height() * scale)));
    poppler::image img =
        renderer.render_page(pg.get(), dpi, dpi, std::max(0, x), std::max(0, y), w, h);
    if (!img.is_valid() || img.width() <= 0 || img.height() <= 0)
        return Error{what + " page " + std::to_string(page) + " could not be drawn"};
    DecodedImage out;
    out.width = img.width();
    out.height = img.height();
    out.components = 3;
    if (!reserve(out.pixels, size_t(out.width) * out.height * 3))
        return Error{what + ": out of memory"};
    const char* data = img.const_data();
    for (int r = 0; r < out.height; ++r) {
        const auto* row =
            reinterpret_cast<const std::uint8_t*>(data + size_t(r) * img.bytes_per_row());
        std::copy(row, row + size_t(out.width) * 3, out.pixels.data() + size_t(r) * out.width * 3);
    }
    return out;
}

}  // namespace bm::codecs
