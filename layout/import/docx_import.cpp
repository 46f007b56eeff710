// SPDX-License-Identifier: MIT
// .docx files are read by libzip and libxml2 in the codec module (layout/codecs/docx_*.cpp).
#include "layout/codecs/codec_table.h"
#include "layout/import/import.h"

namespace bm::import {

Result<ImportedArticle> importDocx(std::string_view bytes, const std::string& label) {
    auto c = codecs::codecs("importing .docx files");
    if (!c) return Error{c.error()};
    return (*c)->importDocx(bytes, label);
}

}  // namespace bm::import
