// SPDX-License-Identifier: MIT
#pragma once
// What the flow of one article may read of a document, as values: every document-wide field
// (the styles), the article, and the pages its frames are on with only its own frames (no other
// articles' frames, labels, rules or 报眉). flowArticle runs on this view, so the view is the
// exact key of the session's cached flow: whatever the flow can read is compared, and a field
// added to the model later is compared without anyone listing it.
#include <vector>

#include "layout/flow/article_flow.h"

namespace bm::page {

/// The document without its articles and pages, and each page without the parts no article's
/// flow reads (frames, labels, rules, 报眉). Built once per layout.
struct FlowContext {
    model::Document document;
    std::vector<model::Page> pages;  ///< same indices as the document's
};
FlowContext flowContext(const model::Document& doc);

struct ArticleView {
    model::Document doc;           ///< the context's fields, one article, the chain's pages
    std::vector<int> pageIndices;  ///< index in the real document of each page of `doc`
    bool operator==(const ArticleView&) const = default;

    const model::Article& article() const { return doc.articles.front(); }
    /// The chain in flow order (sequence, then page), pointing into `doc`, with the real page
    /// indices (where the lines go).
    std::vector<flow::ChainFrame> chain() const;
};

/// The view of `article`, whose frames on the document's pages are `chain` (in flow order).
ArticleView articleView(const FlowContext& context, const model::Article& article,
                        const std::vector<flow::ChainFrame>& chain);

}  // namespace bm::page
