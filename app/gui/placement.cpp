// SPDX-License-Identifier: MIT
#include "gui/placement.h"

#include <algorithm>

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/qt_convert.h"
#include "layout/model/validate.h"

namespace bm::gui {

namespace {

int nextSequence(const model::Document& doc, const std::string& articleId) {
    int next = 0;
    for (const auto& p : doc.pages)
        for (const auto& f : p.articleFrames)
            if (f.articleId == articleId) next = std::max(next, f.sequence + 1);
    return next;
}

/// How the trial with `lines` grid lines fits: overset characters/lines and empty lines left.
struct Trial {
    bool ok = false;
    std::string error;
    bool fits = false;
    int underset = 0;
};

}  // namespace

Result<model::PlaceArticle> planPlacement(EditorSession& session, const std::string& articleId,
                                          int pageIndex, Point point, int span) {
    const model::Document& doc = session.document();
    if (!doc.article(articleId)) return Error{"unknown article \"" + articleId + "\""};
    if (pageIndex < 0 || pageIndex >= static_cast<int>(doc.pages.size()))
        return Error{"no page " + std::to_string(pageIndex + 1)};
    const model::Page& page = doc.pages[pageIndex];
    const int totalLines = model::gridLines(page);

    model::PlaceArticle place;
    place.pageId = page.id;
    model::ArticleFrame& frame = place.frame;
    frame.id = session.newFrameId();
    frame.articleId = articleId;
    frame.sequence = nextSequence(doc, articleId);
    frame.showHeadline = frame.sequence == 0;

    model::FrameRect rect;
    rect.area.span = std::clamp(span, 1, page.grid.columns);
    rect.area.column = std::min(columnAt(page, point.x), page.grid.columns - rect.area.span);
    rect.area.line = lineAt(page, point.y);
    rect.area.lines = totalLines - rect.area.line;
    // One text column per base column, fewer if the columns are too narrow for that.
    rect.textColumns = rect.area.span;
    while (rect.textColumns > 1 && model::checkFrameRect(page, rect)) --rect.textColumns;
    frame.rects.push_back(rect);

    auto trial = [&](int lines) {
        Trial t;
        model::Document copy = doc;
        model::PlaceArticle probe = place;
        probe.frame.rects[0].area.lines = lines;
        auto applied = model::applyEdit(copy, probe);
        if (!applied) {
            t.error = applied.error();
            return t;
        }
        auto laid = session.layoutTrial(copy);
        if (!laid) {
            t.error = laid.error();
            return t;
        }
        t.ok = true;
        const auto& fits = (*laid)->fits;
        const auto it = fits.find(articleId);
        // No fit record means nothing of the article could be measured: treat as fitting.
        t.fits = it == fits.end() || (it->second.oversetChars == 0 && it->second.oversetLines == 0);
        t.underset = it == fits.end() ? 0 : it->second.undersetLines;
        return t;
    };

    // The tallest frame first: if even that overflows, it is the answer (the overset marker
    // tells the user); otherwise its empty lines give a good first guess for the search.
    int hi = rect.area.lines;
    const Trial full = trial(hi);
    if (!full.ok) return Error{full.error};
    if (full.fits) {
        int lo = 1;
        const int guess = std::clamp(hi - full.underset, lo, hi);
        if (guess < hi) {
            const Trial g = trial(guess);
            if (!g.ok) return Error{g.error};
            if (g.fits)
                hi = guess;
            else
                lo = guess + 1;
            if (g.fits && guess > lo) {
                const Trial below = trial(guess - 1);
                if (!below.ok) return Error{below.error};
                if (below.fits)
                    hi = guess - 1;
                else
                    lo = guess;
            }
        }
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            const Trial m = trial(mid);
            if (!m.ok) return Error{m.error};
            if (m.fits)
                hi = mid;
            else
                lo = mid + 1;
        }
    }
    frame.rects[0].area.lines = hi;
    return place;
}

Result<std::string> placeArticleAt(EditorSession& session, const std::string& articleId,
                                   int pageIndex, Point point, int span) {
    auto plan = planPlacement(session, articleId, pageIndex, point, span);
    if (!plan) return Error{plan.error()};
    const std::string id = plan->frame.id;
    const QString error = session.apply(*plan);
    if (!error.isEmpty()) return Error{toUtf8(error)};
    return id;
}

}  // namespace bm::gui
