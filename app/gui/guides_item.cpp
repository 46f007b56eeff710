// SPDX-License-Identifier: MIT
#include "gui/guides_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "gui/qt_convert.h"

namespace bm::gui {

GuidesItem::GuidesItem() {
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption);
    // The guides change only with the page or the zoom; drawing them costs more than a blit.
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
}

void GuidesItem::setPage(const model::Page& page) {
    // Only the geometry matters: frames moving on the page must not invalidate the cache.
    if (page.width == m_page.width && page.height == m_page.height &&
        page.typeArea == m_page.typeArea && page.grid == m_page.grid)
        return;
    prepareGeometryChange();
    m_page = page;
    update();
}

void GuidesItem::setBaselineGrid(bool on) {
    m_baselines = on;
    update();
}

QRectF GuidesItem::boundingRect() const {
    return QRectF(0, 0, toScene(m_page.width), toScene(m_page.height));
}

void GuidesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF area = toQRectF(m_page.typeArea);
    if (area.isEmpty()) return;
    const int columns = m_page.grid.columns;
    const int lines = model::gridLines(m_page);
    const QRectF exposed = option->exposedRect;

    // Gutters tinted, like the column guides of other DTP tools.
    const QColor gutter(120, 160, 255, 28);
    for (int c = 0; c + 1 < columns; ++c) {
        const double x = toScene(model::columnX(m_page, c) + model::columnsWidth(m_page, 1));
        painter->fillRect(QRectF(x, area.top(), toScene(m_page.grid.gutter), area.height()),
                          gutter);
    }
    if (m_baselines) {
        // One line at the foot of each grid line's em box, where the body text sits.
        QPen pen(QColor(0, 170, 220, 90), 0);
        painter->setPen(pen);
        for (int l = 0; l < lines; ++l) {
            const double y = toScene(model::lineTop(m_page, l) + m_page.grid.bodySize);
            if (y < exposed.top() - 1 || y > exposed.bottom() + 1) continue;
            painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
    }
    QPen columnPen(QColor(90, 130, 255, 150), 0);
    painter->setPen(columnPen);
    for (int c = 1; c < columns; ++c) {
        const double left = toScene(model::columnX(m_page, c));
        const double right =
            toScene(model::columnX(m_page, c - 1) + model::columnsWidth(m_page, 1));
        painter->drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
        painter->drawLine(QPointF(right, area.top()), QPointF(right, area.bottom()));
    }
    QPen areaPen(QColor(220, 40, 160), 0);
    painter->setPen(areaPen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(area);
}

}  // namespace bm::gui
