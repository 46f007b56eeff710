// SPDX-License-Identifier: MIT
// The canvas's mouse work: hit testing, click selection (Shift, Alt, click-through), move and
// resize drags, the rubber band, the drawing tools (rule, box, label), nudging, and drops of
// articles from the bin and of picture files from the file manager.
#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QUrl>
#include <algorithm>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/picture_placement.h"
#include "gui/placement.h"
#include "gui/qt_convert.h"
#include "layout/page/image_pan.h"

namespace bm::gui {

namespace {

/// Handle order of FrameItem::handleCentre.
constexpr Handle kHandles[8] = {Handle::TopLeft,     Handle::TopRight, Handle::BottomLeft,
                                Handle::BottomRight, Handle::Top,      Handle::Bottom,
                                Handle::Left,        Handle::Right};

constexpr double kHitPixels = 4;  // a thin rule is hit this close (screen pixels)

Qt::CursorShape cursorFor(Handle h) {
    switch (h) {
        case Handle::TopLeft:
        case Handle::BottomRight:
            return Qt::SizeFDiagCursor;
        case Handle::TopRight:
        case Handle::BottomLeft:
            return Qt::SizeBDiagCursor;
        case Handle::Top:
        case Handle::Bottom:
            return Qt::SizeVerCursor;
        case Handle::Left:
        case Handle::Right:
            return Qt::SizeHorCursor;
        case Handle::Body:
            return Qt::SizeAllCursor;
        case Handle::None:
            break;
    }
    return Qt::ArrowCursor;
}

QStringList pictureFiles(const QMimeData* mime) {
    QStringList out;
    if (!mime->hasUrls()) return out;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && isPictureFile(url.toLocalFile())) out << url.toLocalFile();
    return out;
}

}  // namespace

std::vector<std::string> PageScene::objectsAt(QPointF pos) const {
    std::vector<std::string> out;
    const model::Page* p = page();
    if (!p) return out;
    const double slack = kHitPixels * m_px;
    const auto objects = model::pageObjects(*p);
    for (auto it = objects.rbegin(); it != objects.rend(); ++it) {
        for (const auto& r : it->rects) {
            QRectF q = toQRectF(r);
            if (!it->onGrid) q.adjust(-slack, -slack, slack, slack);
            if (q.contains(pos)) {
                out.push_back(it->id);
                break;
            }
        }
    }
    return out;
}

std::string PageScene::frameAt(QPointF pos) const {
    const auto stack = objectsAt(pos);
    return stack.empty() ? std::string() : stack.front();
}

Handle PageScene::handleAt(QPointF pos) const {
    if (m_selection.size() != 1) return Handle::None;
    auto it = m_frames.find(m_selection.front());
    if (it == m_frames.end()) return Handle::None;
    const QRectF r = it->second->frameRect();
    if (!it->second->object().locked) {
        // Handles never cover more than a quarter of a small frame (or of one seen from far
        // away), so the body stays grabbable for moving; a thin rule keeps its end handles.
        const double side = std::max(r.width(), r.height());
        const double small = std::min(r.width(), r.height());
        const bool thinRule = !it->second->object().onGrid && small <= 2 * kHitPixels * m_px;
        const double reach = std::min(kHandlePixels * m_px, (thinRule ? side : small) / 4);
        for (int i = 0; i < 8; ++i) {
            const QPointF c = FrameItem::handleCentre(r, i);
            if (std::abs(pos.x() - c.x()) <= reach && std::abs(pos.y() - c.y()) <= reach)
                return kHandles[i];
        }
    }
    const double slack = it->second->object().onGrid ? 0 : kHitPixels * m_px;
    return r.adjusted(-slack, -slack, slack, slack).contains(pos) ? Handle::Body : Handle::None;
}

bool PageScene::beginDrag(QPointF pos, Qt::KeyboardModifiers modifiers) {
    const model::Page* p = page();
    if (!p || m_preview) return false;
    if (m_drag.active) endDrag();
    if (!m_pan.id.empty()) {
        if (beginPanDrag(pos)) return true;
        endPicturePan();  // a click outside the picture ends picture mode
    }
    if (m_tool != Tool::Select) return beginDraw(pos);
    Drag d;
    d.start = pos;
    const Handle handle = handleAt(pos);
    if (handle != Handle::None && handle != Handle::Body && !(modifiers & Qt::AltModifier)) {
        d.kind = DragKind::Resize;
        d.gesture = makeGesture(*p, m_selection, handle, fromQPointF(pos));
    } else {
        const auto stack = objectsAt(pos);
        if (stack.empty()) {
            if (!(modifiers & Qt::ShiftModifier)) setSelection({});
            d.kind = DragKind::Band;
            m_band->setRect(QRectF(pos, pos));
            m_band->setVisible(true);
        } else if (modifiers & Qt::ShiftModifier) {
            toggleSelected(stack.front());
            return false;
        } else {
            const auto selectedIn = std::find_if(stack.begin(), stack.end(), [this](auto& id) {
                return std::find(m_selection.begin(), m_selection.end(), id) != m_selection.end();
            });
            if (modifiers & Qt::AltModifier) {
                // The object under the selected one (or the topmost when none is selected here).
                const size_t i = selectedIn == stack.end()
                                     ? stack.size() - 1
                                     : static_cast<size_t>(selectedIn - stack.begin());
                selectFrame(stack[(i + 1) % stack.size()]);
            } else if (selectedIn == stack.end()) {
                selectFrame(stack.front());
            } else if (m_selection.size() == 1 && stack.size() > 1) {
                d.cycleFrom = *selectedIn;  // a click without a move picks the next one below
            }
            std::vector<std::string> movable;
            for (const auto& id : m_selection)
                if (auto it = m_frames.find(id);
                    it != m_frames.end() && !it->second->object().locked)
                    movable.push_back(id);
            d.kind = DragKind::Move;
            d.gesture = makeGesture(*p, movable, Handle::Body, fromQPointF(pos));
        }
    }
    d.active = true;
    d.number = m_session->beginGesture();
    m_drag = d;
    m_lastPointer = pos;
    return true;
}

void PageScene::applyGestureStep(QPointF pos) {
    const model::Page* p = page();
    if (!p || m_drag.gesture.objects.empty()) return;
    const GestureTarget target = gestureTarget(*p, m_drag.gesture, fromQPointF(pos));
    const std::string heldBy = target.heldBy ? target.heldBy->id : std::string();
    if (!heldBy.empty() && heldBy != m_drag.heldBy) emit message(heldMessage(*target.heldBy));
    m_drag.heldBy = heldBy;
    // Relayout only when the snapped target changes, not on every pixel.
    if (m_drag.haveLast ? target == m_drag.last : isOrigin(m_drag.gesture, target)) return;
    auto edit = gestureEdit(*p, m_drag.gesture, target);
    if (!edit) return;
    const QString error = m_session->apply(*edit, m_drag.number);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        return;
    }
    m_drag.last = target;
    m_drag.haveLast = true;
    ++m_drag.steps;
}

void PageScene::dragTo(QPointF pos) {
    if (!m_drag.active) return;
    m_lastPointer = pos;
    // A few pixels of jitter are still a click (which may pick the object underneath).
    if (!m_drag.moved && QLineF(pos, m_drag.start).length() < std::min(3 * m_px, 2.0)) return;
    m_drag.moved = true;
    switch (m_drag.kind) {
        case DragKind::Move:
        case DragKind::Resize:
            applyGestureStep(pos);
            break;
        case DragKind::Band:
            m_band->setRect(QRectF(m_drag.start, pos).normalized());
            break;
        case DragKind::Draw:
            m_dropGhost->setRect(drawRect(pos));
            m_dropGhost->setVisible(true);
            break;
        case DragKind::Pan:
            panTo(pos);
            break;
        case DragKind::None:
            break;
    }
}

void PageScene::endDrag() {
    if (!m_drag.active) return;
    const Drag d = m_drag;
    m_drag.active = false;
    m_band->setVisible(false);
    m_dropGhost->setVisible(false);
    if (d.kind == DragKind::Band && d.moved) selectInRect(m_band->rect(), true);
    if (d.kind == DragKind::Draw) {
        m_drag = d;  // finishDraw reads the start
        m_drag.active = false;
        finishDraw(m_lastPointer);
    }
    if ((d.kind == DragKind::Move || d.kind == DragKind::Resize) && d.steps > 0 &&
        isOrigin(d.gesture, d.last))
        m_session->discardGesture(d.number);
    if (d.kind == DragKind::Move && !d.moved && !d.cycleFrom.empty()) {
        const auto stack = objectsAt(d.start);
        auto it = std::find(stack.begin(), stack.end(), d.cycleFrom);
        if (it != stack.end()) selectFrame(stack[(it - stack.begin() + 1) % stack.size()]);
    }
}

bool PageScene::nudgeSelection(int columns, int lines) {
    const model::Page* p = page();
    if (!p || m_selection.empty()) return false;
    std::vector<std::string> movable;
    int locked = 0;
    for (const auto& id : m_selection) {
        auto it = m_frames.find(id);
        if (it == m_frames.end()) continue;
        if (it->second->object().locked)
            ++locked;
        else
            movable.push_back(id);
    }
    if (locked > 0) emit message(lockedMessage(locked));
    if (movable.empty()) return false;
    Gesture g = makeGesture(*p, movable, Handle::Body, Point{});
    // One grid step: a column and a line for grid objects; rules alone move half a 字
    // sideways per step (a column is much more than a rule wants).
    bool anyGrid = false;
    for (const auto& o : g.objects) anyGrid = anyGrid || o.onGrid;
    const Length stepX = anyGrid ? columnPitch(*p) : p->grid.bodySize / 2;
    const Point to{columns * stepX, lines * p->grid.pitch()};
    const GestureTarget target = gestureTarget(*p, g, to);
    if (target.heldBy) emit message(heldMessage(*target.heldBy));
    if (isOrigin(g, target)) return false;
    auto edit = gestureEdit(*p, g, target);
    if (!edit) return false;
    const QString error = m_session->apply(*edit);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        return false;
    }
    return true;
}

Result<std::string> PageScene::dropArticle(const std::string& articleId, QPointF pos) {
    m_dropGhost->setVisible(false);
    auto placed = placeArticleAt(*m_session, articleId, m_pageIndex, fromQPointF(pos));
    if (placed) selectFrame(*placed);
    return placed;
}

Result<std::vector<std::string>> PageScene::dropPictures(const QStringList& paths, QPointF pos) {
    m_dropGhost->setVisible(false);
    auto placed = placePictures(*m_session, m_pageIndex, paths, fromQPointF(pos), frameAt(pos));
    if (placed) setSelection(*placed);
    return placed;
}

void PageScene::updateCursor(QPointF pos) {
    Handle h = Handle::None;
    if (!m_preview && m_tool == Tool::Select) {
        h = handleAt(pos);
        if (h == Handle::None && !frameAt(pos).empty()) h = Handle::Body;
    }
    const Qt::CursorShape shape =
        m_tool != Tool::Select && !m_preview ? Qt::CrossCursor : cursorFor(h);
    for (QGraphicsView* v : views()) v->viewport()->setCursor(shape);
}

void PageScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_preview) {
        event->ignore();
        return;
    }
    beginDrag(event->scenePos(), event->modifiers());
    event->accept();
}

void PageScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (m_drag.active && (event->buttons() & Qt::LeftButton))
        dragTo(event->scenePos());
    else
        updateCursor(event->scenePos());
    event->accept();
}

void PageScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (m_drag.active) {
        dragTo(event->scenePos());
        endDrag();
    }
    event->accept();
}

void PageScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    const std::string id = frameAt(event->scenePos());
    if (const model::Page* p = page()) {
        // A photo: picture mode (pan and zoom inside the frame); a placeholder does nothing.
        if (const model::ImageFrame* im = findImageFrame(*p, id)) {
            if (!im->path.empty() && m_pan.id != id) beginPicturePan(id);
            event->accept();
            return;
        }
    }
    if (auto it = m_frames.find(id);
        it != m_frames.end() && !it->second->object().articleId.empty())
        emit frameActivated(toQString(it->second->object().articleId));
    event->accept();
}

void PageScene::showDropGhost(QPointF pos) {
    const model::Page* p = page();
    if (!p) return;
    const Point pt = fromQPointF(pos);
    model::GridRect g;
    g.span = std::min(kDefaultDropSpan, p->grid.columns);
    g.column = std::min(columnAt(*p, pt.x), p->grid.columns - g.span);
    g.line = lineAt(*p, pt.y);
    g.lines = std::min(12, model::gridLines(*p) - g.line);
    m_dropGhost->setRect(toQRectF(model::gridRectToPage(*p, g)));
    m_dropGhost->setVisible(true);
}

void PageScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) { dragMoveEvent(event); }

void PageScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (m_preview || (!mime->hasFormat(kArticleMime) && pictureFiles(mime).isEmpty())) {
        event->ignore();
        return;
    }
    if (mime->hasFormat(kArticleMime))
        showArticleGhost(event->scenePos(), mime->data(kArticleMime).toStdString());
    else
        showDropGhost(event->scenePos());
    event->acceptProposedAction();
}

void PageScene::dragLeaveEvent(QGraphicsSceneDragDropEvent* event) {
    m_dropGhost->setVisible(false);
    event->accept();
}

void PageScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    m_dropGhost->setVisible(false);
    const QMimeData* mime = event->mimeData();
    if (mime->hasFormat(kArticleMime)) {
        const std::string id = mime->data(kArticleMime).toStdString();
        auto placed = dropArticle(id, event->scenePos());  // its errors are user sentences
        // A refusal seen while the ghost passed over a neighbour must not outlive a drop that
        // placed the story: the status bar then says nothing wrong.
        emit message(placed ? QString() : toQString(placed.error()));
    } else if (const QStringList files = pictureFiles(mime); !files.isEmpty()) {
        auto placed = dropPictures(files, event->scenePos());
        if (!placed) emit message(explainEditError(toQString(placed.error())));
    } else {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

}  // namespace bm::gui
