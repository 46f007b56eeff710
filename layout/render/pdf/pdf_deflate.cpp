// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_deflate.h"

#include <zlib.h>

namespace bm::pdf {

bool deflateBytes(const std::uint8_t* data, size_t n, FlateLevel level,
                  std::vector<std::uint8_t>& out) {
    out.resize(compressBound(static_cast<uLong>(n)));
    uLongf outLen = static_cast<uLongf>(out.size());
    static const std::uint8_t kEmpty = 0;
    const int rc = compress2(out.data(), &outLen, n ? data : &kEmpty, static_cast<uLong>(n),
                             static_cast<int>(level));
    if (rc != Z_OK) return false;
    out.resize(outLen);
    return true;
}

}  // namespace bm::pdf
