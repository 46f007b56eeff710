// SPDX-License-Identifier: MIT
#include "gui/page_item.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "gui/display_diff.h"
#include "gui/display_painter.h"

namespace bm::gui {

PageItem::PageItem(DisplayPainter* painter) : m_painter(painter) {
    setFlag(ItemUsesExtendedStyleOption);
    // No item cache: Qt's DeviceCoordinateCache re-renders a partly invalidated pixmap wrongly
    // and left stale glyphs and lines on screen after drags and undos (the "ghost" outlines
    // and ladders of lines). The changed area is repainted from the display list instead,
    // which the glyph mask cache keeps cheap.
    setCacheMode(NoCache);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

void PageItem::setContent(std::shared_ptr<const page::DocumentLayout> layout, int index,
                          QSizeF size) {
    // Repaint only what changed (a moved or edited frame), unless the page itself changed.
    QRectF dirty;
    const bool samePage = size == m_size && m_layout && layout && m_index >= 0 && index >= 0 &&
                          m_index < static_cast<int>(m_layout->pages.size()) &&
                          index < static_cast<int>(layout->pages.size()) &&
                          m_layout->pages[m_index].pageId == layout->pages[index].pageId;
    if (samePage)
        dirty = changedArea(m_layout->pages[m_index].display, layout->pages[index].display);
    if (size != m_size) prepareGeometryChange();
    m_layout = std::move(layout);
    m_index = index;
    m_size = size;
    if (!samePage)
        update();
    else if (!dirty.isNull())
        update(dirty.intersected(boundingRect()));
}

QRectF PageItem::boundingRect() const { return QRectF(QPointF(0, 0), m_size); }

void PageItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const QRectF page = boundingRect();
    painter->fillRect(option->exposedRect.isNull() ? page : option->exposedRect.intersected(page),
                      Qt::white);
    if (!m_layout || m_index < 0 || m_index >= static_cast<int>(m_layout->pages.size())) return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    m_painter->paint(*painter, m_layout->pages[m_index].display, option->exposedRect);
}

}  // namespace bm::gui
