// SPDX-License-Identifier: MIT
#pragma once
// A placed picture as the editor sees it: its frame on the page (from the layout), its picture
// file checked by the engine (upright size, effective ppi after the fit) — the same numbers the
// layout JSON and preflight report. Qt-free.
#include <optional>
#include <string>

#include "layout/page/layout_session.h"
#include "layout/render/raster/picture_check.h"

namespace bm::gui {

struct PictureFrame {
    page::ImageItem item;        ///< the picture's frame rect, path, fit and page as laid out
    render::PictureCheck check;  ///< file status, upright size, placed extent, ppi
};

/// The picture of image frame `frameId` on page `pageId`; nullopt when the layout has
/// no picture item for it. Relative paths resolve against `baseDir` (the document's folder).
std::optional<PictureFrame> pictureFrame(const page::DocumentLayout& layout,
                                         const std::string& pageId, const std::string& frameId,
                                         const std::string& baseDir);

/// The laid-out picture item of image frame `frameId` (no file access); nullptr when none.
const page::ImageItem* findPictureItem(const page::DocumentLayout& layout,
                                       const std::string& pageId, const std::string& frameId);

/// "312 ppi" (the smaller of x and y, whole), "" for a PDF ad or a picture that cannot be read.
std::string ppiText(const render::PictureCheck& check);

}  // namespace bm::gui
