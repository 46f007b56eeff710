// SPDX-License-Identifier: MIT
// The canvas never lies: after every gesture, undo, redo and page switch its overlays are
// exactly the objects of the shown page of the document, and what is on screen equals a paint
// from scratch (no ghost outlines or lines left behind by moved, shrunk or removed frames).
#include <catch2/catch.hpp>

#include <QImage>
#include <QScreen>
#include <QUndoStack>
#include <random>
#include <set>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/grid_math.h"
#include "gui/page_item.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"
#include "layout/model/page_objects.h"

using namespace bm;

namespace {

/// What the user sees: the window's backing store (the offscreen platform keeps it).
QImage onScreen(gui::MainWindow& w) {
    QApplication::processEvents();
    return w.screen()->grabWindow(w.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

/// The same window painted from scratch (every cache dropped).
QImage freshPaint(gui::MainWindow& w) {
    for (auto* item : w.scene()->items()) {
        const auto mode = item->cacheMode();
        item->setCacheMode(QGraphicsItem::NoCache);
        item->setCacheMode(mode);
    }
    w.view()->viewport()->update();
    return onScreen(w);
}

long differingPixels(const QImage& a, const QImage& b) {
    if (a.size() != b.size()) return -1;
    long n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* ra = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) n += ra[x] != rb[x];
    }
    return n;
}

/// Empty when the canvas shows exactly the document's shown page, else what differs.
std::string canvasMismatch(gui::MainWindow& w) {
    const auto& doc = w.session()->document();
    const int pi = w.scene()->pageIndex();
    if (pi < 0 || pi >= static_cast<int>(doc.pages.size())) return "no page shown";
    const model::Page& page = doc.pages[pi];
    std::set<std::string> want;
    for (const auto& a : page.articleFrames) want.insert(a.id);
    for (const auto& im : page.images) want.insert(im.id);
    for (const auto& l : page.labels) want.insert(l.id);
    for (const auto& r : page.rules) want.insert(r.id);
    std::set<std::string> have;
    int itemsInScene = 0;
    for (auto* item : w.scene()->items())
        if (auto* f = dynamic_cast<gui::FrameItem*>(item)) {
            ++itemsInScene;
            have.insert(f->id());
        }
    if (itemsInScene != static_cast<int>(w.scene()->overlays().size()))
        return "stray overlay items: " + std::to_string(itemsInScene);
    if (have != want) return "overlay ids differ from the page's objects";
    auto rectOf = [&](const std::string& id) -> QRectF {
        for (const auto& a : page.articleFrames)
            if (a.id == id) {
                QRectF u;
                for (const auto& r : a.rects)
                    u = u.united(gui::toQRectF(model::gridRectToPage(page, r.area)));
                return u;
            }
        for (const auto& im : page.images)
            if (im.id == id) return gui::toQRectF(model::gridRectToPage(page, im.area));
        for (const auto& l : page.labels)
            if (l.id == id) return gui::toQRectF(model::gridRectToPage(page, l.area));
        return {};
    };
    for (const auto& [id, item] : w.scene()->overlays()) {
        const QRectF want = rectOf(id);
        if (!want.isNull() && item->frameRect() != want)
            return "overlay " + id + " is not where the frame is";
    }
    // The printed content is the layout of this document: its article frames at their places.
    const auto& layout = *w.session()->layout();
    for (const auto& pl : layout.pages) {
        if (pl.pageId != page.id) continue;
        size_t articles = 0;
        for (const auto& box : pl.frames) {
            if (box.kind != page::FrameBox::Kind::Article) continue;
            ++articles;
            QRectF u;
            for (const auto& r : box.rects) u = u.united(gui::toQRectF(r));
            if (u != rectOf(box.frameId)) return "layout of " + box.frameId + " is stale";
        }
        if (articles != page.articleFrames.size()) return "layout frames differ";
        return {};
    }
    return "the page has no layout";
}

QPointF centreOf(const gui::FrameItem* item) { return item->frameRect().center(); }

}  // namespace

TEST_CASE("200 random gestures with undo and redo leave the canvas equal to the document",
          "[gui][truth]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page first = w.session()->document().pages[0];
    auto cell = [&](int column, int line) {
        return QPointF(gui::toScene(model::columnX(first, column) + 1000),
                       gui::toScene(model::lineTop(first, line) + 1000));
    };
    REQUIRE(w.scene()->dropArticle("job-fair", cell(0, 0)));
    REQUIRE(w.scene()->dropArticle("library-books", cell(4, 0)));
    w.scene()->setTool(gui::Tool::Label);
    w.scene()->beginDrag(cell(0, 90));
    w.scene()->dragTo(cell(2, 93));
    w.scene()->endDrag();
    w.scene()->setTool(gui::Tool::Rule);
    w.scene()->beginDrag(cell(3, 80));
    w.scene()->dragTo(cell(6, 80));
    w.scene()->endDrag();
    REQUIRE(w.session()->document().pages[0].labels.size() == 1);
    REQUIRE(w.session()->document().pages[0].rules.size() == 1);
    REQUIRE(canvasMismatch(w).empty());

    std::mt19937 rng(20241101);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    auto* stack = w.session()->undoStack();
    const char* articles[] = {"tree-warming", "guoxue-society", "speech", "platform-economy"};
    int undos = 0, drags = 0, pageSwitches = 0;
    for (int step = 0; step < 200; ++step) {
        const auto& overlays = w.scene()->overlays();
        std::vector<gui::FrameItem*> items;
        for (const auto& [id, item] : overlays) items.push_back(item);
        const int what = pick(10);
        if (what <= 2 && !items.empty()) {  // move (sometimes a multi-selection)
            gui::FrameItem* item = items[pick(static_cast<int>(items.size()))];
            w.scene()->selectFrame(item->id());
            if (pick(3) == 0 && items.size() > 1)
                w.scene()->toggleSelected(items[pick(static_cast<int>(items.size()))]->id());
            const QPointF from = centreOf(item);
            if (w.scene()->beginDrag(from)) {
                const QPointF by(pick(200) - 100, pick(300) - 150);
                for (int i = 1; i <= 4; ++i) w.scene()->dragTo(from + by * i / 4.0);
                w.scene()->endDrag();
                ++drags;
            }
        } else if (what == 3 && !items.empty()) {  // resize from a corner
            gui::FrameItem* item = items[pick(static_cast<int>(items.size()))];
            w.scene()->selectFrame(item->id());
            const QPointF corner = item->frameRect().bottomRight();
            if (w.scene()->handleAt(corner) == gui::Handle::BottomRight &&
                w.scene()->beginDrag(corner)) {
                w.scene()->dragTo(corner + QPointF(pick(120) - 60, pick(200) - 100));
                w.scene()->endDrag();
                ++drags;
            }
        } else if (what == 4 || what == 5) {
            if (stack->canUndo()) stack->undo();
            ++undos;
        } else if (what == 6) {
            if (stack->canRedo()) stack->redo();
        } else if (what == 7 && !items.empty()) {
            w.scene()->selectFrame(items[pick(static_cast<int>(items.size()))]->id());
            w.scene()->deleteSelected();
        } else if (what == 8) {
            if (w.session()->document().pages.size() < 2) {
                model::Page p2 = model::duikai8Template(w.session()->newPageId(), 2);
                REQUIRE(w.session()->apply(model::AddPage{p2, -1}).isEmpty());
            }
            w.showPage(1 - w.scene()->pageIndex());
            ++pageSwitches;
        } else {
            const char* id = articles[pick(4)];
            (void)w.scene()->dropArticle(id, cell(pick(6), pick(60)));
            if (pick(2)) w.scene()->nudgeSelection(pick(3) - 1, pick(5) - 2);
        }
        const std::string mismatch = canvasMismatch(w);
        INFO("step " << step << " (action " << what << ")");
        REQUIRE(mismatch.empty());
    }
    CHECK(drags > 20);
    CHECK(undos > 20);
    CHECK(pageSwitches > 5);
}

TEST_CASE("no stale pixels after shrinking, undoing and deleting frames", "[gui][truth]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    w.show();
    REQUIRE(w.openPath(QString::fromStdString(testing::seedPagePath())));
    w.view()->fitPage();
    onScreen(w);
    const model::Page page = w.session()->document().pages[0];
    const auto& f = page.articleFrames[0];
    const auto b = model::frameGridBounds(f);
    // Shrink the first frame from its bottom handle in ten grid steps, painting each one.
    const QPointF bottom(
        gui::toScene(model::columnX(page, b.column) + model::columnsWidth(page, b.span) / 2),
        gui::toScene(model::lineTop(page, b.line + b.lines) - 200));
    w.scene()->selectFrame(f.id);
    onScreen(w);
    REQUIRE(w.scene()->beginDrag(bottom));
    for (int i = 1; i <= 10; ++i) {
        w.scene()->dragTo(bottom - QPointF(0, gui::toScene(page.grid.pitch()) * i));
        onScreen(w);
    }
    w.scene()->endDrag();
    QImage shown = onScreen(w);
    CHECK(differingPixels(shown, freshPaint(w)) == 0);
    // Twelve undos and a deletion, each painted.
    w.scene()->selectFrame(page.articleFrames[1].id);
    w.scene()->deleteSelected();
    onScreen(w);
    for (int i = 0; i < 12 && w.session()->undoStack()->canUndo(); ++i) {
        w.session()->undoStack()->undo();
        onScreen(w);
    }
    shown = onScreen(w);
    const QImage fresh = freshPaint(w);
    if (differingPixels(shown, fresh) != 0) {
        shown.save(QStringLiteral("canvas-truth-shown.png"));
        fresh.save(QStringLiteral("canvas-truth-fresh.png"));
    }
    CHECK(differingPixels(shown, fresh) == 0);
}
