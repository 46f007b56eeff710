// SPDX-License-Identifier: MIT
#include "gui/placement.h"

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/messages.h"
#include "gui/qt_convert.h"

namespace bm::gui {

Result<place::DropPlan> planDropAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point, std::optional<int> span) {
    const model::Document& doc = session.document();
    if (pageIndex < 0 || pageIndex >= static_cast<int>(doc.pages.size()))
        return Error{"no page " + std::to_string(pageIndex + 1)};
    const model::Page& page = doc.pages[static_cast<size_t>(pageIndex)];
    place::DropRequest request;
    request.articleId = articleId;
    request.pageIndex = pageIndex;
    request.column = columnAt(page, point.x);
    request.line = lineAt(page, point.y);
    request.span = span;
    request.frameId = session.newFrameId();
    return place::planDrop(doc, request, session.trials());
}

Result<model::PlaceArticle> planPlacement(EditorSession& session, const std::string& articleId,
                                          int pageIndex, Point point, std::optional<int> span) {
    auto plan = planDropAt(session, articleId, pageIndex, point, span);
    if (!plan) return Error{toUtf8(explainEditError(toQString(plan.error())))};
    if (plan->refusal) return Error{toUtf8(explainRefusal(*plan->refusal))};
    return plan->place;
}

Result<std::string> placeArticleAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point, std::optional<int> span) {
    auto plan = planPlacement(session, articleId, pageIndex, point, span);
    if (!plan) return Error{plan.error()};
    const std::string id = plan->frame.id;
    const QString error = session.apply(*plan);
    if (!error.isEmpty()) return Error{toUtf8(explainEditError(error))};
    return id;
}

}  // namespace bm::gui
