// SPDX-License-Identifier: MIT
#pragma once
// The view on the page canvas: zoom (fit page, fit width, 100 % = true size on screen, steps,
// Ctrl+wheel around the cursor) and panning (space + drag, or the middle mouse button).
#include <QGraphicsView>

namespace bm::gui {

class PageScene;

class PageView : public QGraphicsView {
    Q_OBJECT
public:
    enum class Fit { None, Page, Width };

    explicit PageView(PageScene* scene, QWidget* parent = nullptr);

    /// 1.0 = 100 %: the page at its printed size on this screen.
    double zoom() const;
    void setZoom(double zoom);
    void fitPage();
    void fitWidth();
    void actualSize() { setZoom(1.0); }
    void zoomIn();
    void zoomOut();
    Fit fitMode() const { return m_fit; }

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    double pixelsPerPoint() const;
    void applyScale(double scale);
    void fitRect(const QRectF& r, Fit mode);

    PageScene* m_scene;
    Fit m_fit = Fit::Page;
    bool m_panning = false;
    QPoint m_panLast;
};

}  // namespace bm::gui
