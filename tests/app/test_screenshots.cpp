// SPDX-License-Identifier: MIT
// Not run by default ([.shots]): builds a page from scratch as an editor would (4 开 preset,
// an article, a photo, a rule, a 底纹 box and a 反白 label), and grabs the window, the new
// dialogs and the exported page as PNGs for a person to look at:
//   BM_SHOTS=/tmp/shots build/bin/bm_app_tests "[.shots]"
#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/export_dialog.h"
#include "gui/inspector.h"
#include "gui/new_document_dialog.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"
#include "gui/zh_translator.h"
#include "layout/model/page_setup.h"

using namespace bm;

TEST_CASE("screenshots of a page built from scratch and of the new dialogs", "[.shots]") {
    testing::app();
    const QString out = qEnvironmentVariable("BM_SHOTS", QStringLiteral("."));
    QDir().mkpath(out);
    auto* zh = new gui::ZhTranslator(&testing::app());
    QCoreApplication::installTranslator(zh);

    gui::NewDocumentDialog setup;
    setup.choosePreset(1);
    setup.grab().save(out + QStringLiteral("/new-document-dialog.png"));
    gui::ExportDialog pdf(true, 2, 0, QStringLiteral("滨州日报-第3版.pdf"));
    pdf.grab().save(out + QStringLiteral("/export-pdf-dialog.png"));
    gui::ExportDialog png(false, 2, 0, QStringLiteral("滨州日报-第3版.png"));
    png.grab().save(out + QStringLiteral("/export-png-dialog.png"));

    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    w.resize(1600, 1000);
    w.show();
    auto doc = model::documentFromSetup(
        model::pagePresets()[1],
        model::PageHeader{true, u"滨州日报", u"2024年11月1日 星期五", u"综合新闻"}, 3);
    REQUIRE(doc);
    doc->articles = testing::seedArticlesDocument().articles;
    doc->title = "滨州日报";
    w.session()->resetDocument(*doc, QString());
    const model::Page page = w.session()->document().pages[0];
    auto at = [&](int column, int line) {
        return QPointF(gui::toScene(model::columnX(page, column) + 1000),
                       gui::toScene(model::lineTop(page, line) + 1000));
    };
    // A 反白 label at the top left, a story under it, a photo at its side, a rule and a box.
    w.scene()->setTool(gui::Tool::Label);
    w.scene()->beginDrag(at(0, 0));
    w.scene()->dragTo(at(1, 2));
    w.scene()->endDrag();
    const std::string label = w.scene()->selectedFrame();
    model::LabelFrame l = w.session()->document().pages[0].labels.at(0);
    l.text = u"本地新闻";
    REQUIRE(w.session()->apply(model::SetLabel{page.id, l}).isEmpty());
    REQUIRE(w.scene()->dropArticle("job-fair", at(0, 4)));
    QTemporaryDir dir;
    QImage photo(1600, 1066, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y,
                           qRgb(60 + x * 120 / photo.width(), 110, 180 - y * 100 / photo.height()));
    const QString photoPath = dir.filePath(QStringLiteral("photo.jpg"));
    REQUIRE(photo.save(photoPath));
    auto pics = w.scene()->dropPictures({photoPath}, at(3, 4));
    REQUIRE(pics);
    auto* imgs = &w.session()->document().pages[0].images;
    model::ImageFrame im = imgs->at(0);
    im.caption = u"招聘会现场，求职者在展位前咨询。";
    im.credit = u"记者 卢青 摄";
    REQUIRE(w.session()->apply(model::SetImage{page.id, im}).isEmpty());
    w.scene()->setTool(gui::Tool::Rule);
    w.scene()->beginDrag(at(0, 40));
    w.scene()->dragTo(at(5, 40));
    w.scene()->endDrag();
    w.scene()->setTool(gui::Tool::Box);
    w.scene()->beginDrag(at(3, 44));
    w.scene()->dragTo(at(6, 60));
    w.scene()->endDrag();
    model::RuleFrame box = w.session()->document().pages[0].rules.back();
    box.fillPercent = 12;
    box.width = 750;
    REQUIRE(w.session()->apply(model::SetRule{page.id, box}).isEmpty());
    REQUIRE(w.scene()->dropArticle("library-books", at(3, 45)));
    w.scene()->selectFrame(im.id);
    w.view()->fitPage();
    QApplication::processEvents();
    w.grab().save(out + QStringLiteral("/page-from-scratch-editor.png"));
    gui::ExportSettings s;
    s.path = out + QStringLiteral("/page-from-scratch.png");
    s.pages = {0};
    s.dpi = 100;
    REQUIRE(w.exportWith(s, false));
    QCoreApplication::removeTranslator(zh);
    w.session()->markSaved();
}
