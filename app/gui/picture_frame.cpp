// SPDX-License-Identifier: MIT
#include "gui/picture_frame.h"

#include <cmath>
#include <variant>

namespace bm::gui {

const page::ImageItem* findPictureItem(const page::DocumentLayout& layout,
                                       const std::string& pageId, const std::string& frameId) {
    for (const auto& p : layout.pages) {
        if (p.pageId != pageId) continue;
        for (const auto& item : p.display.items) {
            const auto* img = std::get_if<page::ImageItem>(&item);
            if (img && img->frameId == frameId) return img;
        }
    }
    return nullptr;
}

std::optional<PictureFrame> pictureFrame(const page::DocumentLayout& layout,
                                         const std::string& pageId, const std::string& frameId,
                                         const std::string& baseDir) {
    const page::ImageItem* img = findPictureItem(layout, pageId, frameId);
    if (!img) return std::nullopt;
    return PictureFrame{*img, render::checkPicture(*img, baseDir)};
}

std::string ppiText(const render::PictureCheck& check) {
    if (check.vector || !check.error.empty() || check.placeholder || !(check.ppi.min() > 0))
        return {};
    return std::to_string(static_cast<long>(std::lround(check.ppi.min()))) + " ppi";
}

}  // namespace bm::gui
