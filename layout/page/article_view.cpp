// SPDX-License-Identifier: MIT
#include "layout/page/article_view.h"

#include <algorithm>

namespace bm::page {

FlowContext flowContext(const model::Document& doc) {
    FlowContext c;
    c.document = doc;
    c.document.articles.clear();
    c.document.pages.clear();
    c.pages = doc.pages;
    for (model::Page& p : c.pages) {
        // Furniture and other articles' frames do not move an article's text (images do: wrap).
        p.articleFrames.clear();
        p.labels.clear();
        p.rules.clear();
        p.header = {};
    }
    return c;
}

ArticleView articleView(const FlowContext& context, const model::Article& article,
                        const std::vector<flow::ChainFrame>& chain) {
    ArticleView v;
    v.doc = context.document;
    v.doc.articles.push_back(article);
    for (const flow::ChainFrame& cf : chain) {
        auto at = std::find(v.pageIndices.begin(), v.pageIndices.end(), cf.pageIndex);
        if (at == v.pageIndices.end()) {
            v.pageIndices.push_back(cf.pageIndex);
            v.doc.pages.push_back(context.pages[static_cast<size_t>(cf.pageIndex)]);
            at = v.pageIndices.end() - 1;
        }
        v.doc.pages[static_cast<size_t>(at - v.pageIndices.begin())].articleFrames.push_back(
            *cf.frame);
    }
    return v;
}

std::vector<flow::ChainFrame> ArticleView::chain() const {
    std::vector<flow::ChainFrame> out;
    for (size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& f : doc.pages[p].articleFrames)
            out.push_back({pageIndices[p], &doc.pages[p], &f});
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.frame->sequence != b.frame->sequence ? a.frame->sequence < b.frame->sequence
                                                      : a.pageIndex < b.pageIndex;
    });
    return out;
}

}  // namespace bm::page
