// SPDX-License-Identifier: MIT
#pragma once
// Dropping an article on the page: a frame on the base columns under the cursor, as tall as the
// article needs (the shortest height whose layout leaves no overset, or down to the bottom of
// the grid), with the headline on top. Trial layouts run on copies of the document, so the
// undo stack only sees the final PlaceArticle.
#include <QString>
#include <string>

#include "layout/base/result.h"
#include "layout/model/edit.h"

namespace bm::gui {

class EditorSession;

/// Base columns a dropped frame spans (one text column per base column).
constexpr int kDefaultDropSpan = 3;

/// The frame for `articleId` dropped at `point` (page coordinates, mpt) on page `pageIndex`.
Result<model::PlaceArticle> planPlacement(EditorSession& session, const std::string& articleId,
                                          int pageIndex, Point point, int span = kDefaultDropSpan);

/// planPlacement + apply. On success returns the new frame's id.
Result<std::string> placeArticleAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point, int span = kDefaultDropSpan);

}  // namespace bm::gui
