// SPDX-License-Identifier: MIT
#include "gui/frame_item.h"

#include <QFont>
#include <QPainter>

#include "gui/qt_convert.h"

namespace bm::gui {

FrameItem::FrameItem() {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

void FrameItem::setBox(const page::FrameBox& box, int oversetChars) {
    prepareGeometryChange();
    m_box = box;
    m_overset = oversetChars;
    m_bounds = QRectF();
    for (const auto& r : box.rects) m_bounds = m_bounds.united(toQRectF(r));
    update();
}

void FrameItem::setSelectedFrame(bool on) {
    if (on == m_selected) return;
    m_selected = on;
    update();
}

void FrameItem::setPixelSize(double px) {
    if (px == m_px) return;
    prepareGeometryChange();
    m_px = px;
}

QPointF FrameItem::handleCentre(const QRectF& r, int i) {
    switch (i) {
        case 0:
            return r.topLeft();
        case 1:
            return r.topRight();
        case 2:
            return r.bottomLeft();
        case 3:
            return r.bottomRight();
        case 4:
            return QPointF(r.center().x(), r.top());
        case 5:
            return QPointF(r.center().x(), r.bottom());
        case 6:
            return QPointF(r.left(), r.center().y());
        default:
            return QPointF(r.right(), r.center().y());
    }
}

QRectF FrameItem::markerRect() const {
    // Bottom right, just inside the frame, as other DTP tools show the overset "+".
    const double w = 44 * m_px, h = 16 * m_px;
    return QRectF(m_bounds.right() - w, m_bounds.bottom() - h / 2, w, h);
}

QRectF FrameItem::boundingRect() const {
    const double m = kHandlePixels * m_px;
    QRectF r = m_bounds.adjusted(-m, -m, m, m);
    if (m_overset > 0) r = r.united(markerRect());
    return r;
}

void FrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QColor outline = m_selected ? QColor(20, 110, 255) : QColor(60, 140, 255, 140);
    QPen pen(outline, m_selected ? 1.5 : 1.0);
    pen.setCosmetic(true);
    if (!m_selected) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto& r : m_box.rects) painter->drawRect(toQRectF(r));
    if (m_selected) {
        QPen columnPen(QColor(20, 110, 255, 70), 0);
        painter->setPen(columnPen);
        for (const auto& c : m_box.columns) painter->drawRect(toQRectF(c));
        const double s = kHandlePixels * m_px;
        painter->setPen(QPen(QColor(20, 110, 255), 0));
        painter->setBrush(Qt::white);
        for (int i = 0; i < 8; ++i) {
            const QPointF c = handleCentre(m_bounds, i);
            painter->drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
        }
    }
    if (m_overset > 0) {
        const QRectF m = markerRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(220, 20, 20));
        painter->drawRect(m);
        QFont f = painter->font();
        f.setPixelSize(11);
        f.setBold(true);
        painter->save();
        // Text at screen size whatever the zoom.
        painter->translate(m.topLeft());
        painter->scale(m_px, m_px);
        painter->setFont(f);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(0, 0, m.width() / m_px, m.height() / m_px), Qt::AlignCenter,
                          QStringLiteral("+%1字").arg(m_overset));
        painter->restore();
    }
}

}  // namespace bm::gui
