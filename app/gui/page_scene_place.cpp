// SPDX-License-Identifier: MIT
// The canvas's view of the free-space model: the drop ghost of an article (the frame the planner
// will create, or a refusal) and the red hatching of overlapping items.
#include <QBrush>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/messages.h"
#include "gui/page_scene.h"
#include "gui/placement.h"
#include "gui/qt_convert.h"
#include "layout/place/occupancy.h"

namespace bm::gui {

namespace {
const QColor kGhostBlue(20, 110, 255);
const QColor kRefusedRed(220, 30, 30);
}  // namespace

void PageScene::showArticleGhost(QPointF pos, const std::string& articleId) {
    const model::Page* p = page();
    if (!p) return;
    const Point pt = fromQPointF(pos);
    const std::string key = articleId + "|" + std::to_string(m_pageIndex) + "|" +
                            std::to_string(columnAt(*p, pt.x)) + "|" +
                            std::to_string(lineAt(*p, pt.y));
    if (key == m_ghostKey && m_dropGhost->isVisible()) return;
    m_ghostKey = key;
    if (!m_dropGhostLabel) {
        m_dropGhostLabel = new QGraphicsSimpleTextItem(m_dropGhost);
        m_dropGhostLabel->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    }
    auto plan = planDropAt(*m_session, articleId, m_pageIndex, pt);
    if (!plan || plan->refusal) {
        // Nothing can be placed here: the item that holds the cell (else the cell) in red, so
        // that the refusal shows beside the drag cursor, and the reason in the status bar.
        model::GridRect cell{columnAt(*p, pt.x), 1, lineAt(*p, pt.y), 1};
        QRectF box = toQRectF(model::gridRectToPage(*p, cell));
        if (plan && plan->refusal->reason == place::Refusal::Reason::Occupied)
            for (const auto& it : place::pageItems(m_session->document(), *p))
                if (it.id == plan->refusal->itemId) box = box.united(toQRectF(it.area));
        m_dropGhost->setRect(box);
        m_dropGhost->setPen(QPen(kRefusedRed, 0, Qt::DashLine));
        m_dropGhost->setBrush(QColor(220, 30, 30, 50));
        m_dropGhostLabel->setText(tr("Nothing fits here"));
        emit message(plan ? explainRefusal(*plan->refusal)
                          : explainEditError(toQString(plan.error())));
    } else {
        QRectF box;
        for (const auto& r : plan->place.frame.rects)
            box = box.united(toQRectF(model::gridRectToPage(*p, r.area)));
        m_dropGhost->setRect(box);
        m_dropGhost->setPen(QPen(kGhostBlue, 0, Qt::DashLine));
        m_dropGhost->setBrush(QColor(20, 110, 255, 40));
        const int columns = plan->place.frame.rects.front().textColumns;
        QString text = tr("%n column(s)", nullptr, columns);
        if (!plan->fits) text += QStringLiteral("  +%1字").arg(plan->oversetChars);
        m_dropGhostLabel->setText(text);
        emit message(QString());  // the ghost fits here: no refusal from a cell passed over
    }
    m_dropGhostLabel->setBrush(m_dropGhost->pen().color());
    m_dropGhostLabel->setPos(m_dropGhost->rect().topLeft());
    m_dropGhost->setVisible(true);
}

void PageScene::syncOverlaps() {
    for (QGraphicsItem* item : m_overlapMarks) delete item;
    m_overlapMarks.clear();
    const auto& doc = m_session->document();
    const model::Page* p = page();
    if (!p || m_preview) return;
    const place::PageOccupancy occ = place::pageOccupancy(doc, *p);
    for (const auto& o : occ.overlaps) {
        auto* mark = new QGraphicsRectItem(toQRectF(o.area));
        mark->setPen(QPen(kRefusedRed, 0));
        QBrush hatch(kRefusedRed, Qt::BDiagPattern);
        hatch.setTransform(QTransform::fromScale(m_px, m_px));
        mark->setBrush(hatch);
        mark->setToolTip(toQString(place::describeOverlap(occ, o)));
        mark->setZValue(4);
        addItem(mark);
        m_overlapMarks.push_back(mark);
    }
}

}  // namespace bm::gui
