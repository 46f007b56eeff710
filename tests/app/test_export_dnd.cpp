// SPDX-License-Identifier: MIT
// The real drag-and-drop chain (view → scene → placement), Ctrl+wheel zoom, and the menu's
// PNG/PDF export.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QWheelEvent>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"

using namespace bm;

TEST_CASE("an article dropped on the view lands under the cursor", "[gui][drop]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    w.resize(1400, 900);
    w.show();
    QCoreApplication::processEvents();
    w.view()->fitPage();
    const model::Page& page = w.session()->document().pages[0];
    const QPointF scenePos(gui::toScene(model::columnX(page, 4) + 20000),
                           gui::toScene(model::lineTop(page, 30) + 3000));
    const QPoint viewPos = w.view()->mapFromScene(scenePos);

    QMimeData mime;
    mime.setData(gui::kArticleMime, QByteArray("tree-warming"));
    QDragEnterEvent enter(viewPos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view()->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(viewPos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view()->viewport(), &move);
    QDropEvent drop(QPointF(viewPos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.view()->viewport(), &drop);

    const auto& frames = w.session()->document().pages[0].articleFrames;
    REQUIRE(frames.size() == 1);
    CHECK(frames[0].articleId == "tree-warming");
    CHECK(frames[0].rects[0].area.column == 4);
    CHECK(frames[0].rects[0].area.line == 30);
    CHECK(w.session()->layout()->fits.at("tree-warming").placed);
}

TEST_CASE("Ctrl+wheel zooms, the wheel alone scrolls", "[gui][view]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    w.resize(1400, 900);
    w.show();
    QCoreApplication::processEvents();
    w.view()->actualSize();
    const QPointF at(200, 200);
    QWheelEvent zoom(at, w.view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                     Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w.view()->viewport(), &zoom);
    CHECK(w.view()->zoom() == Approx(1.25));
    QWheelEvent scroll(at, w.view()->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w.view()->viewport(), &scroll);
    CHECK(w.view()->zoom() == Approx(1.25));
}

TEST_CASE("Export PNG and PDF write the files the command line would", "[gui][export]") {
    testing::app();
    QTemporaryDir dir;
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    w.session()->resetDocument(testing::seedArticlesDocument(), QString());
    const model::Page& page = w.session()->document().pages[0];
    REQUIRE(w.scene()->dropArticle("job-fair", QPointF(gui::toScene(page.typeArea.x + 1000),
                                                       gui::toScene(page.typeArea.y + 1000))));
    const QString png = dir.filePath(QStringLiteral("page.png"));
    const QString pdf = dir.filePath(QStringLiteral("issue.pdf"));
    REQUIRE(w.exportPngTo(png, 72));
    REQUIRE(w.exportPdfTo(pdf));
    QFile p(png), d(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    REQUIRE(d.open(QIODevice::ReadOnly));
    CHECK(p.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    CHECK(d.read(5) == QByteArray("%PDF-"));
    CHECK(prompts.errors.isEmpty());
    // A failed export is reported, not thrown.
    CHECK_FALSE(w.exportPdfTo(dir.filePath(QStringLiteral("no/such/dir/x.pdf"))));
    CHECK(prompts.errors.size() == 1);
}
