// SPDX-License-Identifier: MIT
#pragma once
// Internal to layout/render/image: helpers the format decoders share.
#include <new>
#include <string>
#include <vector>

#include "layout/render/image/image_decode.h"

namespace bm::render {

std::string quoted(const std::string& label);
/// Empty string when the dimensions are acceptable, else the reason.
std::string checkDimensions(long w, long h);
Result<DecodedImage> decodeJpeg(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                const DecodeHint& hint);
Result<ImageInfo> readTiffInfo(const std::vector<std::uint8_t>& bytes, const std::string& label);

/// Sizes a buffer without letting std::bad_alloc out: an exception must not unwind through a
/// frame that libpng, libjpeg or libtiff may longjmp into, nor escape the public API.
template <typename V>
bool reserve(V& v, size_t n) {
    try {
        v.resize(n);
        return true;
    } catch (const std::bad_alloc&) {
        return false;
    }
}

}  // namespace bm::render
