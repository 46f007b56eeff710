// SPDX-License-Identifier: MIT
#pragma once
// One placed photo made ready for the PDF, without touching the file being written (so several
// run at once): decode only what is needed, turn upright, crop to what shows in the frame,
// downsample to the press's resolution, separate for the press, re-encode.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/page/display_list.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/print_color.h"

namespace bm::pdf {

struct ImagePolicy {
    render::PrintColor* color = nullptr;  ///< null: no conversion (plain PDF keeps RGB)
    int maxPpi = 300;                     ///< downsample photos above this
    bool convertCmykOverLimit = true;     ///< false: keep them and warn
};

struct PreparedImage {
    std::vector<std::uint8_t> data;  ///< JPEG bytes (dct) or raw pixels (Flate)
    bool dct = true;
    bool invertedCmyk = false;
    /// The whole file at its own pixels (no crop, no resampling): the same XObject serves
    /// every placement of this file that is also whole, whatever the frame's size.
    bool whole = false;  ///< a Photoshop CMYK JPEG kept as is: needs /Decode [1 0 …]
    int width = 0, height = 0, components = 0;
    /// Where the embedded pixels go, relative to the frame's top-left corner (mpt); the part
    /// outside the frame is clipped.
    page::PlacedRect drawRect;
    double ppi = 0;         ///< effective resolution of the embedded pixels (x = y)
    double sourcePpi = 0;   ///< effective resolution of the file as placed
    double distortion = 0;  ///< |ppiX/ppiY − 1| (non-zero only for stretch)
    render::TacStats tac;   ///< of the embedded pixels (CMYK or K)
    std::string colour;     ///< what happened to the colour, for the report
    std::vector<std::string> warnings;
};

/// `info` is readImageInfo of `bytes`; `item` gives the frame and the fit.
Result<PreparedImage> prepareImage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                   const render::ImageInfo& info, const page::ImageItem& item,
                                   const ImagePolicy& policy);

}  // namespace bm::pdf
