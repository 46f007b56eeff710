// SPDX-License-Identifier: MIT
#pragma once
// Copy, paste and duplicate of page objects, within a page, between pages and between
// documents. A copy is a small valid document (one page with only the copied objects and the
// articles their frames show), so the clipboard carries it as ordinary document JSON and a
// paste into another document brings its articles along.
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"
#include "layout/model/edit.h"

namespace bm::model {

/// The objects `ids` of `page` (any kind) as a document of one page with the same geometry.
Document copyObjects(const Document& doc, const Page& page, const std::vector<std::string>& ids);

/// The one edit that pastes `clip` onto page `pageId` of `doc`, every object shifted by
/// (columns, lines) on the grid (rules and boxes by the same distance) and kept on the page.
/// Every object gets a new id. An article frame shows the same article when `doc` has it with
/// the same text and no frame (a cut and paste), else a copy of the article under a new id.
/// `newIds` receives the pasted objects' ids.
Result<Edit> pasteEdit(const Document& doc, const std::string& pageId, const Document& clip,
                       int columns, int lines, std::vector<std::string>* newIds = nullptr);

}  // namespace bm::model
