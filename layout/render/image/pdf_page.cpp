// SPDX-License-Identifier: MIT
// PDF ads are read by qpdf and drawn by poppler in the codec module (layout/codecs/
// pdf_page_qpdf.cpp, pdf_page_poppler.cpp): a run that meets no PDF ad never loads either.
#include "layout/render/image/pdf_page.h"

#include "layout/codecs/codec_table.h"

namespace bm::render {

Result<PdfPageInfo> readPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                int page) {
    auto c = codecs::codecs("reading PDF ads");
    if (!c) return Error{c.error()};
    return (*c)->readPdfPage(bytes, label, page);
}

Result<DecodedImage> renderPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                   int page, double dpi) {
    auto c = codecs::codecs("drawing PDF ads");
    if (!c) return Error{c.error()};
    return (*c)->renderPdfPage(bytes, label, page, dpi);
}

}  // namespace bm::render
