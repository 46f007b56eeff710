// SPDX-License-Identifier: MIT
#pragma once
// The selectable objects of a page (article frames, labels, pictures, rules and boxes) with
// their extent on the page, in painting order, and the one edit that moves or reshapes each
// kind. The editor's canvas, its arrange commands and the command line share these.
#include <string>
#include <vector>

#include "layout/model/document.h"
#include "layout/model/edit.h"

namespace bm::model {

enum class ObjectKind { Article, Label, Image, Rule };

struct PageObject {
    std::string id;
    ObjectKind kind = ObjectKind::Article;
    std::string articleId;    ///< article frames only
    std::vector<Rect> rects;  ///< page coordinates (a rule: its bounding box, at least its width)
    Rect bounds;
    GridRect area;       ///< grid extent (article bounding box, image, label); unused for rules
    bool onGrid = true;  ///< false for rules and boxes (free geometry)
    bool locked = false;
};

/// Bottom to top: article frames, labels, pictures, rules (what is painted later and smaller
/// is hit first, so a photo inside an article frame is found before the frame).
std::vector<PageObject> pageObjects(const Page& page);
/// One object by id; nullopt when the page has none.
std::optional<PageObject> findObject(const Page& page, const std::string& id);

/// An article frame by id on one page, or nullptr.
const ArticleFrame* findArticleFrame(const Page& page, const std::string& frameId);
/// An article frame by id anywhere in the document, with the index of its page.
struct FoundArticleFrame {
    size_t pageIndex = 0;
    const ArticleFrame* frame = nullptr;
};
std::optional<FoundArticleFrame> findArticleFrame(const Document& doc, const std::string& frameId);

/// Bounding grid rect of an article frame's rects.
GridRect frameGridBounds(const ArticleFrame& frame);

/// The edit that puts a grid object's extent at `to` (a move when only column/line change).
/// For article frames whose text columns follow their base columns, the columns follow `to`.
Edit placeOnGridEdit(const Page& page, const PageObject& object, const GridRect& to);
/// The edit that translates a rule or box by (dx, dy), kept on the page.
Edit moveRuleEdit(const Page& page, const RuleFrame& rule, Length dx, Length dy);

}  // namespace bm::model
