// SPDX-License-Identifier: MIT
#pragma once
// Non-printing guides of a page: the 版心 (type area) outline, the base columns and, when
// switched on, the baseline grid. Hidden in preview mode.
#include <QGraphicsItem>

#include "layout/model/document.h"

namespace bm::gui {

class GuidesItem : public QGraphicsItem {
public:
    GuidesItem();

    void setPage(const model::Page& page);
    void setBaselineGrid(bool on);
    bool baselineGrid() const { return m_baselines; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    model::Page m_page;
    bool m_baselines = false;
};

}  // namespace bm::gui
