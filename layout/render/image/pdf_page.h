// SPDX-License-Identifier: MIT
#pragma once
// PDF ads: one page of a PDF placed like a picture. libqpdf reads and checks it (the PDF writer
// imports the page as a vector form XObject, see layout/render/pdf/pdf_ad.h); poppler's C++
// API draws it for the PNG export and the editor — the same renderer as pdftoppm, which the
// plant's proofs are compared with.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/image/image_decode.h"

namespace bm::render {

struct PdfPageInfo {
    int pageCount = 0;
    double width = 0;  ///< the page's trim box (else crop, else media box), points, upright
    double height = 0;
    /// What a plant's preflight would reject in an ad: fonts not embedded, RGB or Lab colour,
    /// transparency groups. One sentence each; empty for a clean PDF/X-1a ad.
    std::vector<std::string> problems;
};

/// Reads page `page` (1-based) of a PDF. Errors for an unreadable or encrypted file and a
/// page number out of range.
Result<PdfPageInfo> readPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                int page);

/// Draws the trim box of page `page` at `dpi` on white, RGB.
Result<DecodedImage> renderPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                   int page, double dpi);

}  // namespace bm::render
