// SPDX-License-Identifier: MIT
#pragma once
// Galley proofs for `banmian typeset --columns N --pdf`: set paragraphs into N columns of a plain
// page, as many pages as needed, lines on a fixed pitch, no space between paragraphs.
#include <vector>

#include "layout/page/display_list.h"
#include "layout/text/paragraph_layout.h"

namespace bm::cli {

struct GalleyOptions {
    int columns = 1;
    Length measure = 0;
    Length gutter = 0;
    Length pitch = 0;  ///< baseline to baseline
    Length pageHeight = 0;
    Length margin = 0;
    Length size = 0;
    fonts::EmBox emBox;  ///< of the text's first face: the em box sits on the margin
};

std::vector<page::PageDisplay> composeGalley(const std::vector<text::ParagraphLayout>& paragraphs,
                                             const GalleyOptions& options);

}  // namespace bm::cli
