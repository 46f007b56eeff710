// SPDX-License-Identifier: MIT
// Shared bookkeeping of the edit implementation (see edit_detail.h).
#include "layout/model/edit_detail.h"

namespace bm::model::edit_detail {

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

Page* findPage(Document& doc, const std::string& id, size_t* index) {
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (doc.pages[i].id == id) {
            if (index) *index = i;
            return &doc.pages[i];
        }
    return nullptr;
}

Result<Article*> articleWithParagraph(Document& doc, const std::string& id, int paragraph) {
    Article* a = doc.article(id);
    if (!a) return fail("unknown article id " + quoted(id));
    if (paragraph < 0 || paragraph >= static_cast<int>(a->paragraphs.size()))
        return fail("article " + quoted(id) + " has no paragraph " + std::to_string(paragraph));
    return a;
}

namespace {
/// Pages whose layout depends on the article (its frames may continue from page to page).
void addPagesShowing(const Document& doc, const std::string& articleId,
                     std::vector<std::string>& pages) {
    for (const Page& p : doc.pages)
        for (const ArticleFrame& f : p.articleFrames)
            if (f.articleId == articleId) addUnique(pages, p.id);
}
}  // namespace

void touchPage(const Document& doc, const Page& page, AppliedEdit& out) {
    addUnique(out.touchedPages, page.id);
    for (const ArticleFrame& f : page.articleFrames) {
        addUnique(out.touchedArticles, f.articleId);
        addPagesShowing(doc, f.articleId, out.touchedPages);
    }
}

void touchArticle(const Document& doc, const std::string& articleId, AppliedEdit& out) {
    addUnique(out.touchedArticles, articleId);
    addPagesShowing(doc, articleId, out.touchedPages);
}

void touchEverything(const Document& doc, AppliedEdit& out) {
    for (const Article& a : doc.articles) addUnique(out.touchedArticles, a.id);
    for (const Page& p : doc.pages) addUnique(out.touchedPages, p.id);
}

}  // namespace bm::model::edit_detail
