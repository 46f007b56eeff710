// SPDX-License-Identifier: MIT
#pragma once
// Dropping an article on the page: the engine's placement planner (layout/place/planner.h), the
// same as `banmian place`. The frame takes the free region under the cursor, never space another
// item holds, sized so the article fits when the region allows (else it fills the region and
// shows +N字); a drop where nothing fits is refused with the reason. Trials run in the session's
// trial cache, so the undo stack only sees the final PlaceArticle.
#include <QString>
#include <optional>
#include <string>

#include "layout/base/result.h"
#include "layout/model/edit.h"
#include "layout/place/planner.h"

namespace bm::gui {

class EditorSession;

/// Base columns a dropped frame spans when the article fits that way (the planner widens it, up
/// to the free run, when it does not).
constexpr int kDefaultDropSpan = place::kPreferredDropSpan;

/// The planner's answer for `articleId` dropped at `point` (page coordinates, mpt) on page
/// `pageIndex`: the frame, or the refusal. Errors are only for missing fonts.
Result<place::DropPlan> planDropAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point,
                                   std::optional<int> span = std::nullopt);

/// The frame for the drop; a refusal is an error naming why nothing fits.
Result<model::PlaceArticle> planPlacement(EditorSession& session, const std::string& articleId,
                                          int pageIndex, Point point,
                                          std::optional<int> span = std::nullopt);

/// planPlacement + apply. On success returns the new frame's id.
Result<std::string> placeArticleAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point,
                                   std::optional<int> span = std::nullopt);

}  // namespace bm::gui
