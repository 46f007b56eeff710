// SPDX-License-Identifier: MIT
#pragma once
// The printed content of one page: white paper and the page's display list. A new snapshot of
// the same page repaints only the area that changed (display_diff); every repaint replays the
// display list items in the exposed area (no item cache: see page_item.cpp).
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
