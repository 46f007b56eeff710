// SPDX-License-Identifier: MIT
#include "gui/frame_item.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

constexpr double kMarkerFontPixels = 11;

QColor kindColour(model::ObjectKind kind) {
    switch (kind) {
        case model::ObjectKind::Article:
            return QColor(20, 110, 255);
        case model::ObjectKind::Image:
            return QColor(0, 150, 90);
        case model::ObjectKind::Label:
            return QColor(150, 60, 200);
        case model::ObjectKind::Rule:
            return QColor(230, 120, 0);
    }
    return QColor(20, 110, 255);
}

QFont markerFont() {
    QFont f;
    f.setPixelSize(static_cast<int>(kMarkerFontPixels));
    f.setBold(true);
    return f;
}

}  // namespace

FrameItem::FrameItem() {
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(2);
}

void FrameItem::setObject(const model::PageObject& object, std::vector<Rect> columns,
                          int oversetChars) {
    // Geometry first announced, then changed: the old area is repainted (no ghost outline).
    prepareGeometryChange();
    m_object = object;
    m_columns = std::move(columns);
    m_overset = oversetChars;
    m_bounds = toQRectF(object.bounds);
    update();
}

void FrameItem::setSelectedFrame(bool on) {
    if (on == m_selected) return;
    m_selected = on;
    update();
}

void FrameItem::setShowHandles(bool on) {
    if (on == m_handles) return;
    m_handles = on;
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

QString FrameItem::markerText() const { return QStringLiteral("+%1字").arg(m_overset); }

QRectF FrameItem::markerRect() const {
    // Bottom right, straddling the frame's bottom edge, as wide as its text needs (a long
    // count is never clipped), like other DTP tools show the overset "+".
    const double textW = QFontMetricsF(markerFont()).horizontalAdvance(markerText());
    const double w = (textW + 10) * m_px, h = 16 * m_px;
    return QRectF(m_bounds.right() - w, m_bounds.bottom() - h / 2, w, h);
}

QRectF FrameItem::boundingRect() const {
    // Handles, the lock mark and a pen of a couple of pixels reach this far out of the object.
    const double m = (kHandlePixels + 4) * m_px;
    QRectF r = m_bounds.adjusted(-m, -m, m, m);
    if (m_overset > 0) r = r.united(markerRect().adjusted(-m_px, -m_px, m_px, m_px));
    return r;
}

void FrameItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QColor base = kindColour(m_object.kind);
    QColor outline = base;
    if (!m_selected) outline.setAlpha(140);
    QPen pen(outline, m_selected ? 1.5 : 1.0);
    pen.setCosmetic(true);
    if (!m_selected) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const auto& r : m_object.rects) painter->drawRect(toQRectF(r));
    if (m_selected) {
        QColor faint = base;
        faint.setAlpha(70);
        painter->setPen(QPen(faint, 0));
        for (const auto& c : m_columns) painter->drawRect(toQRectF(c));
    }
    if (m_selected && m_handles && !m_object.locked) {
        const double s = kHandlePixels * m_px;
        painter->setPen(QPen(base, 0));
        painter->setBrush(Qt::white);
        for (int i = 0; i < 8; ++i) {
            const QPointF c = handleCentre(m_bounds, i);
            painter->drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
        }
    }
    if (m_object.locked) {
        // A small padlock at the top right corner, at screen size.
        painter->save();
        painter->translate(m_bounds.topRight() + QPointF(-12 * m_px, 2 * m_px));
        painter->scale(m_px, m_px);
        painter->setPen(QPen(QColor(90, 90, 90), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(1.5, 0, 7, 7), 0, 180 * 16);
        painter->setBrush(QColor(90, 90, 90));
        painter->drawRect(QRectF(0, 3.5, 10, 6.5));
        painter->restore();
    }
    if (m_overset > 0) {
        const QRectF m = markerRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(220, 20, 20));
        painter->drawRect(m);
        painter->save();
        // Text at screen size whatever the zoom.
        painter->translate(m.topLeft());
        painter->scale(m_px, m_px);
        painter->setFont(markerFont());
        painter->setPen(Qt::white);
        painter->drawText(QRectF(0, 0, m.width() / m_px, m.height() / m_px), Qt::AlignCenter,
                          markerText());
        painter->restore();
    }
}

}  // namespace bm::gui
