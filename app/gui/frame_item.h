// SPDX-License-Identifier: MIT
#pragma once
// The editing overlay of one object of the page (article frame, picture, label, rule or box):
// its outline, the selection handles, a lock mark, and for an article that does not fit, a red
// marker with the overset count (+N字). Visual only: the scene does the hit testing and
// dragging, so an item can be replaced under a running drag safely.
#include <QGraphicsItem>
#include <QString>
#include <vector>

#include "layout/model/page_objects.h"

namespace bm::gui {

class FrameItem : public QGraphicsItem {
public:
    FrameItem();

    /// The object as the document has it, its text columns (article frames, from the layout)
    /// and its overset 字 (0 = fits).
    void setObject(const model::PageObject& object, std::vector<Rect> columns, int oversetChars);
    const model::PageObject& object() const { return m_object; }
    const std::string& id() const { return m_object.id; }
    int oversetChars() const { return m_overset; }
    void setSelectedFrame(bool on);
    bool selectedFrame() const { return m_selected; }
    /// Handles are shown on the one selected object (several selected: outlines only).
    void setShowHandles(bool on);
    /// Scene units per device pixel, so that handles and markers keep their screen size.
    void setPixelSize(double px);
    /// Bounding rect of the object's rects (scene units).
    QRectF frameRect() const { return m_bounds; }
    /// Centres of the eight handles (corners, then edge middles) in Handle order.
    static QPointF handleCentre(const QRectF& r, int i);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF markerRect() const;
    QString markerText() const;

    model::PageObject m_object;
    std::vector<Rect> m_columns;
    QRectF m_bounds;
    int m_overset = 0;
    bool m_selected = false;
    bool m_handles = false;
    double m_px = 1;
};

/// Handle size on screen, pixels.
constexpr double kHandlePixels = 8;

}  // namespace bm::gui
