// SPDX-License-Identifier: MIT
// The picture mode of the canvas: double-click a photo, then drag to move it inside its frame
// and turn the wheel to zoom it, as in InDesign's content grabber or 飞腾's 图像裁剪. Everything
// done in one visit is one undo step; the effective resolution is shown as it changes, and a
// dashed outline shows the whole picture, cropped parts included. Esc, Return, a click outside
// the frame or another selection ends it.
#include <QFileInfo>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSceneWheelEvent>
#include <QKeyEvent>
#include <QPen>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/picture_frame.h"
#include "gui/qt_convert.h"
#include "layout/page/image_pan.h"

namespace bm::gui {

namespace {

constexpr double kWheelStep = 1.1;  // zoom factor per wheel notch

page::ImageFit fitOf(const model::ImageFrame& im) {
    return {im.fit, im.zoomPermille, im.focusXPermille, im.focusYPermille};
}

}  // namespace

std::string PageScene::documentDir() const {
    const QString path = m_session->path();
    return path.isEmpty() ? std::string() : toUtf8(QFileInfo(path).absolutePath());
}

bool PageScene::beginPicturePan(const std::string& frameId) {
    const model::Page* p = page();
    if (!p || m_preview) return false;
    const model::ImageFrame* im = findImageFrame(*p, frameId);
    if (!im || im->path.empty()) return false;
    if (im->locked) {
        emit message(lockedMessage(1));
        return false;
    }
    auto pf = pictureFrame(*m_session->layout(), p->id, frameId, documentDir());
    if (!pf || !pf->check.error.empty()) {
        emit message(tr("The picture cannot be read: %1")
                         .arg(pf ? toQString(pf->check.error) : tr("not laid out")));
        return false;
    }
    if (m_drag.active) endDrag();
    m_pan = Pan{};
    m_pan.id = frameId;
    m_pan.number = m_session->beginGesture();
    m_pan.frame = pf->item.rect;
    m_pan.srcW = pf->check.pixelsW;
    m_pan.srcH = pf->check.pixelsH;
    m_pan.vector = pf->check.vector;
    selectFrame(frameId);
    syncPanOutline();
    reportPicture(*im);
    return true;
}

void PageScene::endPicturePan() {
    if (m_pan.id.empty()) return;
    m_pan = Pan{};
    m_panOutline->setVisible(false);
}

page::PlacedRect PageScene::panPlacement(const page::ImageFit& fit) const {
    return page::placeImage(m_pan.frame, m_pan.srcW, m_pan.srcH, fit, m_pan.vector);
}

bool PageScene::beginPanDrag(QPointF pos) {
    const model::Page* p = page();
    const model::ImageFrame* im = p ? findImageFrame(*p, m_pan.id) : nullptr;
    if (!im || !toQRectF(m_pan.frame).contains(pos)) return false;
    Drag d;
    d.kind = DragKind::Pan;
    d.start = pos;
    d.active = true;
    d.number = m_pan.number;
    m_drag = d;
    m_pan.startFit = fitOf(*im);
    m_pan.startPlaced = panPlacement(m_pan.startFit);
    m_lastPointer = pos;
    return true;
}

void PageScene::panTo(QPointF pos) {
    const double dx = static_cast<double>(fromScene(pos.x() - m_drag.start.x()));
    const double dy = static_cast<double>(fromScene(pos.y() - m_drag.start.y()));
    if (applyPictureFit(page::pannedFit(m_pan.frame, m_pan.startPlaced, m_pan.startFit, dx, dy)))
        ++m_drag.steps;
}

bool PageScene::zoomPicture(double steps) {
    const model::Page* p = page();
    const model::ImageFrame* im = p && !m_pan.id.empty() ? findImageFrame(*p, m_pan.id) : nullptr;
    if (!im || steps == 0) return false;
    const page::ImageFit now = fitOf(*im);
    return applyPictureFit(
        page::zoomedFit(m_pan.frame, panPlacement(now), now, std::pow(kWheelStep, steps)));
}

bool PageScene::applyPictureFit(const page::ImageFit& fit) {
    const model::Page* p = page();
    const model::ImageFrame* im = p ? findImageFrame(*p, m_pan.id) : nullptr;
    if (!im) return false;
    model::ImageFrame next = *im;
    next.fit = fit.mode;
    next.zoomPermille = fit.zoomPermille;
    next.focusXPermille = fit.focusXPermille;
    next.focusYPermille = fit.focusYPermille;
    if (next == *im) return false;
    const QString error = m_session->apply(model::SetImage{p->id, next}, m_pan.number);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        return false;
    }
    reportPicture(next);
    return true;
}

void PageScene::reportPicture(const model::ImageFrame& im) {
    const page::ImageFit fit = fitOf(im);
    const QString zoom = QString::number(fit.zoomPermille / 10.0, 'f', 0);
    if (m_pan.vector) {
        emit message(
            tr("Picture: zoom %1 %; drag to move it, wheel to zoom, Esc to finish").arg(zoom));
        return;
    }
    const auto ppi = page::effectivePpi(panPlacement(fit), int(m_pan.srcW), int(m_pan.srcH));
    emit message(tr("Picture: %1 ppi, zoom %2 %; drag to move it, wheel to zoom, Esc to finish")
                     .arg(std::lround(ppi.min()))
                     .arg(zoom));
}

void PageScene::syncPanOutline() {
    const model::Page* p = page();
    const model::ImageFrame* im = p && !m_pan.id.empty() ? findImageFrame(*p, m_pan.id) : nullptr;
    const page::ImageItem* item =
        im ? findPictureItem(*m_session->layout(), p->id, m_pan.id) : nullptr;
    if (!im || !item || im->path.empty()) {
        endPicturePan();
        return;
    }
    m_pan.frame = item->rect;  // an undo may have moved the frame meanwhile
    const page::PlacedRect r = panPlacement(fitOf(*im));
    m_panOutline->setRect(QRectF(r.x / 1000.0, r.y / 1000.0, r.w / 1000.0, r.h / 1000.0));
    m_panOutline->setVisible(!m_preview);
}

void PageScene::wheelEvent(QGraphicsSceneWheelEvent* event) {
    if (m_pan.id.empty() || !toQRectF(m_pan.frame).contains(event->scenePos())) {
        event->ignore();  // the view scrolls
        return;
    }
    zoomPicture(event->delta() / 120.0);
    event->accept();
}

void PageScene::keyPressEvent(QKeyEvent* event) {
    if (!m_pan.id.empty() && (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Return ||
                              event->key() == Qt::Key_Enter)) {
        endPicturePan();
        emit message(QString());
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

}  // namespace bm::gui
