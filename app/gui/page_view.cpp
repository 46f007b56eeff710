// SPDX-License-Identifier: MIT
#include "gui/page_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "gui/page_scene.h"

namespace bm::gui {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;
constexpr double kStep = 1.25;
constexpr double kFitMargin = 12;  // pixels around a fitted page

}  // namespace

PageView::PageView(PageScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), m_scene(scene) {
    setRenderHint(QPainter::Antialiasing, true);
    setRenderHint(QPainter::SmoothPixmapTransform, true);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setBackgroundBrush(QColor(128, 128, 128));
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
}

double PageView::pixelsPerPoint() const { return logicalDpiX() / 72.0; }

double PageView::zoom() const { return transform().m11() / pixelsPerPoint(); }

void PageView::applyScale(double scale) {
    scale = std::clamp(scale, kMinZoom * pixelsPerPoint(), kMaxZoom * pixelsPerPoint());
    setTransform(QTransform::fromScale(scale, scale));
    m_scene->setPixelSize(1.0 / scale);
    emit zoomChanged(zoom());
}

void PageView::setZoom(double z) {
    m_fit = Fit::None;
    applyScale(z * pixelsPerPoint());
}

void PageView::zoomIn() { setZoom(zoom() * kStep); }

void PageView::zoomOut() { setZoom(zoom() / kStep); }

void PageView::fitRect(const QRectF& r, Fit mode) {
    if (r.isEmpty()) return;
    const QSize vp = viewport()->size();
    const double sx = (vp.width() - 2 * kFitMargin) / r.width();
    const double sy = (vp.height() - 2 * kFitMargin) / r.height();
    const double scale = mode == Fit::Width ? sx : std::min(sx, sy);
    if (scale <= 0) return;
    applyScale(scale);
    m_fit = mode;
    if (mode == Fit::Width)
        centerOn(r.center().x(), r.top() + vp.height() / 2.0 / scale - kFitMargin / scale);
    else
        centerOn(r.center());
}

void PageView::fitPage() { fitRect(m_scene->pageRect(), Fit::Page); }

void PageView::fitWidth() { fitRect(m_scene->pageRect(), Fit::Width); }

void PageView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps != 0) setZoom(zoom() * std::pow(kStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void PageView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        // Space held: the hand tool, as in other DTP tools. Frames are not touched meanwhile.
        setInteractive(false);
        setDragMode(ScrollHandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PageView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setDragMode(NoDrag);
        setInteractive(true);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void PageView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PageView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PageView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PageView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fit == Fit::Page)
        fitPage();
    else if (m_fit == Fit::Width)
        fitWidth();
}

}  // namespace bm::gui
