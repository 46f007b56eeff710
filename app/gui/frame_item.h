// SPDX-License-Identifier: MIT
#pragma once
// The editing overlay of one frame: its outline, the selection handles, and for an article that
// does not fit, a red marker with the overset count (+N字). Visual only: the scene does the
// hit testing and dragging, so an item can be replaced under a running drag safely.
#include <QGraphicsItem>
#include <QString>

#include "layout/page/layout_session.h"

namespace bm::gui {

class FrameItem : public QGraphicsItem {
public:
    FrameItem();

    void setBox(const page::FrameBox& box, int oversetChars);
    const page::FrameBox& box() const { return m_box; }
    int oversetChars() const { return m_overset; }
    void setSelectedFrame(bool on);
    /// Scene units per device pixel, so that handles and markers keep their screen size.
    void setPixelSize(double px);
    /// Bounding rect of the frame's rects (scene units).
    QRectF frameRect() const { return m_bounds; }
    /// Centres of the eight handles (corners, then edge middles) in Handle order.
    static QPointF handleCentre(const QRectF& r, int i);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF markerRect() const;

    page::FrameBox m_box;
    QRectF m_bounds;
    int m_overset = 0;
    bool m_selected = false;
    double m_px = 1;
};

/// Handle size on screen, pixels.
constexpr double kHandlePixels = 8;

}  // namespace bm::gui
