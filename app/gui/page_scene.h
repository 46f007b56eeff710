// SPDX-License-Identifier: MIT
#pragma once
// The page canvas: one page of the document (1 scene unit = 1 pt) with its printed content,
// guides and one overlay per object of the page (article frames, pictures, labels, rules), plus
// the mouse work on it: select (click, Shift-click, rubber band, click again or Alt-click to
// reach an object under another), move and resize on the grid (one undo step per drag,
// relayout on each grid step), draw rules, boxes and labels, and drop articles and pictures.
// The overlays are rebuilt from the document after every change, so the canvas shows exactly
// the document. The interaction has a public API so the tests drive exactly what the mouse does.
#include <QGraphicsScene>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gui/gesture.h"
#include "gui/grid_math.h"
#include "layout/base/result.h"
#include "layout/model/edit.h"
#include "layout/model/page_objects.h"
#include "layout/page/image_placement.h"

class QGraphicsRectItem;
class QGraphicsLineItem;

class QGraphicsSimpleTextItem;

namespace bm::gui {

class DisplayPainter;
class EditorSession;
class FrameItem;
class GuidesItem;
class PageItem;

/// MIME type of an article dragged from the bin: the article id in UTF-8.
inline constexpr const char* kArticleMime = "application/x-banmian-article";

/// What a drag on empty page (or anywhere, for the drawing tools) does.
enum class Tool { Select, Rule, Box, Label };

class PageScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit PageScene(EditorSession* session, QObject* parent = nullptr);
    ~PageScene() override;

    int pageIndex() const { return m_pageIndex; }
    /// Overlapping areas hatched red on the shown page.
    size_t overlapMarks() const { return m_overlapMarks.size(); }
    void setPageIndex(int index);
    /// The shown page (nullptr when the document has none).
    const model::Page* page() const;
    /// The page's trim box in scene units.
    QRectF pageRect() const;

    // --- Selection (ids of objects on the shown page, in the order they were selected). ---
    const std::vector<std::string>& selection() const { return m_selection; }
    /// The object the inspector shows: the last one selected ("" for none).
    std::string selectedFrame() const;
    void selectFrame(const std::string& frameId);
    void setSelection(std::vector<std::string> ids);
    void toggleSelected(const std::string& frameId);
    /// Selects the objects that lie inside `rect` (scene units); `add` keeps the selection.
    void selectInRect(const QRectF& rect, bool add);
    void selectAll();
    /// Removes the selected objects (one undo step). Locked ones stay (and are reported).
    bool deleteSelected();

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }

    void setPreview(bool on);
    bool preview() const { return m_preview; }
    void setBaselineGrid(bool on);
    bool baselineGrid() const;
    /// Scene units per device pixel (set by the view when the zoom changes).
    void setPixelSize(double px);
    double pixelSize() const { return m_px; }

    DisplayPainter& displayPainter() { return *m_painter; }
    /// The overlays, by object id (what the canvas shows; tests compare it with the document).
    const std::map<std::string, FrameItem*>& overlays() const { return m_frames; }

    // --- What the mouse does (also the test API); points in scene units. ---
    /// Drops article `articleId` at `pos`: a new frame sized to fit. Returns the frame id.
    Result<std::string> dropArticle(const std::string& articleId, QPointF pos);
    /// Places picture files at `pos` (one undo step); over an empty article-free spot a 3-column
    /// frame, over an article frame its columns. Returns the new image ids.
    Result<std::vector<std::string>> dropPictures(const QStringList& paths, QPointF pos);
    /// Every object under `pos`, topmost first.
    std::vector<std::string> objectsAt(QPointF pos) const;
    /// The topmost object under `pos`; "" for none.
    std::string frameAt(QPointF pos) const;
    /// The handle of the single selected object under `pos`.
    Handle handleAt(QPointF pos) const;
    /// A click at `pos` as the mouse does it: Shift toggles, Alt picks the object under the
    /// selected one, a click on the selected object picks the next one under it on release.
    /// Starts a drag (move, resize, rubber band or drawing tool). Returns true when a drag began.
    bool beginDrag(QPointF pos, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// Moves the drag to `pos`; applies an edit only when the snapped target changes.
    void dragTo(QPointF pos);
    void endDrag();
    bool dragging() const { return m_drag.active; }
    /// Edits applied (= relayouts) during the current or last drag.
    int dragSteps() const { return m_drag.steps; }
    /// Moves the selection by whole grid steps (columns, lines; rules by `ruleDx/Dy` mpt).
    bool nudgeSelection(int columns, int lines);

    // --- Picture mode (a double click on a photo): a drag inside the frame moves the picture in
    // it, the wheel zooms it; everything until the mode ends is one undo step. ---
    /// Enters picture mode for image frame `frameId` (false for a placeholder, a locked frame or
    /// a picture that cannot be read, with a message).
    bool beginPicturePan(const std::string& frameId);
    void endPicturePan();
    /// The image frame in picture mode ("" when none).
    const std::string& pannedPicture() const { return m_pan.id; }
    /// Zooms the picture by `steps` wheel notches (10 % each; negative zooms out).
    bool zoomPicture(double steps);

signals:
    /// The selection changed: the primary object and its article ("" when nothing is selected).
    void frameSelected(const QString& frameId, const QString& articleId);
    void selectionChanged();
    /// A double click on a frame: edit its text.
    void frameActivated(const QString& articleId);
    /// An edit was refused (shown in the status bar).
    void message(const QString& text);
    /// A drawing tool finished (the window goes back to the selection tool).
    void toolFinished();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void wheelEvent(QGraphicsSceneWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    enum class DragKind { None, Move, Resize, Band, Draw, Pan };
    struct Drag {
        bool active = false;
        DragKind kind = DragKind::None;
        Gesture gesture;
        QPointF start;
        std::string cycleFrom;  // a click on the selected object: pick the next one on release
        bool moved = false;
        GestureTarget last;  // the target applied last (an unchanged one is not applied again)
        bool haveLast = false;
        int number = 0;  // undo gesture number
        int steps = 0;
        std::string heldBy;  // the neighbour the status bar last named (named once per stop)
    };

    /// Picture mode: the frame, the picture's upright size, the fit when the drag began.
    struct Pan {
        std::string id;
        int number = 0;  // undo gesture number of the whole visit
        Rect frame;      // the picture's frame on the page (mpt)
        double srcW = 0, srcH = 0;
        bool vector = false;
        page::ImageFit startFit;
        page::PlacedRect startPlaced;
    };

    void sync();
    std::string documentDir() const;
    bool beginPanDrag(QPointF pos);
    void panTo(QPointF pos);
    bool applyPictureFit(const page::ImageFit& fit);
    page::PlacedRect panPlacement(const page::ImageFit& fit) const;
    void reportPicture(const model::ImageFrame& im);
    void syncPanOutline();
    void syncSelectionMarks();
    void updateCursor(QPointF pos);
    void showDropGhost(QPointF pos);
    /// The frame the planner will create for `articleId` at `pos` (+N字 when it cannot fit), or
    /// a red ghost and the reason in the status bar when the drop would be refused.
    void showArticleGhost(QPointF pos, const std::string& articleId);
    /// Red hatching over the overlapping areas of the shown page (items printed on each other).
    void syncOverlaps();
    void emitSelection();
    bool beginDraw(QPointF pos);
    void finishDraw(QPointF pos);
    void applyGestureStep(QPointF pos);
    QRectF drawRect(QPointF pos) const;

    EditorSession* m_session;
    std::unique_ptr<DisplayPainter> m_painter;
    PageItem* m_pageItem;
    GuidesItem* m_guides;
    QGraphicsRectItem* m_dropGhost;
    QGraphicsSimpleTextItem* m_dropGhostLabel = nullptr;
    std::string m_ghostKey;  // article, page, cell of the ghost shown (replanned when it changes)
    std::vector<QGraphicsItem*> m_overlapMarks;
    QGraphicsRectItem* m_band;
    QGraphicsRectItem* m_panOutline;
    std::map<std::string, FrameItem*> m_frames;
    int m_pageIndex = 0;
    int m_layoutIndex = -1;  // the shown page in the layout snapshot
    std::vector<std::string> m_selection;
    Tool m_tool = Tool::Select;
    bool m_preview = false;
    double m_px = 1;
    Drag m_drag;
    Pan m_pan;
    QPointF m_lastPointer;  // where the current drag last was
};

}  // namespace bm::gui
