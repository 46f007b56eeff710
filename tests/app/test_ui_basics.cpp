// SPDX-License-Identifier: MIT
// Language choice, the Chinese translation table, grid snapping, zoom and preview.
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/guides_item.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/ui_language.h"
#include "gui/zh_translator.h"

using namespace bm;

TEST_CASE("Chinese UI by default, English for an English system or by choice", "[gui][i18n]") {
    using gui::UiLanguage;
    CHECK(gui::chineseUi(UiLanguage::System, QLocale(QLocale::Chinese, QLocale::China)));
    CHECK(gui::chineseUi(UiLanguage::System, QLocale::c()));
    CHECK_FALSE(
        gui::chineseUi(UiLanguage::System, QLocale(QLocale::English, QLocale::UnitedStates)));
    CHECK(gui::chineseUi(UiLanguage::Chinese, QLocale(QLocale::English)));
    CHECK_FALSE(gui::chineseUi(UiLanguage::English, QLocale(QLocale::Chinese)));
}

TEST_CASE("the zh_CN translator covers the menus and states through Qt's tr()", "[gui][i18n]") {
    testing::app();
    gui::ZhTranslator zh;
    CHECK(zh.translate("bm::gui::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    CHECK(zh.translate("bm::gui::ArticleBin", "Overset +%1") == QStringLiteral("超 +%1字"));
    CHECK(zh.translate("bm::model", "Change style caption") == QStringLiteral("修改样式 caption"));
    CHECK(zh.translate("x", "not in the table").isNull());
    QCoreApplication::installTranslator(&zh);
    CHECK(QCoreApplication::translate("bm::gui::ArticleBin", "Unplaced") == QStringLiteral("未排"));
    QCoreApplication::removeTranslator(&zh);
    CHECK(QCoreApplication::translate("bm::gui::ArticleBin", "Unplaced") ==
          QStringLiteral("Unplaced"));
}

TEST_CASE("grid snapping: columns, edges, clamping", "[gui][grid]") {
    const model::Page page = model::duikai8Template();
    const Length pitch = gui::columnPitch(page);
    CHECK(gui::columnAt(page, page.typeArea.x - 5000) == 0);
    CHECK(gui::columnAt(page, model::columnX(page, 3) + 10) == 3);
    CHECK(gui::columnAt(page, page.typeArea.right() + 5000) == page.grid.columns - 1);
    CHECK(gui::lineAt(page, model::lineTop(page, 12) + 100) == 12);
    CHECK(gui::nearestColumnEdge(page, model::columnX(page, 5) - 1000) == 5);
    CHECK(gui::nearestColumnEdge(page, model::columnX(page, 4) + model::columnsWidth(page, 1)) ==
          5);
    const model::GridRect r{2, 3, 10, 20};
    CHECK(gui::movedBy(page, r, pitch * 2 / 5, 0) == r);  // less than half a column: no move
    CHECK(gui::movedBy(page, r, pitch * 3 / 5, 0).column == 3);
    CHECK(gui::movedBy(page, r, pitch * 40, 0).column == page.grid.columns - 3);
    CHECK(gui::movedBy(page, r, 0, -page.grid.pitch() * 50).line == 0);
    const auto bigger = gui::resizedTo(page, r, gui::Handle::BottomRight,
                                       {model::columnX(page, 6) + model::columnsWidth(page, 1),
                                        model::lineTop(page, 39) + page.grid.bodySize});
    CHECK(bigger == model::GridRect{2, 5, 10, 30});
    const auto tiny = gui::resizedTo(page, r, gui::Handle::Left, {page.typeArea.right(), 0});
    CHECK(tiny.span == 1);
    CHECK(tiny.column == 4);
}

TEST_CASE("zoom steps, fit and preview", "[gui][view]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    w.resize(1400, 900);
    w.show();
    QCoreApplication::processEvents();
    w.view()->actualSize();
    CHECK(w.view()->zoom() == Approx(1.0));
    w.view()->zoomIn();
    CHECK(w.view()->zoom() == Approx(1.25));
    w.view()->zoomOut();
    w.view()->zoomOut();
    CHECK(w.view()->zoom() == Approx(0.8));
    w.view()->fitPage();
    const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
    CHECK(visible.contains(w.scene()->pageRect()));
    w.view()->fitWidth();
    CHECK(w.view()->fitMode() == gui::PageView::Fit::Width);

    w.setPreview(true);
    for (auto* item : w.scene()->items())
        if (dynamic_cast<gui::GuidesItem*>(item)) CHECK_FALSE(item->isVisible());
    w.setPreview(false);
    for (auto* item : w.scene()->items())
        if (dynamic_cast<gui::GuidesItem*>(item)) CHECK(item->isVisible());
}
