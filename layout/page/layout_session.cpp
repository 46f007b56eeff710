// SPDX-License-Identifier: MIT
#include "layout/page/layout_session.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "layout/base/utf.h"
#include "layout/flow/article_flow.h"
#include "layout/page/compose.h"

namespace bm::page {

namespace {

// What an article's layout depends on, as a string: if it is unchanged, so is the layout.
// (Text, the styles it uses, its frames and their pages' grids, numbers and images.)
void appendStyle(std::string& sig, const model::Style& s) {
    sig += std::to_string(static_cast<int>(s.role)) + s.family + (s.bold ? "b" : "r") +
           std::to_string(s.size) + std::to_string(static_cast<int>(s.align)) + s.preset +
           std::to_string(s.trackingMilliEm) + "," + std::to_string(s.indentMilliEm) + "," +
           std::to_string(s.lineGapMilliEm) + ";";
}

void appendText(std::string& sig, const std::u16string& t) {
    sig.append(reinterpret_cast<const char*>(t.data()), t.size() * 2);
    sig += '\x1f';
}

void appendRect(std::string& sig, const model::GridRect& r) {
    sig += std::to_string(r.column) + "," + std::to_string(r.span) + "," + std::to_string(r.line) +
           "," + std::to_string(r.lines) + ";";
}

void appendPage(std::string& sig, const model::Page& p) {
    sig += p.id + "#" + std::to_string(p.number) + "@" + std::to_string(p.typeArea.x) + "," +
           std::to_string(p.typeArea.y) + "," + std::to_string(p.typeArea.w) + "," +
           std::to_string(p.typeArea.h) + "g" + std::to_string(p.grid.columns) + "," +
           std::to_string(p.grid.gutter) + "," + std::to_string(p.grid.bodySize) + "," +
           std::to_string(p.grid.lineGapMilliEm) + ";";
    for (const auto& img : p.images) {
        appendRect(sig, img.area);
        sig += std::to_string(img.standoff) + (img.wrap ? "w" : "n");
    }
}

std::string articleSignature(const model::Document& doc, const model::Article& a,
                             const std::vector<flow::ChainFrame>& chain) {
    std::string sig;
    for (const char* name :
         {"body", "dateline", "credit", "jump", "kicker", "headline", "subheadline", "byline"})
        appendStyle(sig, doc.style(name));
    for (const auto* t :
         {&a.kicker, &a.headline, &a.subheadline, &a.byline, &a.dateline, &a.credit})
        appendText(sig, *t);
    for (const auto& p : a.paragraphs) appendText(sig, p);
    sig += a.creditRunIn ? "R" : "O";
    for (int f : a.flushParagraphs) sig += std::to_string(f) + ",";
    for (const auto& t : a.tracking)
        sig += std::to_string(t.paragraph) + ":" + std::to_string(t.begin) + "-" +
               std::to_string(t.end) + "=" + std::to_string(t.milliEm) + ";";
    for (const auto& cf : chain) {
        appendPage(sig, *cf.page);
        const auto& f = *cf.frame;
        sig += f.id + "|" + std::to_string(f.sequence) + (f.showHeadline ? "h" : "-") +
               std::to_string(f.headlineSpan) + (f.balance ? "b" : "-");
        for (const auto& r : f.rects) {
            appendRect(sig, r.area);
            sig += std::to_string(r.textColumns) + "/" +
                   (r.measureMilliEm ? std::to_string(*r.measureMilliEm) : std::string("-"));
        }
    }
    return sig;
}

struct CachedArticle {
    std::string signature;
    flow::ArticleFlow flow;
    std::map<int, std::vector<DisplayItem>> items;  // by page index
    std::map<int, std::vector<PlacedLine>> lines;
};

}  // namespace

struct LayoutSession::Impl {
    explicit Impl(fonts::FontRegistry& f) : fonts(f), setter(f) {}
    fonts::FontRegistry& fonts;
    flow::TextSetter setter;
    std::string documentDir;
    std::unordered_map<std::string, std::shared_ptr<const CachedArticle>> articles;
    size_t reflowed = 0;
};

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

    std::unordered_map<std::string, std::shared_ptr<const CachedArticle>> nextCache;
    m_impl->reflowed = 0;
    for (const auto& article : doc.articles) {
        ArticleFit fit;
        fit.articleId = article.id;
        std::vector<flow::ChainFrame> chain;
        for (size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto& f : doc.pages[p].articleFrames)
                if (f.articleId == article.id)
                    chain.push_back({static_cast<int>(p), &doc.pages[p], &f});
        std::stable_sort(chain.begin(), chain.end(), [](const auto& a, const auto& b) {
            return a.frame->sequence != b.frame->sequence ? a.frame->sequence < b.frame->sequence
                                                          : a.pageIndex < b.pageIndex;
        });
        if (chain.empty()) {
            for (const auto& para : flow::bodyParagraphs(article))
                fit.totalChars += static_cast<int>(countChars(para));
            out->fits[article.id] = fit;
            continue;
        }
        std::string sig = articleSignature(doc, article, chain);
        std::shared_ptr<const CachedArticle> cached;
        if (auto it = m_impl->articles.find(article.id);
            it != m_impl->articles.end() && it->second->signature == sig)
            cached = it->second;
        if (!cached) {
            ++m_impl->reflowed;
            auto flowed = flow::flowArticle(doc, article, chain, m_impl->setter);
            if (!flowed) return Error{flowed.error()};
            auto c = std::make_shared<CachedArticle>();
            c->signature = std::move(sig);
            c->flow = std::move(*flowed);
            for (const auto& line : c->flow.lines) {
                appendLine(line, Paint::black(), c->items[line.pageIndex]);
                c->lines[line.pageIndex].push_back(toPlacedLine(line, article.id));
            }
            cached = c;
        }
        nextCache[article.id] = cached;
        const flow::ArticleFlow& f = cached->flow;
        fit.placed = true;
        fit.totalChars = f.totalChars;
        fit.oversetChars = f.oversetChars;
        fit.oversetLines = f.oversetLines;
        fit.undersetLines = f.undersetLines;
        out->fits[article.id] = fit;
        for (const auto& d : f.diagnostics) out->diagnostics.push_back(d);
        out->records.insert(out->records.end(), f.records.begin(), f.records.end());
        for (const auto& [p, items] : cached->items) {
            auto& dst = out->pages[p].display.items;
            dst.insert(dst.end(), items.begin(), items.end());
        }
        for (const auto& [p, lines] : cached->lines) {
            auto& dst = out->pages[p].lines;
            dst.insert(dst.end(), lines.begin(), lines.end());
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
            out->pages[cf.pageIndex].frames.push_back(std::move(box));
        }
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
