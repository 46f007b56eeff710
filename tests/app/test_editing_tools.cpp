// SPDX-License-Identifier: MIT
// The editor's everyday tools as a page editor uses them: pictures (place, select inside an
// article, inspect, relink), page set-up, copy/paste/duplicate, nudge, lock, align, the single
// undo history of the 正文 dock, the bin asking before removing a placed article, exports of
// any page, and messages that say what to do.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QUndoStack>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/editor_session.h"
#include "gui/export_dialog.h"
#include "gui/inspector.h"
#include "gui/inspector_section.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "gui/text_panel.h"
#include "gui/zh_translator.h"
#include "layout/model/arrange.h"
#include "layout/model/page_objects.h"
#include "layout/model/page_setup.h"

using namespace bm;

namespace {

QPointF cell(const model::Page& page, int column, int line) {
    return QPointF(gui::toScene(model::columnX(page, column) + 1000),
                   gui::toScene(model::lineTop(page, line) + 1000));
}

QString writePicture(const QTemporaryDir& dir, const QString& name, int w, int h) {
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor(90, 120, 160));
    const QString path = dir.filePath(name);
    REQUIRE(img.save(path));
    return path;
}

using Editor = testing::SeedEditor;

}  // namespace

TEST_CASE("a picture placed in an article frame is selected first, then the frame",
          "[gui][pictures]") {
    Editor e;
    QTemporaryDir dir;
    const QString photo = writePicture(dir, QStringLiteral("photo.jpg"), 1200, 800);
    auto frame = e.w.scene()->dropArticle("job-fair", cell(e.page(), 0, 0));
    REQUIRE(frame);
    e.w.scene()->selectFrame(*frame);
    REQUIRE(e.w.placePictures({photo}));
    REQUIRE(e.page().images.size() == 1);
    const model::ImageFrame im = e.page().images[0];
    CHECK(e.w.scene()->selectedFrame() == im.id);
    CHECK(QString::fromStdString(im.path) == photo);  // no document folder: absolute
    // 3 columns wide at 3:2, plus two caption lines.
    const double width = gui::toScene(model::columnsWidth(e.page(), im.area.span));
    CHECK(im.area.lines - im.captionLines ==
          Approx(width * 2 / 3 / gui::toScene(e.page().grid.pitch())).margin(1));

    // A click on the picture inside the frame selects the picture; the next click the frame;
    // Alt-click goes under the selected one.
    const QPointF inPicture = gui::toQRectF(model::gridRectToPage(e.page(), im.area)).center();
    e.w.scene()->selectFrame({});
    e.w.scene()->beginDrag(inPicture);
    e.w.scene()->endDrag();
    CHECK(e.w.scene()->selectedFrame() == im.id);
    e.w.scene()->beginDrag(inPicture);
    e.w.scene()->endDrag();
    CHECK(e.w.scene()->selectedFrame() == *frame);
    e.w.scene()->beginDrag(inPicture, Qt::AltModifier);
    e.w.scene()->endDrag();
    CHECK(e.w.scene()->selectedFrame() == im.id);

    // The inspector shows the picture: found, its pixels and effective ppi; caption and credit
    // edit it; a relink to a file that is not there shows it missing.
    gui::PictureSection* section = e.w.inspector()->pictureSection();
    REQUIRE(section->isVisibleTo(e.w.inspector()));
    CHECK(section->linkStatus() == gui::PictureSection::tr("Found"));
    const auto labels = section->findChildren<QLabel*>();
    bool ppi = false;
    for (auto* l : labels) ppi = ppi || l->text().contains(QStringLiteral("1200 × 800"));
    CHECK(ppi);
    REQUIRE(section->relink(dir.filePath(QStringLiteral("gone.jpg"))));
    CHECK(section->linkStatus().startsWith(
        gui::PictureSection::tr("Missing: %1 is not there; relink it").left(7)));
    e.w.session()->undoStack()->undo();
    CHECK(e.page().images[0].path == im.path);
}

TEST_CASE("page set-up edits the 报眉 and 版次, and the running head redraws", "[gui][setup]") {
    Editor e;
    REQUIRE(
        e.w.session()
            ->apply(model::SetPageSetup{
                e.page().id, 7, model::PageHeader{true, u"滨州晚报", u"2024年11月1日", u"要闻"}})
            .isEmpty());
    bool paper = false, number = false;
    for (const auto& line : e.w.session()->layout()->pages[0].lines) {
        paper = paper || line.text == u"滨州晚报";
        number = number || line.text.find(u"第7版") != std::u16string::npos;
    }
    CHECK(paper);
    CHECK(number);
    // A new document from the set-up dialog's engine function keeps its preset.
    auto sikai = model::documentFromSetup(model::pagePresets()[1], {}, 1);
    REQUIRE(sikai);
    e.w.session()->resetDocument(*sikai, QString());
    CHECK(e.page().grid.columns == 6);
}

TEST_CASE("copy, paste between documents, duplicate, nudge, lock and align", "[gui][objects]") {
    Editor a;
    auto f = a.w.scene()->dropArticle("tree-warming", cell(a.page(), 0, 0));
    REQUIRE(f);
    a.w.scene()->selectFrame(*f);
    // Duplicate: a new frame one column and line away, showing a copy of the article.
    REQUIRE(a.w.duplicateSelection());
    REQUIRE(a.page().articleFrames.size() == 2);
    const model::ArticleFrame dup = a.page().articleFrames[1];
    CHECK(dup.articleId != "tree-warming");
    CHECK(model::frameGridBounds(dup).column ==
          model::frameGridBounds(a.page().articleFrames[0]).column + 1);
    // Arrow nudge: one column right.
    a.w.scene()->selectFrame(dup.id);
    const int before = model::frameGridBounds(dup).column;
    REQUIRE(a.w.scene()->nudgeSelection(1, 0));
    CHECK(model::frameGridBounds(*gui::findArticleFrame(a.page(), dup.id)).column == before + 1);
    // Locked: neither nudged nor deleted (and the user is told).
    a.w.toggleLock();
    CHECK(gui::findArticleFrame(a.page(), dup.id)->locked);
    CHECK_FALSE(a.w.scene()->nudgeSelection(1, 0));
    CHECK_FALSE(a.w.scene()->deleteSelected());
    CHECK(gui::findArticleFrame(a.page(), dup.id));
    a.w.toggleLock();
    // Align the two frames' left edges.
    a.w.scene()->setSelection({*f, dup.id});
    auto align = model::alignEdit(a.page(), a.w.scene()->selection(), model::AlignMode::Left);
    REQUIRE(align);
    REQUIRE(a.w.session()->apply(*align).isEmpty());
    CHECK(model::frameGridBounds(a.page().articleFrames[0]).column ==
          model::frameGridBounds(a.page().articleFrames[1]).column);

    // Copy into another document: the article comes along.
    a.w.scene()->selectFrame(*f);
    a.w.copySelection(false);
    testing::TestPrompts prompts;
    gui::MainWindow b(prompts.make());
    b.session()->resetDocument(model::newDocument(), QString());
    REQUIRE(b.paste());
    REQUIRE(b.session()->document().pages[0].articleFrames.size() == 1);
    CHECK(b.session()->document().article("tree-warming") != nullptr);
    CHECK(b.session()->document().article("tree-warming")->paragraphs ==
          a.w.session()->document().article("tree-warming")->paragraphs);
}

TEST_CASE("the 正文 dock's typing is one step of the document's undo, and Ctrl+Z undoes it",
          "[gui][undo]") {
    Editor e;
    REQUIRE(e.w.scene()->dropArticle("job-fair", cell(e.page(), 0, 0)));
    const model::Document placed = e.w.session()->document();
    const int commands = e.w.session()->undoStack()->count();
    gui::TextPanel* panel = e.w.textPanel();
    panel->setArticle(QStringLiteral("job-fair"));
    QPlainTextEdit* editor = panel->editor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QStringLiteral("补充"));
    panel->flush();
    editor->insertPlainText(QStringLiteral("一句。"));
    panel->flush();
    CHECK(e.w.session()->undoStack()->count() == commands + 1);  // one burst, one step
    CHECK(e.w.session()->document() != placed);
    QKeyEvent undo(QEvent::KeyPress, Qt::Key_Z, Qt::ControlModifier);
    QApplication::sendEvent(editor, &undo);
    CHECK(e.w.session()->document() == placed);
    CHECK_FALSE(editor->toPlainText().contains(QStringLiteral("补充")));
}

TEST_CASE("栏数 in the inspector moves 分栏 with it", "[gui][inspector]") {
    Editor e;
    auto f = e.w.scene()->dropArticle("speech", cell(e.page(), 0, 0));
    REQUIRE(f);
    const auto* frame = gui::findArticleFrame(e.page(), *f);
    REQUIRE(frame->rects[0].textColumns == frame->rects[0].area.span);
    const auto object = model::findObject(e.page(), *f);
    model::GridRect wider = object->area;
    wider.span = 8;
    wider.column = 0;
    REQUIRE(e.w.session()->apply(model::placeOnGridEdit(e.page(), *object, wider)).isEmpty());
    CHECK(gui::findArticleFrame(e.page(), *f)->rects[0].textColumns == 8);
}

TEST_CASE("the bin asks before removing a placed article", "[gui][bin]") {
    Editor e;
    REQUIRE(e.w.scene()->dropArticle("job-fair", cell(e.page(), 0, 0)));
    QString asked;
    e.w.bin()->setConfirm([&](const QString& q) {
        asked = q;
        return false;
    });
    e.w.bin()->selectArticle(QStringLiteral("job-fair"));
    e.w.bin()->removeCurrent();
    CHECK(asked.contains(QStringLiteral("job-fair")));
    CHECK(e.w.session()->document().article("job-fair") != nullptr);
    e.w.bin()->setConfirm([](const QString&) { return true; });
    e.w.bin()->removeCurrent();
    CHECK(e.w.session()->document().article("job-fair") == nullptr);
}

TEST_CASE("exports: any page or all pages as PNG, page ranges, default names", "[gui][export]") {
    CHECK(gui::defaultExportPath(QStringLiteral("滨州日报"), QString(), 3, QStringLiteral("pdf")) ==
          QStringLiteral("滨州日报-第3版.pdf"));
    CHECK(gui::defaultExportPath(QString(), QStringLiteral("/tmp/x/page1.bmdoc.json"), -1,
                                 QStringLiteral("pdf")) == QStringLiteral("/tmp/x/page1.pdf"));
    auto range = gui::parsePageRange(QStringLiteral("1-2, 4"), 4);
    REQUIRE(range);
    CHECK(*range == std::vector<int>{0, 1, 3});
    CHECK_FALSE(gui::parsePageRange(QStringLiteral("2-9"), 4));
    CHECK_FALSE(gui::parsePageRange(QStringLiteral("x"), 4));

    Editor e;
    REQUIRE(e.w.session()->apply(model::AddPage{model::duikai8Template("p2", 2), -1}).isEmpty());
    QTemporaryDir dir;
    gui::ExportSettings s;
    s.path = dir.filePath(QStringLiteral("issue.png"));
    s.pages = {0, 1};
    s.dpi = 20;
    REQUIRE(e.w.exportWith(s, false));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("issue-第1版.png"))));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("issue-第2版.png"))));
}

TEST_CASE("refused edits are explained in Chinese with what to do", "[gui][i18n]") {
    testing::app();
    gui::ZhTranslator zh;
    QCoreApplication::installTranslator(&zh);
    const QString raw = QStringLiteral(
        "frame \"f1\" rects[0]: measureEm: expected at most 13.712 em (3 text column(s) in 3 "
        "base column(s)), got 16");
    const QString shown = gui::explainEditError(raw);
    QCoreApplication::removeTranslator(&zh);
    CHECK(shown.contains(QStringLiteral("栏宽 16 字放不下")));
    CHECK(shown.contains(QStringLiteral("13.712")));
    CHECK_FALSE(shown.contains(QStringLiteral("measureEm")));
}
