// SPDX-License-Identifier: MIT
#pragma once
// The PNG rasteriser's entry point: replays a page's display list into an 8-bit bitmap.
// Colour is a plain preview (CMYK by the naive formula, no ICC, overprint ignored); what it
// guarantees is the geometry: the same glyphs at the same places as the PDF.
#include <cstdint>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/result.h"
#include "layout/page/display_list.h"

namespace bm::render {

class GlyphCache;

struct RasterOptions {
    double dpi = 150;
};

struct Raster {
    int width = 0;
    int height = 0;
    int channels = 1;                  ///< 1 gray (every paint gray or K-only) or 3 RGB
    std::vector<std::uint8_t> pixels;  ///< row-major, width * channels bytes a row, no padding
    /// Problems that did not stop the page (missing or broken image, unknown face), one
    /// sentence each, naming the item.
    std::vector<std::string> warnings;
};

/// Rasterises one page on white. Relative image paths are resolved against `imageBaseDir`.
/// Errors only for an unusable request (bad dpi, absurd page size); a missing image becomes a
/// placeholder plus a warning.
Result<Raster> rasterizePage(const page::PageDisplay& display, const fonts::FontRegistry& fonts,
                             const RasterOptions& options, const std::string& imageBaseDir = "");

/// Same, reusing glyph masks across pages (the CLI and the editor render many pages with the
/// same glyphs). The cache is not thread-safe: one per thread.
Result<Raster> rasterizePage(const page::PageDisplay& display, const fonts::FontRegistry& fonts,
                             const RasterOptions& options, const std::string& imageBaseDir,
                             GlyphCache& cache);

}  // namespace bm::render
