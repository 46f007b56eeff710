// SPDX-License-Identifier: MIT
#pragma once
// PNG output of a raster: 8-bit gray or RGB, no filter, zlib run-length coding (a page is
// mostly white, which runs compress to almost nothing; see png_encode.cpp for the numbers).
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/raster/raster.h"

namespace bm::render {

Result<std::vector<std::uint8_t>> encodePng(const Raster& raster);

/// Writes atomically (temporary file in the same directory, then rename), so a reader never
/// sees half a PNG and a failed write leaves any previous file intact.
Status writePng(const Raster& raster, const std::string& path);

}  // namespace bm::render
