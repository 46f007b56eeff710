// SPDX-License-Identifier: MIT
#pragma once
// What preflight and the layout JSON need to know about a placed picture, as plain data: does
// the file exist and decode, how big is it, what effective resolution and distortion does its
// fit give it in its frame. Headers only: no pixels are decoded.
#include <string>
#include <vector>

#include "layout/page/display_list.h"
#include "layout/page/image_placement.h"

namespace bm::render {

struct PictureCheck {
    bool placeholder = false;      ///< an empty frame (no path)
    std::string error;             ///< non-empty: missing, unreadable or unsupported (the reason)
    bool vector = false;           ///< a PDF ad: no pixels, no ppi
    int pixelsW = 0, pixelsH = 0;  ///< upright pixels (points for a PDF ad)
    page::PlacedRect placed;       ///< the picture's whole extent on the page (mpt)
    page::EffectivePpi ppi;        ///< at final size, before any downsampling on export
    std::vector<std::string> adProblems;  ///< a PDF ad's unembedded fonts, RGB, transparency
};

/// Checks the picture of `item`; relative paths resolve against `baseDir`.
PictureCheck checkPicture(const page::ImageItem& item, const std::string& baseDir);

}  // namespace bm::render
