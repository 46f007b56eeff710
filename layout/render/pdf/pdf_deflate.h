// SPDX-License-Identifier: MIT
#pragma once
// Flate (zlib) compression for PDF streams. zlib's output is a pure function of input, level
// and library version, which keeps exports byte-identical.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace bm::pdf {

/// Favour speed for large, already dense data (fonts, pixels); content streams are text
/// and compress well even at the fast level.
enum class FlateLevel { Fast = 1, Default = 6 };

/// Compresses `n` bytes into `out` as a zlib stream (what /FlateDecode expects), reusing its
/// capacity. False only when memory runs out; callers report that as an error.
bool deflateBytes(const std::uint8_t* data, size_t n, FlateLevel level,
                  std::vector<std::uint8_t>& out);

}  // namespace bm::pdf
