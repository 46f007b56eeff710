// SPDX-License-Identifier: MIT
// Timings, printed and not asserted (machines differ): open + show of the seed page, repaint at
// fit-page zoom (cached and after a relayout), and reflow per grid step during a drag.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <algorithm>
#include <cstdio>
#include <numeric>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"

using namespace bm;

namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

TEST_CASE("timings: open and show, repaint at fit page, reflow during a drag", "[gui][timing]") {
    testing::app();
    testing::TestPrompts prompts;
    const auto t0 = std::chrono::steady_clock::now();
    gui::MainWindow w(prompts.make());
    if (testing::haveSeedPage()) {
        REQUIRE(w.openPath(QString::fromStdString(testing::seedPagePath())));
    } else {
        w.session()->resetDocument(testing::seedArticlesDocument(), QString());
        const model::Page page = w.session()->document().pages[0];
        int column = 0;
        for (const char* id : {"job-fair", "library-books", "tree-warming", "guoxue-society"}) {
            REQUIRE(w.scene()->dropArticle(
                id, QPointF(gui::toScene(model::columnX(page, column) + 1000),
                            gui::toScene(page.typeArea.y + 1000))));
            column += 2;
        }
    }
    w.resize(1600, 1000);
    w.show();
    w.view()->fitPage();
    w.view()->viewport()->repaint();
    QCoreApplication::processEvents();
    const double openShow = testing::msSince(t0);
    REQUIRE(prompts.errors.isEmpty());

    // Repaint with the page cached (scrolling, selection, handles).
    std::vector<double> cached;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        w.view()->viewport()->repaint();
        cached.push_back(t.nsecsElapsed() / 1e6);
    }
    // Repaint after the page content changed (cache invalidated): the display list replayed.
    std::vector<double> full;
    for (int i = 0; i < 5; ++i) {
        w.scene()->update();
        for (auto* item : w.scene()->items()) item->update();
        QElapsedTimer t;
        t.start();
        w.view()->viewport()->repaint();
        full.push_back(t.nsecsElapsed() / 1e6);
    }

    // A drag: move the first frame across four columns and back, one relayout per grid step.
    const auto& doc = w.session()->document();
    const model::Page page = doc.pages[0];
    REQUIRE_FALSE(page.articleFrames.empty());
    const auto& frame = page.articleFrames.front();
    const QRectF r = gui::toQRectF(model::gridRectToPage(page, frame.rects[0].area));
    const QPointF start = r.topLeft() + QPointF(5, 5);
    REQUIRE(w.scene()->beginDrag(start));
    std::vector<double> steps, layouts;
    const double pitch = gui::toScene(gui::columnPitch(page));
    for (int i = 1; i <= 24; ++i) {
        const double dx = pitch * (i <= 12 ? i : 24 - i) / 3.0;
        const int before = w.scene()->dragSteps();
        QElapsedTimer t;
        t.start();
        w.scene()->dragTo(start + QPointF(dx, gui::toScene(page.grid.pitch()) * (i % 3)));
        if (w.scene()->dragSteps() != before) {
            w.view()->viewport()->repaint();  // what the user sees after the step
            steps.push_back(t.nsecsElapsed() / 1e6);
            layouts.push_back(w.session()->lastLayoutMs());
        }
    }
    w.scene()->endDrag();

    std::printf(
        "\n[timing] open + show (%s): %.1f ms\n",
        testing::haveSeedPage() ? "samples/seed-page.bmdoc.json" : "seed articles, 4 dropped",
        openShow);
    std::printf(
        "[timing] repaint at fit page (zoom %.0f%%), page cached: median %.2f ms, max %.2f ms\n",
        w.view()->zoom() * 100, median(cached), *std::max_element(cached.begin(), cached.end()));
    std::printf("[timing] repaint at fit page after a content change: median %.1f ms\n",
                median(full));
    std::printf(
        "[timing] drag: %zu grid steps; relayout median %.1f ms; relayout + repaint median "
        "%.1f ms, max %.1f ms\n",
        steps.size(), median(layouts), median(steps),
        steps.empty() ? 0.0 : *std::max_element(steps.begin(), steps.end()));
    CHECK(steps.size() >= 4);
}
