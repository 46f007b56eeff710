// SPDX-License-Identifier: MIT
#pragma once
// The printed content of one page: white paper and the page's display list. The item caches
// itself in device coordinates, so repainting the view (scrolling, handles, selection) blits a
// pixmap; the display list is replayed only when the layout snapshot or the zoom changes.
#include <QGraphicsItem>
#include <memory>

#include "layout/page/layout_session.h"

namespace bm::gui {

class DisplayPainter;

class PageItem : public QGraphicsItem {
public:
    explicit PageItem(DisplayPainter* painter);

    /// Shows page `index` of `layout` (trim size from the model page: w × h in points).
    void setContent(std::shared_ptr<const page::DocumentLayout> layout, int index, QSizeF size);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    DisplayPainter* m_painter;
    std::shared_ptr<const page::DocumentLayout> m_layout;
    int m_index = -1;
    QSizeF m_size;
};

}  // namespace bm::gui
