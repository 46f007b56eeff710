// SPDX-License-Identifier: MIT
#pragma once
// The implementations behind CodecTable (bm_codecs_impl: linked into libbanmian-codecs.so, the
// tests and the fuzzers; never into the programs). Each is the body of the public function of
// the same name. (The two qpdf files, C++17 under clang, declare theirs from codec_table.h alone.)
#include "layout/codecs/codec_table.h"
#include "layout/import/import.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"

namespace bm::codecs {

Result<render::PdfPageInfo> readPdfPage(const std::vector<std::uint8_t>& bytes,
                                        const std::string& label, int page);
Result<render::DecodedImage> renderPdfPage(const std::vector<std::uint8_t>& bytes,
                                           const std::string& label, int page, double dpi);
Result<AdImport> importPdfAd(const std::vector<std::uint8_t>& bytes, const std::string& label,
                             int page, const AdSink& sink);
Result<render::DecodedImage> decodeTiff(const std::vector<std::uint8_t>& bytes,
                                        const std::string& label);
Result<render::ImageInfo> readTiffInfo(const std::vector<std::uint8_t>& bytes,
                                       const std::string& label);
int exifOrientation(const std::uint8_t* data, std::size_t size);
Result<import::ImportedArticle> importDocx(std::string_view bytes, const std::string& label);
bool tradAvailable();
std::string toSimplified(const std::string& utf8);

}  // namespace bm::codecs
