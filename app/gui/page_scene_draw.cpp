// SPDX-License-Identifier: MIT
// The drawing tools of the canvas: a rule (栏线/横线, horizontal or vertical, drawn along the
// drag's main direction), a box (on the grid; its outline and 底纹 are set in the inspector)
// and a label (on the grid, 反白 by default: white text on a black box). One undo step each.
#include <QGraphicsRectItem>
#include <algorithm>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/messages.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

/// A rule's end snapped to half a 字 from the type area's origin.
Length snapHalfEm(const model::Page& page, Length v, Length origin) {
    const Length step = std::max<Length>(page.grid.bodySize / 2, 1);
    const Length rel = v - origin;
    return origin + (rel >= 0 ? (rel + step / 2) / step : -((-rel + step / 2) / step)) * step;
}

/// The grid rect spanned by a drag from `a` to `b` (at least one column and line).
model::GridRect gridSpan(const model::Page& page, Point a, Point b) {
    const int c0 = nearestColumnEdge(page, std::min(a.x, b.x));
    const int c1 = std::max(nearestColumnEdge(page, std::max(a.x, b.x)), c0 + 1);
    const int l0 = nearestLineEdge(page, std::min(a.y, b.y));
    const int l1 = std::max(nearestLineEdge(page, std::max(a.y, b.y)), l0 + 1);
    return clampToGrid(page, {c0, c1 - c0, l0, l1 - l0});
}

model::RuleFrame ruleFor(const model::Page& page, Point a, Point b) {
    model::RuleFrame r;
    const bool horizontal = std::abs(b.x - a.x) >= std::abs(b.y - a.y);
    const Point from{snapHalfEm(page, a.x, page.typeArea.x),
                     snapHalfEm(page, a.y, page.typeArea.y)};
    Point to = horizontal ? Point{snapHalfEm(page, b.x, page.typeArea.x), from.y}
                          : Point{from.x, snapHalfEm(page, b.y, page.typeArea.y)};
    auto clampPoint = [&](Point p) {
        return Point{std::clamp<Length>(p.x, 0, page.width),
                     std::clamp<Length>(p.y, 0, page.height)};
    };
    r.from = clampPoint(from);
    r.to = clampPoint(to);
    return r;
}

}  // namespace

bool PageScene::beginDraw(QPointF pos) {
    Drag d;
    d.active = true;
    d.kind = DragKind::Draw;
    d.start = pos;
    m_drag = d;
    m_lastPointer = pos;
    m_dropGhost->setRect(drawRect(pos));
    m_dropGhost->setVisible(true);
    return true;
}

QRectF PageScene::drawRect(QPointF pos) const {
    const model::Page* p = page();
    if (!p) return {};
    const Point a = fromQPointF(m_drag.start), b = fromQPointF(pos);
    if (m_tool == Tool::Rule) {
        const model::RuleFrame r = ruleFor(*p, a, b);
        const double w = 2 * m_px;
        return QRectF(toQPointF(r.from), toQPointF(r.to)).normalized().adjusted(-w, -w, w, w);
    }
    return toQRectF(model::gridRectToPage(*p, gridSpan(*p, a, b)));
}

void PageScene::finishDraw(QPointF pos) {
    const model::Page* p = page();
    if (!p) return;
    const Point a = fromQPointF(m_drag.start), b = fromQPointF(pos);
    model::Edit edit;
    std::string id;
    switch (m_tool) {
        case Tool::Rule: {
            model::RuleFrame r = ruleFor(*p, a, b);
            if (r.from == r.to) return;  // a click is not a rule
            r.id = id = m_session->newObjectId("rule");
            edit = model::AddRule{p->id, r, -1};
            break;
        }
        case Tool::Box: {
            const QRectF q = toQRectF(model::gridRectToPage(*p, gridSpan(*p, a, b)));
            model::RuleFrame r;
            r.id = id = m_session->newObjectId("box");
            r.kind = model::RuleFrame::Kind::Box;
            r.from = fromQPointF(q.topLeft());
            r.to = fromQPointF(q.bottomRight());
            edit = model::AddRule{p->id, r, -1};
            break;
        }
        case Tool::Label: {
            model::LabelFrame l;
            l.id = id = m_session->newObjectId("label");
            l.area = gridSpan(*p, a, b);
            l.text = u"标签";
            l.inverse = true;
            edit = model::AddLabel{p->id, l, -1};
            break;
        }
        case Tool::Select:
            return;
    }
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        return;
    }
    selectFrame(id);
    m_tool = Tool::Select;
    emit toolFinished();
}

}  // namespace bm::gui
