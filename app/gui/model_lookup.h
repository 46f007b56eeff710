// SPDX-License-Identifier: MIT
#pragma once
// Finding things in the document by id (the GUI holds ids, never pointers into the model).
#include <string>

#include "layout/model/document.h"
#include "layout/model/page_objects.h"
#include "layout/page/layout_session.h"

namespace bm::gui {

int pageIndexOf(const model::Document& doc, const std::string& pageId);
using model::findArticleFrame;
const model::ImageFrame* findImageFrame(const model::Page& page, const std::string& id);
/// The page holding frame `frameId` (any kind), or -1.
int pageOfFrame(const model::Document& doc, const std::string& frameId);
/// True when `frameId` is the last frame (highest sequence) of its article's chain.
bool isLastInChain(const model::Document& doc, const model::ArticleFrame& frame);
/// The article's first line of headline, for lists ("" when it has none).
std::u16string headlineFirstLine(const model::Article& article);
/// The story's length in 字 as lists show it: the layout's count (body, dateline and credit)
/// when it has one, else the paragraphs'. The bin and the 自动组版 dialog must agree.
int articleChars(const model::Article& article,
                 const std::map<std::string, page::ArticleFit>& fits);

}  // namespace bm::gui
