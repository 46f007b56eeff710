// SPDX-License-Identifier: MIT
// The canvas's state: the shown page, its overlays rebuilt from the document, the selection.
// Mouse and drop handling: page_scene_input.cpp.
#include "gui/page_scene.h"

#include <QGraphicsRectItem>
#include <QPainter>
#include <algorithm>

#include "gui/display_painter.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/guides_item.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/page_item.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

constexpr double kDeskMargin = 36;  // pt of grey desk around the page

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

PageScene::PageScene(EditorSession* session, QObject* parent)
    : QGraphicsScene(parent),
      m_session(session),
      m_painter(std::make_unique<DisplayPainter>(session->fonts())),
      m_pageItem(new PageItem(m_painter.get())),
      m_guides(new GuidesItem),
      m_dropGhost(new QGraphicsRectItem),
      m_band(new QGraphicsRectItem),
      m_panOutline(new QGraphicsRectItem) {
    // A fixed-size scene: BSP indexing buys nothing for a few dozen items and costs on updates.
    setItemIndexMethod(NoIndex);
    addItem(m_pageItem);
    addItem(m_guides);
    m_dropGhost->setPen(QPen(QColor(20, 110, 255), 0, Qt::DashLine));
    m_dropGhost->setBrush(QColor(20, 110, 255, 40));
    m_dropGhost->setZValue(5);
    m_dropGhost->setVisible(false);
    addItem(m_dropGhost);
    m_band->setPen(QPen(QColor(20, 110, 255), 0, Qt::DotLine));
    m_band->setBrush(QColor(20, 110, 255, 25));
    m_band->setZValue(6);
    m_band->setVisible(false);
    addItem(m_band);
    // Picture mode: the whole picture, cropped parts included (InDesign shows it the same way).
    m_panOutline->setPen(QPen(QColor(230, 120, 0), 0, Qt::DashLine));
    m_panOutline->setBrush(Qt::NoBrush);
    m_panOutline->setZValue(6);
    m_panOutline->setVisible(false);
    addItem(m_panOutline);
    connect(session, &EditorSession::documentChanged, this, &PageScene::sync);
    connect(session, &EditorSession::documentReset, this, [this] {
        endPicturePan();
        m_selection.clear();
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
    if (m_drag.active) endDrag();
    endPicturePan();
    m_pageIndex = index;
    m_selection.clear();
    sync();
    emitSelection();
}

const model::Page* PageScene::page() const {
    const auto& pages = m_session->document().pages;
    if (m_pageIndex < 0 || m_pageIndex >= static_cast<int>(pages.size())) return nullptr;
    return &pages[m_pageIndex];
}

QRectF PageScene::pageRect() const { return m_pageItem->boundingRect(); }

std::string PageScene::selectedFrame() const {
    return m_selection.empty() ? std::string() : m_selection.back();
}

void PageScene::setSelection(std::vector<std::string> ids) {
    std::vector<std::string> valid;
    for (auto& id : ids)
        if (m_frames.count(id) && !contains(valid, id)) valid.push_back(std::move(id));
    if (valid == m_selection) return;
    if (!m_pan.id.empty() && valid != std::vector<std::string>{m_pan.id}) endPicturePan();
    m_selection = std::move(valid);
    syncSelectionMarks();
    emitSelection();
}

void PageScene::selectFrame(const std::string& frameId) {
    setSelection(frameId.empty() ? std::vector<std::string>{} : std::vector<std::string>{frameId});
}

void PageScene::toggleSelected(const std::string& frameId) {
    std::vector<std::string> next = m_selection;
    if (auto it = std::find(next.begin(), next.end(), frameId); it != next.end())
        next.erase(it);
    else
        next.push_back(frameId);
    setSelection(std::move(next));
}

void PageScene::selectInRect(const QRectF& rect, bool add) {
    std::vector<std::string> next = add ? m_selection : std::vector<std::string>{};
    const model::Page* p = page();
    if (p)
        for (const auto& o : model::pageObjects(*p))
            if (rect.contains(toQRectF(o.bounds)) && !contains(next, o.id)) next.push_back(o.id);
    setSelection(std::move(next));
}

void PageScene::selectAll() {
    std::vector<std::string> all;
    if (const model::Page* p = page())
        for (const auto& o : model::pageObjects(*p)) all.push_back(o.id);
    setSelection(std::move(all));
}

void PageScene::syncSelectionMarks() {
    for (auto& [id, item] : m_frames) {
        item->setSelectedFrame(contains(m_selection, id));
        item->setShowHandles(m_selection.size() == 1);
    }
}

void PageScene::emitSelection() {
    QString article;
    const std::string primary = selectedFrame();
    if (auto it = m_frames.find(primary); it != m_frames.end())
        article = toQString(it->second->object().articleId);
    emit frameSelected(toQString(primary), article);
    emit selectionChanged();
}

bool PageScene::deleteSelected() {
    const model::Page* p = page();
    if (m_selection.empty() || !p) return false;
    model::Batch batch;
    int locked = 0;
    for (const auto& o : model::pageObjects(*p)) {
        if (!contains(m_selection, o.id)) continue;
        if (o.locked) {
            ++locked;
            continue;
        }
        switch (o.kind) {
            case model::ObjectKind::Article:
                batch.edits.push_back(model::RemoveFrame{p->id, o.id});
                break;
            case model::ObjectKind::Image:
                batch.edits.push_back(model::RemoveImage{p->id, o.id});
                break;
            case model::ObjectKind::Label:
                batch.edits.push_back(model::RemoveLabel{p->id, o.id});
                break;
            case model::ObjectKind::Rule:
                batch.edits.push_back(model::RemoveRule{p->id, o.id});
                break;
        }
    }
    if (locked > 0) emit message(lockedMessage(locked));
    if (batch.edits.empty()) return false;
    const model::Edit edit =
        batch.edits.size() == 1 ? batch.edits.front() : model::Edit(std::move(batch));
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        return false;
    }
    return true;
}

void PageScene::setTool(Tool tool) {
    if (m_drag.active) endDrag();
    m_tool = tool;
}

void PageScene::setPreview(bool on) {
    m_preview = on;
    if (on && m_drag.active) endDrag();
    if (on) endPicturePan();
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
        if (!m_selection.empty()) {
            m_selection.clear();
            emitSelection();
        }
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

    // One overlay per object of the document's page (never of a stale layout), reused by id
    // so that a drag in progress keeps its item; text columns and overset come from the layout.
    std::map<std::string, const page::FrameBox*> boxes;
    if (layoutIndex >= 0)
        for (const auto& box : layout->pages[layoutIndex].frames) boxes[box.frameId] = &box;
    std::map<std::string, FrameItem*> next;
    int z = 0;
    for (const auto& object : model::pageObjects(page)) {
        std::vector<Rect> columns;
        int overset = 0;
        if (auto b = boxes.find(object.id); b != boxes.end()) columns = b->second->columns;
        if (const auto* f = findArticleFrame(page, object.id); f && isLastInChain(doc, *f))
            if (auto it = layout->fits.find(f->articleId); it != layout->fits.end())
                overset = it->second.oversetChars;
        FrameItem* item;
        if (auto it = m_frames.find(object.id); it != m_frames.end()) {
            item = it->second;
            m_frames.erase(it);
        } else {
            item = new FrameItem;
            item->setPixelSize(m_px);
            addItem(item);
        }
        item->setObject(object, std::move(columns), overset);
        item->setZValue(2 + 0.001 * z++);
        item->setVisible(!m_preview);
        next.emplace(object.id, item);
    }
    for (auto& [id, item] : m_frames) delete item;
    m_frames = std::move(next);
    const size_t before = m_selection.size();
    std::erase_if(m_selection, [this](const std::string& id) { return !m_frames.count(id); });
    syncSelectionMarks();
    if (!m_pan.id.empty()) syncPanOutline();
    if (m_selection.size() != before) emitSelection();
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
