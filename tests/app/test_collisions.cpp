// SPDX-License-Identifier: MIT
// Frames never collide in the editor: drops go where the planner says (or are refused), moves
// and resizes stop at neighbours, overlaps loaded from a file are hatched; 自动紧排 is one step.
#include <QLineEdit>
#include <QListWidget>
#include <catch2/catch.hpp>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/editor_session.h"
#include "gui/gesture.h"
#include "gui/grid_math.h"
#include "gui/inspector.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/pages_panel.h"
#include "gui/qt_convert.h"
#include "layout/place/occupancy.h"

using namespace bm;
using bm::testing::cellCentre;

namespace {

size_t overlapsOf(const model::Document& doc) {
    size_t n = 0;
    for (const auto& p : doc.pages) n += place::pageOccupancy(doc, p).overlaps.size();
    return n;
}

}  // namespace

TEST_CASE("six drops at one point give one frame and five refusals, never an overlap",
          "[gui][drop][collide]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    int placed = 0, refused = 0;
    for (const char* id : {"speech", "library-books", "job-fair", "tree-warming", "guoxue-society",
                           "platform-economy"}) {
        auto r = w.scene()->dropArticle(id, cellCentre(page, 2, 20));
        if (r) {
            ++placed;
        } else {
            ++refused;
            CHECK_THAT(r.error(), Catch::Contains("is taken by the story speech (frame f1)"));
        }
        CHECK(overlapsOf(w.session()->document()) == 0);
    }
    CHECK(placed == 1);
    CHECK(refused == 5);
    CHECK(w.session()->undoStack()->count() == 1);
}

TEST_CASE("a story dropped again continues in a frame of its own, through the same planner",
          "[gui][drop][collide]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    // A first frame too short for the speech.
    auto first = w.scene()->dropArticle("speech", cellCentre(page, 0, 0));
    REQUIRE(first);
    REQUIRE(w.session()
                ->apply(model::ResizeFrame{page.id, *first, -1, model::GridRect{0, 4, 0, 20}})
                .isEmpty());
    // Dropped again onto its own first frame: refused like any other drop onto a frame.
    auto onto = w.scene()->dropArticle("speech", cellCentre(page, 1, 5));
    REQUIRE_FALSE(onto);
    CHECK_THAT(onto.error(), Catch::Contains("is taken by the story speech"));
    // Onto free space below it: a continuation frame (no title block), never overlapping.
    auto more = w.scene()->dropArticle("speech", cellCentre(page, 0, 30));
    REQUIRE(more);
    const model::ArticleFrame& cont = w.session()->document().pages[0].articleFrames.back();
    CHECK(cont.id == *more);
    CHECK(cont.sequence == 1);
    CHECK_FALSE(cont.showHeadline);
    CHECK(cont.rects[0].area.line >= 20);
    CHECK(overlapsOf(w.session()->document()) == 0);
}

TEST_CASE("a moved or resized frame stops at its neighbour", "[gui][drag][collide]") {
    model::Document doc = testing::seedArticlesDocument();
    model::Page& page = doc.pages[0];
    auto frame = [](const char* id, const char* article, int column) {
        model::ArticleFrame f;
        f.id = id;
        f.articleId = article;
        f.rects.push_back({model::GridRect{column, 2, 0, 10}, 2, std::nullopt});
        return f;
    };
    page.articleFrames = {frame("a", "job-fair", 0), frame("b", "tree-warming", 4)};

    // Dragged 4 columns right, frame a ends against b (columns 3-4, b starts at 5).
    const Point start{model::columnX(page, 0) + 1000, model::lineTop(page, 2)};
    const gui::Gesture move = gui::makeGesture(page, {"a"}, gui::Handle::Body, start);
    const Point far{start.x + 4 * gui::columnPitch(page), start.y};
    CHECK(gui::gestureTarget(page, move, far).columns == 2);
    // Into free space beyond the neighbour's reach, or down below it, it goes where asked.
    const Point below{start.x + 4 * gui::columnPitch(page), start.y + 12 * page.grid.pitch()};
    const gui::GestureTarget down = gui::gestureTarget(page, move, below);
    CHECK(down.columns == 4);
    CHECK(down.lines == 12);

    // The right edge dragged over b stops at b's left edge.
    const gui::Gesture resize = gui::makeGesture(page, {"a"}, gui::Handle::Right, start);
    const Point wide{model::columnX(page, 6) + 1000, start.y};
    const gui::GestureTarget t = gui::gestureTarget(page, resize, wide);
    CHECK(t.rect.column == 0);
    CHECK(t.rect.span == 4);

    // An overlap loaded from a file does not pin the frames: they can be dragged apart.
    page.articleFrames[1].rects[0].area.column = 1;
    const gui::Gesture apart = gui::makeGesture(page, {"a"}, gui::Handle::Body, start);
    CHECK(
        gui::gestureTarget(page, apart, Point{start.x + gui::columnPitch(page), start.y}).columns ==
        1);
}

TEST_CASE("overlapping items are hatched on the canvas", "[gui][collide]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    model::Document doc = testing::seedArticlesDocument();
    model::ArticleFrame a;
    a.id = "a";
    a.articleId = "job-fair";
    a.rects.push_back({model::GridRect{0, 3, 0, 20}, 3, std::nullopt});
    model::ArticleFrame b = a;
    b.id = "b";
    b.articleId = "tree-warming";
    b.rects[0].area.column = 2;
    doc.pages[0].articleFrames = {a, b};
    w.session()->resetDocument(doc, QString());
    CHECK(w.scene()->overlapMarks() == 1);
    // The bin and the page list say it too, in red.
    CHECK(w.bin()->stateText(QStringLiteral("job-fair")) == QStringLiteral("Overlaps"));
    CHECK(w.bin()->stateText(QStringLiteral("tree-warming")) == QStringLiteral("Overlaps"));
    auto* pages = w.pagesPanel()->findChild<QListWidget*>();
    REQUIRE(pages);
    CHECK(pages->item(0)->text().contains(QStringLiteral("1 overlap")));
    // Moved apart (one undo step), the hatching goes.
    REQUIRE(w.session()
                ->apply(model::ResizeFrame{doc.pages[0].id, "b", 0, model::GridRect{4, 3, 0, 20}})
                .isEmpty());
    CHECK(w.scene()->overlapMarks() == 0);
    CHECK(w.bin()->stateText(QStringLiteral("job-fair")) != QStringLiteral("Overlaps"));
    CHECK_FALSE(pages->item(0)->text().contains(QStringLiteral("overlap")));
}

TEST_CASE("a move held at a neighbour says which one in the status bar", "[gui][collide]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    model::Document doc = testing::seedArticlesDocument();
    model::ArticleFrame a;
    a.id = "a";
    a.articleId = "job-fair";
    a.rects.push_back({model::GridRect{0, 2, 0, 20}, 2, std::nullopt});
    model::ArticleFrame b = a;
    b.id = "b";
    b.articleId = "tree-warming";
    b.rects[0].area.column = 2;
    doc.pages[0].articleFrames = {a, b};
    w.session()->resetDocument(doc, QString());
    w.scene()->selectFrame("a");
    QStringList messages;
    QObject::connect(w.scene(), &gui::PageScene::message,
                     [&](const QString& text) { messages << text; });
    // → against b: nothing moves, and the status bar names b.
    CHECK_FALSE(w.scene()->nudgeSelection(1, 0));
    CHECK(w.session()->document().pages[0].articleFrames[0].rects[0].area.column == 0);
    REQUIRE(messages.count() == 1);
    const QString text = messages.at(0);
    CHECK(text.contains(QStringLiteral("Stopped at the edge of")));
    CHECK(text.contains(QStringLiteral("tree-warming")));
    // ↓ into free space: moves, says nothing.
    CHECK(w.scene()->nudgeSelection(0, 1));
    CHECK(messages.count() == 1);
}

TEST_CASE("the inspector edits an article's title block, one undo step per field",
          "[gui][inspector]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("tree-warming", cellCentre(page, 1, 5));
    REQUIRE(placed);
    w.scene()->selectFrame(*placed);
    auto field = [&](const char* key) {
        auto* e = w.inspector()->findChild<QLineEdit*>(QString::fromLatin1(key));
        REQUIRE(e);
        return e;
    };
    const int before = w.session()->undoStack()->count();
    field("byline")->setText(QStringLiteral("记者 李伟伟"));
    emit field("byline")->editingFinished();
    field("subheadline")->setText(QStringLiteral("全市新建 / 改建道路十条"));
    emit field("subheadline")->editingFinished();
    const model::Article& a = *w.session()->document().article("tree-warming");
    CHECK(a.byline == u"记者 李伟伟");
    CHECK(a.subheadline == u"全市新建\n改建道路十条");
    CHECK(w.session()->undoStack()->count() == before + 2);
    // Leaving a field unchanged commits nothing.
    emit field("byline")->editingFinished();
    CHECK(w.session()->undoStack()->count() == before + 2);
    w.session()->undoStack()->undo();
    CHECK(w.session()->document().article("tree-warming")->subheadline.empty());
    CHECK(field("subheadline")->text().isEmpty());
}
