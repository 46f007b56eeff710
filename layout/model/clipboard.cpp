// SPDX-License-Identifier: MIT
#include "layout/model/clipboard.h"

#include <algorithm>
#include <map>
#include <set>

#include "layout/model/validate.h"

namespace bm::model {

namespace {

bool has(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool articlePlaced(const Document& doc, const std::string& id) {
    for (const auto& p : doc.pages)
        for (const auto& f : p.articleFrames)
            if (f.articleId == id) return true;
    return false;
}

GridRect shifted(const Page& page, GridRect r, int columns, int lines) {
    const int cols = page.grid.columns, total = std::max(gridLines(page), 1);
    r.span = std::clamp(r.span, 1, cols);
    r.lines = std::clamp(r.lines, 1, total);
    r.column = std::clamp(r.column + columns, 0, cols - r.span);
    r.line = std::clamp(r.line + lines, 0, total - r.lines);
    return r;
}

Point movedPoint(const Page& page, Point p, Length dx, Length dy) {
    return Point{std::clamp<Length>(p.x + dx, 0, page.width),
                 std::clamp<Length>(p.y + dy, 0, page.height)};
}

/// Text columns that still fit the (possibly narrower) target rect.
void fitColumns(const Page& page, FrameRect& r) {
    if (checkFrameRect(page, r)) r.measureMilliEm.reset();
    while (r.textColumns > 1 && checkFrameRect(page, r)) --r.textColumns;
}

}  // namespace

Document copyObjects(const Document& doc, const Page& page, const std::vector<std::string>& ids) {
    Document clip;
    clip.title = doc.title;
    clip.styles = doc.styles;
    Page p = page;
    p.articleFrames.clear();
    p.images.clear();
    p.rules.clear();
    p.labels.clear();
    std::set<std::string> articles;
    for (const auto& f : page.articleFrames)
        if (has(ids, f.id)) {
            p.articleFrames.push_back(f);
            articles.insert(f.articleId);
        }
    for (const auto& im : page.images)
        if (has(ids, im.id)) p.images.push_back(im);
    for (const auto& r : page.rules)
        if (has(ids, r.id)) p.rules.push_back(r);
    for (const auto& l : page.labels)
        if (has(ids, l.id)) p.labels.push_back(l);
    for (const auto& a : doc.articles)
        if (articles.count(a.id)) clip.articles.push_back(a);
    clip.pages.push_back(std::move(p));
    return clip;
}

Result<Edit> pasteEdit(const Document& doc, const std::string& pageId, const Document& clip,
                       int columns, int lines, std::vector<std::string>* newIds) {
    const Page* target = nullptr;
    for (const auto& p : doc.pages)
        if (p.id == pageId) target = &p;
    if (!target) return Error{"unknown page id \"" + pageId + "\""};
    if (clip.pages.empty()) return Error{std::string("nothing to paste")};
    const Page& src = clip.pages.front();
    std::vector<std::string> taken;
    auto frameInUse = [&](const std::string& id) {
        return frameIdInUse(doc, id) || has(taken, id);
    };
    std::vector<std::string> takenArticles;
    auto articleInUse = [&](const std::string& id) {
        return doc.article(id) != nullptr || has(takenArticles, id);
    };
    Batch batch;
    // Articles: the same one after a cut, else a copy.
    std::map<std::string, std::string> articleFor;
    for (const auto& a : clip.articles) {
        const Article* mine = doc.article(a.id);
        if (mine && *mine == a && !articlePlaced(doc, a.id)) {
            articleFor[a.id] = a.id;
            continue;
        }
        Article copy = a;
        copy.id = freshId(a.id, articleInUse);
        takenArticles.push_back(copy.id);
        articleFor[a.id] = copy.id;
        batch.edits.push_back(AddArticle{copy, -1});
    }
    std::vector<std::string> ids;
    auto newId = [&](const std::string& old) {
        const std::string id = freshId(old, frameInUse);
        taken.push_back(id);
        ids.push_back(id);
        return id;
    };
    const Length dx =
        columns * (src.grid.columns > 0 ? columnX(*target, 1) - columnX(*target, 0) : 0);
    const Length dy = lines * target->grid.pitch();
    for (const auto& f : src.articleFrames) {
        ArticleFrame copy = f;
        copy.id = newId(f.id);
        copy.locked = false;
        auto it = articleFor.find(f.articleId);
        if (it == articleFor.end()) return Error{"the copied frame's article is missing"};
        copy.articleId = it->second;
        for (auto& r : copy.rects) {
            r.area = shifted(*target, r.area, columns, lines);
            fitColumns(*target, r);
        }
        batch.edits.push_back(PlaceArticle{target->id, copy, -1});
    }
    for (const auto& l : src.labels) {
        LabelFrame copy = l;
        copy.id = newId(l.id);
        copy.locked = false;
        copy.area = shifted(*target, l.area, columns, lines);
        if (!doc.styles.count(copy.style) && !doc.styles.empty()) copy.style = "headline";
        batch.edits.push_back(AddLabel{target->id, copy, -1});
    }
    for (const auto& im : src.images) {
        ImageFrame copy = im;
        copy.id = newId(im.id);
        copy.locked = false;
        copy.area = shifted(*target, im.area, columns, lines);
        copy.captionLines = std::clamp(copy.captionLines, 0, std::max(copy.area.lines - 1, 0));
        batch.edits.push_back(AddImage{target->id, copy, -1});
    }
    for (const auto& r : src.rules) {
        RuleFrame copy = r;
        copy.id = newId(r.id);
        copy.locked = false;
        copy.from = movedPoint(*target, r.from, dx, dy);
        copy.to = movedPoint(*target, r.to, dx, dy);
        batch.edits.push_back(AddRule{target->id, copy, -1});
    }
    if (ids.empty()) return Error{std::string("nothing to paste")};
    if (newIds) *newIds = ids;
    return Edit(std::move(batch));
}

}  // namespace bm::model
