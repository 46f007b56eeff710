// SPDX-License-Identifier: MIT
// Moving and resizing frames with the mouse: snapping, live reflow, overset, one undo step.
#include <catch2/catch.hpp>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/grid_math.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"

using namespace bm;
using bm::testing::cellCentre;

namespace {

model::GridRect boundsOf(gui::MainWindow& w, const std::string& frameId) {
    const auto* f = gui::findArticleFrame(w.session()->document().pages[0], frameId);
    REQUIRE(f);
    return gui::frameBounds(*f);
}

}  // namespace

TEST_CASE("moving a frame snaps to the grid, reflows, and is one undo step", "[gui][drag]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("tree-warming", cellCentre(page, 1, 5));
    REQUIRE(placed);
    const model::Document afterDrop = w.session()->document();
    const model::GridRect before = boundsOf(w, *placed);
    const int commands = w.session()->undoStack()->count();

    // Grab the frame body and drag it 2 columns right and 7 lines down, in small pixel steps.
    const QPointF start = cellCentre(page, before.column, before.line + 2);
    REQUIRE(w.scene()->beginDrag(start));
    const double dx = gui::toScene(2 * gui::columnPitch(page));
    const double dy = gui::toScene(7 * page.grid.pitch());
    for (int i = 1; i <= 40; ++i) w.scene()->dragTo(start + QPointF(dx * i / 40, dy * i / 40));
    w.scene()->endDrag();

    const model::GridRect after = boundsOf(w, *placed);
    CHECK(after.column == before.column + 2);
    CHECK(after.line == before.line + 7);
    CHECK(after.span == before.span);
    CHECK(after.lines == before.lines);
    // Relayout once per grid step, not per pixel (at most 2 + 7 steps, fewer when diagonal).
    CHECK(w.scene()->dragSteps() >= 1);
    CHECK(w.scene()->dragSteps() <= 9);
    CHECK(w.session()->undoStack()->count() == commands + 1);
    // The text moved with the frame.
    const auto layout = w.session()->layout();
    bool found = false;
    for (const auto& box : layout->pages[0].frames)
        if (box.frameId == *placed) {
            found = true;
            CHECK(gui::toScene(box.rects[0].x) ==
                  Approx(gui::toScene(model::columnX(page, after.column))));
        }
    CHECK(found);

    w.session()->undoStack()->undo();
    CHECK(w.session()->document() == afterDrop);
    w.session()->undoStack()->redo();
    CHECK(boundsOf(w, *placed) == after);

    // A second drag of the same frame is a second undo step.
    REQUIRE(w.scene()->beginDrag(cellCentre(page, after.column, after.line + 1)));
    w.scene()->dragTo(cellCentre(page, after.column, after.line + 4));
    w.scene()->endDrag();
    CHECK(w.session()->undoStack()->count() == commands + 2);
}

TEST_CASE("resizing a frame reflows and shows overset on the frame and in the bin", "[gui][drag]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("job-fair", cellCentre(page, 0, 0));
    REQUIRE(placed);
    const model::Document afterDrop = w.session()->document();
    const model::GridRect before = boundsOf(w, *placed);
    REQUIRE(w.session()->layout()->fits.at("job-fair").oversetChars == 0);
    const int commands = w.session()->undoStack()->count();

    // Bottom handle up by half the frame: the text no longer fits.
    const QRectF r = gui::toQRectF(model::gridRectToPage(page, before));
    const QPointF bottom(r.center().x(), r.bottom());
    REQUIRE(w.scene()->handleAt(bottom) == gui::Handle::Bottom);
    REQUIRE(w.scene()->beginDrag(bottom));
    const double target = r.top() + r.height() / 2;
    for (int i = 1; i <= 20; ++i)
        w.scene()->dragTo(QPointF(bottom.x(), bottom.y() + (target - bottom.y()) * i / 20));
    w.scene()->endDrag();
    const model::GridRect shorter = boundsOf(w, *placed);
    CHECK(shorter.line == before.line);
    CHECK(shorter.lines < before.lines);
    CHECK(shorter.lines >= before.lines / 2 - 1);
    const page::ArticleFit fit = w.session()->layout()->fits.at("job-fair");
    CHECK(fit.oversetChars > 0);
    CHECK(w.bin()->stateText(QStringLiteral("job-fair")) ==
          gui::ArticleBin::tr("Overset +%1").arg(fit.oversetChars));
    bool marker = false;
    for (auto* item : w.scene()->items())
        if (auto* f = dynamic_cast<gui::FrameItem*>(item); f && f->id() == *placed)
            marker = f->oversetChars() == fit.oversetChars;
    CHECK(marker);
    CHECK(w.session()->undoStack()->count() == commands + 1);

    // Widening by one column (right handle): text columns follow, the frame fits again once
    // it is also tall enough.
    const QRectF r2 = gui::toQRectF(model::gridRectToPage(page, shorter));
    const QPointF right(r2.right(), r2.center().y());
    w.scene()->selectFrame(*placed);
    REQUIRE(w.scene()->handleAt(right) == gui::Handle::Right);
    REQUIRE(w.scene()->beginDrag(right));
    w.scene()->dragTo(right + QPointF(gui::toScene(gui::columnPitch(page)), 0));
    w.scene()->endDrag();
    const model::GridRect wider = boundsOf(w, *placed);
    CHECK(wider.span == shorter.span + 1);
    const auto* frame = gui::findArticleFrame(w.session()->document().pages[0], *placed);
    CHECK(frame->rects[0].textColumns == wider.span);
    CHECK(w.session()->layout()->fits.at("job-fair").oversetChars < fit.oversetChars);

    // Undo both drags: exactly the document after the drop.
    w.session()->undoStack()->undo();
    w.session()->undoStack()->undo();
    CHECK(w.session()->document() == afterDrop);
    CHECK(w.session()->layout()->fits.at("job-fair").oversetChars == 0);
}

TEST_CASE("Delete removes the selected frame; clicking empty page clears the selection",
          "[gui][drag]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("guoxue-society", cellCentre(page, 4, 30));
    REQUIRE(placed);
    w.scene()->beginDrag(cellCentre(page, 0, 0));  // empty page: a rubber band
    w.scene()->endDrag();
    CHECK(w.scene()->selectedFrame().empty());
    w.scene()->selectFrame(*placed);
    REQUIRE(w.scene()->deleteSelected());
    CHECK(w.session()->document().pages[0].articleFrames.empty());
    CHECK_FALSE(w.session()->layout()->fits.at("guoxue-society").placed);
    w.session()->undoStack()->undo();
    CHECK(w.session()->document().pages[0].articleFrames.size() == 1);
}

TEST_CASE("a drag that ends where it started leaves no undo step", "[gui][drag]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("tree-warming", cellCentre(page, 1, 5));
    REQUIRE(placed);
    const model::Document afterDrop = w.session()->document();
    const model::GridRect before = boundsOf(w, *placed);
    const int commands = w.session()->undoStack()->count();

    // Out 3 lines down (the frame moves live) and back to where it was grabbed.
    const QPointF start = cellCentre(page, before.column, before.line + 2);
    REQUIRE(w.scene()->beginDrag(start));
    const double dy = gui::toScene(3 * page.grid.pitch());
    for (int i = 1; i <= 10; ++i) w.scene()->dragTo(start + QPointF(0, dy * i / 10));
    for (int i = 9; i >= 0; --i) w.scene()->dragTo(start + QPointF(0, dy * i / 10));
    w.scene()->endDrag();

    CHECK(w.scene()->dragSteps() >= 2);
    CHECK(boundsOf(w, *placed) == before);
    CHECK(w.session()->document() == afterDrop);
    // Nothing changed, so nothing to undo: the next undo takes back the drop itself.
    CHECK(w.session()->undoStack()->count() == commands);
}
