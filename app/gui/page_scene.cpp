// SPDX-License-Identifier: MIT
#include "gui/page_scene.h"

#include <QCursor>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "gui/display_painter.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/guides_item.h"
#include "gui/model_lookup.h"
#include "gui/page_item.h"
#include "gui/placement.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

constexpr double kDeskMargin = 36;  // pt of grey desk around the page

/// Handle order of FrameItem::handleCentre.
constexpr Handle kHandles[8] = {Handle::TopLeft,     Handle::TopRight, Handle::BottomLeft,
                                Handle::BottomRight, Handle::Top,      Handle::Bottom,
                                Handle::Left,        Handle::Right};

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

}  // namespace

PageScene::PageScene(EditorSession* session, QObject* parent)
    : QGraphicsScene(parent),
      m_session(session),
      m_painter(std::make_unique<DisplayPainter>(session->fonts())),
      m_pageItem(new PageItem(m_painter.get())),
      m_guides(new GuidesItem),
      m_dropGhost(new QGraphicsRectItem) {
    // A fixed-size scene: BSP indexing buys nothing for a few dozen items and costs on updates.
    setItemIndexMethod(NoIndex);
    addItem(m_pageItem);
    addItem(m_guides);
    m_dropGhost->setPen(QPen(QColor(20, 110, 255), 0, Qt::DashLine));
    m_dropGhost->setBrush(QColor(20, 110, 255, 40));
    m_dropGhost->setZValue(5);
    m_dropGhost->setVisible(false);
    addItem(m_dropGhost);
    connect(session, &EditorSession::layoutChanged, this, &PageScene::sync);
    connect(session, &EditorSession::documentReset, this, [this] {
        m_selected.clear();
        m_pageIndex = 0;
        sync();
        emitSelection();
    });
    sync();
}

PageScene::~PageScene() = default;

void PageScene::setPageIndex(int index) {
    const int n = static_cast<int>(m_session->document().pages.size());
    index = n == 0 ? 0 : std::clamp(index, 0, n - 1);
    if (index == m_pageIndex) return;
    m_pageIndex = index;
    m_selected.clear();
    sync();
    emitSelection();
}

QRectF PageScene::pageRect() const { return m_pageItem->boundingRect(); }

void PageScene::selectFrame(const std::string& frameId) {
    if (frameId == m_selected) return;
    m_selected = m_frames.count(frameId) ? frameId : std::string();
    for (auto& [id, item] : m_frames) item->setSelectedFrame(id == m_selected);
    emitSelection();
}

void PageScene::emitSelection() {
    QString article;
    if (auto it = m_frames.find(m_selected); it != m_frames.end())
        article = toQString(it->second->box().articleId);
    emit frameSelected(toQString(m_selected), article);
}

bool PageScene::deleteSelected() {
    const auto& doc = m_session->document();
    if (m_selected.empty() || m_pageIndex >= static_cast<int>(doc.pages.size())) return false;
    const model::Page& page = doc.pages[m_pageIndex];
    model::Edit edit;
    if (findArticleFrame(page, m_selected))
        edit = model::RemoveFrame{page.id, m_selected};
    else if (findImageFrame(page, m_selected))
        edit = model::RemoveImage{page.id, m_selected};
    else
        return false;
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(error);
        return false;
    }
    return true;
}

void PageScene::setPreview(bool on) {
    m_preview = on;
    if (on && m_drag.active) endDrag();
    m_guides->setVisible(!on);
    for (auto& [id, item] : m_frames) item->setVisible(!on);
    update();
}

void PageScene::setBaselineGrid(bool on) { m_guides->setBaselineGrid(on); }

bool PageScene::baselineGrid() const { return m_guides->baselineGrid(); }

void PageScene::setPixelSize(double px) {
    if (px <= 0 || px == m_px) return;
    m_px = px;
    for (auto& [id, item] : m_frames) item->setPixelSize(px);
}

void PageScene::sync() {
    const auto& doc = m_session->document();
    const auto layout = m_session->layout();
    if (doc.pages.empty()) {
        m_pageItem->setContent(layout, -1, QSizeF());
        m_layoutIndex = -1;
        for (auto& [id, item] : m_frames) delete item;
        m_frames.clear();
        return;
    }
    m_pageIndex = std::clamp(m_pageIndex, 0, static_cast<int>(doc.pages.size()) - 1);
    const model::Page& page = doc.pages[m_pageIndex];
    const QSizeF size(toScene(page.width), toScene(page.height));

    int layoutIndex = -1;
    for (size_t i = 0; i < layout->pages.size(); ++i)
        if (layout->pages[i].pageId == page.id) layoutIndex = static_cast<int>(i);
    m_layoutIndex = layoutIndex;
    m_pageItem->setContent(layout, layoutIndex, size);
    m_guides->setPage(page);
    setSceneRect(
        QRectF(QPointF(0, 0), size).adjusted(-kDeskMargin, -kDeskMargin, kDeskMargin, kDeskMargin));

    // Frame overlays, reused by id so that a drag in progress keeps its item.
    std::map<std::string, FrameItem*> next;
    if (layoutIndex >= 0) {
        for (const auto& box : layout->pages[layoutIndex].frames) {
            if (box.kind == page::FrameBox::Kind::Label) continue;
            int overset = 0;
            if (const auto* f = findArticleFrame(page, box.frameId); f && isLastInChain(doc, *f)) {
                if (auto it = layout->fits.find(box.articleId); it != layout->fits.end())
                    overset = it->second.oversetChars;
            }
            FrameItem* item;
            if (auto it = m_frames.find(box.frameId); it != m_frames.end()) {
                item = it->second;
                m_frames.erase(it);
            } else {
                item = new FrameItem;
                item->setPixelSize(m_px);
                addItem(item);
            }
            item->setBox(box, overset);
            item->setVisible(!m_preview);
            next.emplace(box.frameId, item);
        }
    }
    for (auto& [id, item] : m_frames) delete item;
    m_frames = std::move(next);
    const bool hadSelection = !m_selected.empty();
    if (!m_frames.count(m_selected)) m_selected.clear();
    for (auto& [id, item] : m_frames) item->setSelectedFrame(id == m_selected);
    if (hadSelection && m_selected.empty()) emitSelection();
}

std::string PageScene::frameAt(QPointF pos) const {
    // Topmost = last in the layout's frame list, the order in which the page is painted.
    const auto& layout = m_session->layout();
    if (m_layoutIndex < 0 || m_layoutIndex >= static_cast<int>(layout->pages.size())) return {};
    std::string hit;
    for (const auto& box : layout->pages[m_layoutIndex].frames) {
        if (!m_frames.count(box.frameId)) continue;
        for (const auto& r : box.rects)
            if (toQRectF(r).contains(pos)) hit = box.frameId;
    }
    return hit;
}

Handle PageScene::handleAt(QPointF pos) const {
    auto it = m_frames.find(m_selected);
    if (it == m_frames.end()) return Handle::None;
    const QRectF r = it->second->frameRect();
    // Handles never cover more than a quarter of a small frame (or of one seen from far away),
    // so the body stays grabbable for moving.
    const double reach = std::min(kHandlePixels * m_px, std::min(r.width(), r.height()) / 4);
    for (int i = 0; i < 8; ++i) {
        const QPointF c = FrameItem::handleCentre(r, i);
        if (std::abs(pos.x() - c.x()) <= reach && std::abs(pos.y() - c.y()) <= reach)
            return kHandles[i];
    }
    return r.contains(pos) ? Handle::Body : Handle::None;
}

bool PageScene::beginDrag(QPointF pos) {
    const auto& doc = m_session->document();
    if (doc.pages.empty()) return false;
    const model::Page& page = doc.pages[m_pageIndex];
    Handle handle = handleAt(pos);
    if (handle == Handle::None || handle == Handle::Body) {
        const std::string id = frameAt(pos);
        selectFrame(id);
        if (id.empty()) return false;
        handle = Handle::Body;
    }
    Drag d;
    d.frameId = m_selected;
    if (const auto* f = findArticleFrame(page, d.frameId)) {
        d.origin = frameBounds(*f);
    } else if (const auto* im = findImageFrame(page, d.frameId)) {
        d.origin = im->area;
        d.image = true;
    } else {
        return false;
    }
    d.active = true;
    d.handle = handle;
    d.start = pos;
    d.last = d.origin;
    d.gesture = m_session->beginGesture();
    m_drag = d;
    return true;
}

model::Edit PageScene::stepEdit(const model::Page& page, const model::GridRect& target) const {
    if (m_drag.image) return model::MoveImage{page.id, m_drag.frameId, target};
    if (m_drag.handle == Handle::Body) return model::MoveFrame{page.id, m_drag.frameId, -1, target};
    model::ResizeFrame resize{page.id, m_drag.frameId, -1, target};
    const auto* f = findArticleFrame(page, m_drag.frameId);
    // A one-rect frame whose text columns follow its base columns keeps doing so; any other
    // frame keeps its text columns (and the step is refused if they no longer fit).
    if (!f || f->rects.size() != 1) return resize;
    const model::FrameRect& r = f->rects[0];
    if (r.measureMilliEm || r.textColumns != r.area.span || target.span == r.area.span)
        return resize;
    model::SetTextColumns columns{page.id, m_drag.frameId, -1, target.span, std::nullopt};
    model::Batch batch;
    // Narrowing: fewer text columns first, so that every intermediate state is valid.
    if (target.span < r.area.span)
        batch.edits = {columns, resize};
    else
        batch.edits = {resize, columns};
    return batch;
}

void PageScene::dragTo(QPointF pos) {
    if (!m_drag.active) return;
    const auto& doc = m_session->document();
    if (m_pageIndex >= static_cast<int>(doc.pages.size())) return;
    const model::Page& page = doc.pages[m_pageIndex];
    const model::GridRect target =
        m_drag.handle == Handle::Body
            ? movedBy(page, m_drag.origin, fromScene(pos.x() - m_drag.start.x()),
                      fromScene(pos.y() - m_drag.start.y()))
            : resizedTo(page, m_drag.origin, m_drag.handle, fromQPointF(pos));
    // Relayout only when the snapped rect changes, not on every pixel.
    if (target == m_drag.last) return;
    const QString error = m_session->apply(stepEdit(page, target), m_drag.gesture);
    if (!error.isEmpty()) {
        emit message(error);
        return;
    }
    m_drag.last = target;
    ++m_drag.steps;
}

void PageScene::endDrag() { m_drag.active = false; }

Result<std::string> PageScene::dropArticle(const std::string& articleId, QPointF pos) {
    m_dropGhost->setVisible(false);
    auto placed = placeArticleAt(*m_session, articleId, m_pageIndex, fromQPointF(pos));
    if (placed) selectFrame(*placed);
    return placed;
}

void PageScene::updateCursor(QPointF pos) {
    Handle h = m_preview ? Handle::None : handleAt(pos);
    if (h == Handle::None && !m_preview && !frameAt(pos).empty()) h = Handle::Body;
    for (QGraphicsView* v : views()) v->viewport()->setCursor(cursorFor(h));
}

void PageScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_preview) {
        event->ignore();
        return;
    }
    beginDrag(event->scenePos());
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
    if (auto it = m_frames.find(id); it != m_frames.end() && !it->second->box().articleId.empty())
        emit frameActivated(toQString(it->second->box().articleId));
    event->accept();
}

void PageScene::showDropGhost(QPointF pos) {
    const auto& doc = m_session->document();
    if (doc.pages.empty()) return;
    const model::Page& page = doc.pages[m_pageIndex];
    const Point p = fromQPointF(pos);
    model::GridRect g;
    g.span = std::min(kDefaultDropSpan, page.grid.columns);
    g.column = std::min(columnAt(page, p.x), page.grid.columns - g.span);
    g.line = lineAt(page, p.y);
    g.lines = std::min(12, model::gridLines(page) - g.line);
    m_dropGhost->setRect(toQRectF(model::gridRectToPage(page, g)));
    m_dropGhost->setVisible(true);
}

void PageScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    if (!event->mimeData()->hasFormat(kArticleMime) || m_preview) {
        event->ignore();
        return;
    }
    showDropGhost(event->scenePos());
    event->acceptProposedAction();
}

void PageScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    if (!event->mimeData()->hasFormat(kArticleMime) || m_preview) {
        event->ignore();
        return;
    }
    showDropGhost(event->scenePos());
    event->acceptProposedAction();
}

void PageScene::dragLeaveEvent(QGraphicsSceneDragDropEvent* event) {
    m_dropGhost->setVisible(false);
    event->accept();
}

void PageScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    m_dropGhost->setVisible(false);
    if (!event->mimeData()->hasFormat(kArticleMime)) {
        event->ignore();
        return;
    }
    const std::string id = event->mimeData()->data(kArticleMime).toStdString();
    auto placed = dropArticle(id, event->scenePos());
    if (!placed) emit message(toQString(placed.error()));
    event->acceptProposedAction();
}

void PageScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, QColor(128, 128, 128));
    const QRectF page = pageRect();
    if (page.isEmpty()) return;
    // A soft drop shadow, a few pixels whatever the zoom.
    const double d = 4 * m_px;
    painter->fillRect(page.translated(d, d), QColor(0, 0, 0, 70));
}

}  // namespace bm::gui
