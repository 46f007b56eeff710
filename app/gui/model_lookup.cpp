// SPDX-License-Identifier: MIT
#include "gui/model_lookup.h"

#include "layout/base/utf.h"
#include "layout/model/page_objects.h"

namespace bm::gui {

int pageIndexOf(const model::Document& doc, const std::string& pageId) {
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (doc.pages[i].id == pageId) return static_cast<int>(i);
    return -1;
}

const model::ImageFrame* findImageFrame(const model::Page& page, const std::string& id) {
    for (const auto& f : page.images)
        if (f.id == id) return &f;
    return nullptr;
}

int pageOfFrame(const model::Document& doc, const std::string& frameId) {
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (model::findObject(doc.pages[i], frameId)) return static_cast<int>(i);
    return -1;
}

bool isLastInChain(const model::Document& doc, const model::ArticleFrame& frame) {
    for (const auto& p : doc.pages)
        for (const auto& f : p.articleFrames)
            if (f.articleId == frame.articleId && f.sequence > frame.sequence) return false;
    return true;
}

std::u16string headlineFirstLine(const model::Article& article) {
    const auto nl = article.headline.find(u'\n');
    return nl == std::u16string::npos ? article.headline : article.headline.substr(0, nl);
}

int articleChars(const model::Article& article,
                 const std::map<std::string, page::ArticleFit>& fits) {
    if (const auto it = fits.find(article.id); it != fits.end()) return it->second.totalChars;
    int chars = 0;
    for (const auto& p : article.paragraphs) chars += static_cast<int>(countChars(p));
    return chars;
}

}  // namespace bm::gui
