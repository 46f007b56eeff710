// SPDX-License-Identifier: MIT
#include "layout/page/layout_session.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "layout/base/parallel.h"
#include "layout/base/utf.h"
#include "layout/flow/article_flow.h"
#include "layout/page/article_view.h"
#include "layout/page/compose.h"

namespace bm::page {

namespace {

struct CachedArticle {
    ArticleView view;        // the flow's whole input: the cache key
    flow::ArticleFlow flow;  // its lines become display items and placed lines on each layout:
                             // kept only once, they are a third of a whole issue's memory
};

// The article's lines, frames and fit added to the document layout.
void addArticle(const model::Article& article, const std::vector<flow::ChainFrame>& chain,
                const CachedArticle& cached, DocumentLayout& out) {
    const flow::ArticleFlow& f = cached.flow;
    ArticleFit& fit = out.fits[article.id];
    fit.articleId = article.id;
    fit.placed = true;
    fit.totalChars = f.totalChars;
    fit.oversetChars = f.oversetChars;
    fit.oversetLines = f.oversetLines;
    fit.undersetLines = f.undersetLines;
    for (const auto& d : f.diagnostics) out.diagnostics.push_back(d);
    out.records.insert(out.records.end(), f.records.begin(), f.records.end());
    for (const auto& line : f.lines) {
        PageLayout& page = out.pages[line.pageIndex];
        appendLine(line, Paint::black(), page.display.items);
        page.lines.push_back(toPlacedLine(line, article.id));
    }
    for (const auto& cf : chain) {
        FrameBox box;
        box.frameId = cf.frame->id;
        box.articleId = article.id;
        box.kind = FrameBox::Kind::Article;
        for (const auto& r : cf.frame->rects)
            box.rects.push_back(model::gridRectToPage(*cf.page, r.area));
        for (const auto& col : f.columns)
            if (col.frameId == cf.frame->id) {
                box.columns.push_back(col.box);
                box.measure = col.measure;
            }
        out.pages[cf.pageIndex].frames.push_back(std::move(box));
    }
}

}  // namespace

struct LayoutSession::Impl {
    explicit Impl(fonts::FontRegistry& f) : fonts(f), setter(f) {}
    fonts::FontRegistry& fonts;
    flow::TextSetter setter;
    std::string documentDir;
    std::unordered_map<std::string, std::shared_ptr<const CachedArticle>> articles;
    size_t reflowed = 0;

    // The article's flow from the previous layout when its view is unchanged, else nothing.
    std::shared_ptr<const CachedArticle> reusable(const ArticleView& view) const {
        auto it = articles.find(view.article().id);
        return it != articles.end() && it->second->view == view ? it->second : nullptr;
    }

    // A new flow of the article. Safe on several threads at once: the flow reads the view and
    // the setter, whose caches and fonts are guarded by their own mutexes.
    Result<std::shared_ptr<const CachedArticle>> flowFresh(ArticleView view) {
        auto c = std::make_shared<CachedArticle>();
        c->view = std::move(view);
        auto flowed = flow::flowArticle(c->view.doc, c->view.article(), c->view.chain(), setter);
        if (!flowed) return Error{flowed.error()};
        c->flow = std::move(*flowed);
        return std::shared_ptr<const CachedArticle>(std::move(c));
    }
};

flow::TextSetter& LayoutSession::setter() { return m_impl->setter; }

size_t LayoutSession::articlesReflowed() const { return m_impl->reflowed; }

LayoutSession::LayoutSession(fonts::FontRegistry& fonts) : m_impl(std::make_unique<Impl>(fonts)) {}
LayoutSession::~LayoutSession() = default;

void LayoutSession::setDocumentDir(std::string dir) { m_impl->documentDir = std::move(dir); }

Result<std::shared_ptr<const DocumentLayout>> LayoutSession::layout(const model::Document& doc) {
    auto out = std::make_shared<DocumentLayout>();
    out->pages.resize(doc.pages.size());
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        PageLayout& pl = out->pages[p];
        const model::Page& page = doc.pages[p];
        pl.pageId = page.id;
        pl.display.width = page.width;
        pl.display.height = page.height;
        pl.display.pageNumber = page.number;
        if (auto s = composeFurniture(doc, page, m_impl->setter, pl); !s) return Error{s.error()};
    }

    // Articles are independent once their frames are known: the ones an edit touched (all of
    // them on the first layout) are flowed on every core, then added to the pages in document
    // order, so the result does not depend on the thread count.
    const FlowContext context = flowContext(doc);
    struct Placed {
        const model::Article* article;
        std::vector<flow::ChainFrame> chain;
        ArticleView view;  // only for a new flow
        Result<std::shared_ptr<const CachedArticle>> cached{std::shared_ptr<const CachedArticle>{}};
    };
    std::vector<Placed> placed;
    std::vector<size_t> fresh;
    for (const auto& article : doc.articles) {
        std::vector<flow::ChainFrame> chain = flow::articleChain(doc, article.id);
        if (chain.empty()) {
            ArticleFit& fit = out->fits[article.id];
            fit.articleId = article.id;
            for (const auto& para : flow::bodyParagraphs(article))
                fit.totalChars += static_cast<int>(countChars(para));
            continue;
        }
        ArticleView view = articleView(context, article, chain);
        auto reused = m_impl->reusable(view);
        if (!reused) fresh.push_back(placed.size());
        placed.push_back({&article, std::move(chain), reused ? ArticleView{} : std::move(view),
                          std::move(reused)});
    }
    m_impl->reflowed = fresh.size();
    forEachOnAllCores(fresh.size(), [&](size_t k) {
        Placed& a = placed[fresh[k]];
        a.cached = m_impl->flowFresh(std::move(a.view));
    });
    std::unordered_map<std::string, std::shared_ptr<const CachedArticle>> nextCache;
    for (const Placed& a : placed) {
        if (!a.cached) return Error{a.cached.error()};
        nextCache[a.article->id] = *a.cached;
        addArticle(*a.article, a.chain, **a.cached, *out);
    }
    m_impl->articles = std::move(nextCache);
    // Image paths relative to the document.
    if (!m_impl->documentDir.empty())
        for (auto& pl : out->pages)
            for (auto& item : pl.display.items)
                if (auto* img = std::get_if<ImageItem>(&item))
                    if (!img->path.empty() && img->path[0] != '/')
                        img->path = m_impl->documentDir + "/" + img->path;
    return std::shared_ptr<const DocumentLayout>(std::move(out));
}

}  // namespace bm::page
