// SPDX-License-Identifier: MIT
#pragma once
// The page canvas: one page of the document (1 scene unit = 1 pt) with its printed content,
// guides and frame overlays, plus the mouse work on it: select, move and resize frames on the
// grid (one undo step per drag, relayout on each grid step), and dropping articles from the
// bin. The interaction has a public API so the tests drive exactly what the mouse does.
#include <QGraphicsScene>
#include <map>
#include <memory>
#include <string>

#include "gui/grid_math.h"
#include "layout/base/result.h"
#include "layout/model/edit.h"

class QGraphicsRectItem;

namespace bm::gui {

class DisplayPainter;
class EditorSession;
class FrameItem;
class GuidesItem;
class PageItem;

/// MIME type of an article dragged from the bin: the article id in UTF-8.
inline constexpr const char* kArticleMime = "application/x-banmian-article";

class PageScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit PageScene(EditorSession* session, QObject* parent = nullptr);
    ~PageScene() override;

    int pageIndex() const { return m_pageIndex; }
    void setPageIndex(int index);
    /// The page's trim box in scene units.
    QRectF pageRect() const;

    const std::string& selectedFrame() const { return m_selected; }
    void selectFrame(const std::string& frameId);
    /// Removes the selected frame (one undo step). False when nothing is selected.
    bool deleteSelected();

    void setPreview(bool on);
    bool preview() const { return m_preview; }
    void setBaselineGrid(bool on);
    bool baselineGrid() const;
    /// Scene units per device pixel (set by the view when the zoom changes).
    void setPixelSize(double px);

    DisplayPainter& displayPainter() { return *m_painter; }

    // --- What the mouse does (also the test API); points in scene units. ---
    /// Drops article `articleId` at `pos`: a new frame sized to fit. Returns the frame id.
    Result<std::string> dropArticle(const std::string& articleId, QPointF pos);
    /// The frame (article or image) under `pos`, topmost first; "" for none.
    std::string frameAt(QPointF pos) const;
    /// The handle of the selected frame under `pos`.
    Handle handleAt(QPointF pos) const;
    /// Starts a drag at `pos`: a handle of the selected frame resizes it, a frame body selects
    /// and moves it. Returns false (and clears the selection) over empty page.
    bool beginDrag(QPointF pos);
    /// Moves the drag to `pos`; applies an edit only when the snapped grid rect changes.
    void dragTo(QPointF pos);
    void endDrag();
    bool dragging() const { return m_drag.active; }
    /// Edits applied (= relayouts) during the current or last drag.
    int dragSteps() const { return m_drag.steps; }

signals:
    /// The selection changed: the frame and its article ("" when nothing is selected).
    void frameSelected(const QString& frameId, const QString& articleId);
    /// A double click on a frame: edit its text.
    void frameActivated(const QString& articleId);
    /// An edit was refused (shown in the status bar).
    void message(const QString& text);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    struct Drag {
        bool active = false;
        std::string frameId;
        bool image = false;
        Handle handle = Handle::None;
        QPointF start;
        model::GridRect origin;
        model::GridRect last;
        int gesture = 0;
        int steps = 0;
    };

    void sync();
    void updateCursor(QPointF pos);
    void showDropGhost(QPointF pos);
    void emitSelection();
    model::Edit stepEdit(const model::Page& page, const model::GridRect& target) const;

    EditorSession* m_session;
    std::unique_ptr<DisplayPainter> m_painter;
    PageItem* m_pageItem;
    GuidesItem* m_guides;
    QGraphicsRectItem* m_dropGhost;
    std::map<std::string, FrameItem*> m_frames;
    int m_pageIndex = 0;
    int m_layoutIndex = -1;  // the shown page in the layout snapshot
    std::string m_selected;
    bool m_preview = false;
    double m_px = 1;
    Drag m_drag;
};

}  // namespace bm::gui
