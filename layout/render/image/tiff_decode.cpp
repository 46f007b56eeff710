// SPDX-License-Identifier: MIT
// TIFF pictures are read by libtiff in the codec module (layout/codecs/tiff_decode.cpp).
#include "layout/codecs/codec_table.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/image_decode_detail.h"

namespace bm::render {

Result<DecodedImage> decodeTiff(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    auto c = codecs::codecs("reading TIFF pictures");
    if (!c) return Error{c.error()};
    return (*c)->decodeTiff(bytes, label);
}

Result<ImageInfo> readTiffInfo(const std::vector<std::uint8_t>& bytes, const std::string& label) {
    auto c = codecs::codecs("reading TIFF pictures");
    if (!c) return Error{c.error()};
    return (*c)->readTiffInfo(bytes, label);
}

}  // namespace bm::render
