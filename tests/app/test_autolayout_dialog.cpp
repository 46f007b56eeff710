// SPDX-License-Identifier: MIT
// 版面 ▸ 自动组版 in the editor: the dialog on the seed page emptied of its stories proposes
// layouts drawn by the renderer, applies one as a single undo step with no overlap, and keeps
// its candidates across an undo so a second apply needs no new search.
#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include "app_test_support.h"
#include "gui/autolayout_dialog.h"
#include "gui/autolayout_messages.h"
#include "gui/editor_session.h"
#include "gui/main_window.h"
#include "gui/zh_translator.h"
#include "layout/model/serialize.h"
#include "layout/place/occupancy.h"

using namespace bm;

namespace {

/// The seed page with every story taken off it (and the label and rules, which the search
/// does not cut around yet): its 报眉 and the two photos stay, their files next to it.
model::Document emptiedSeedPage() {
    auto doc = model::loadDocument(testing::seedPagePath());
    if (!doc) FAIL(doc.error());
    for (auto& p : doc->pages) {
        p.articleFrames.clear();
        p.labels.clear();
        p.rules.clear();
    }
    return std::move(*doc);
}

}  // namespace

TEST_CASE("自动组版 dialog: compute, apply as one undo step, undo, apply again",
          "[gui][autolayout]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    const model::Document empty = emptiedSeedPage();
    w.session()->resetDocument(empty, QString::fromStdString(testing::seedPagePath()));
    gui::AutoLayoutDialog* dialog = w.openAutoLayout();
    REQUIRE(dialog);
    // Every unplaced story is ticked; the longest (the speech) is the lead.
    REQUIRE(dialog->storyList()->topLevelItemCount() == static_cast<int>(empty.articles.size()));
    for (int i = 0; i < dialog->storyList()->topLevelItemCount(); ++i)
        CHECK(dialog->storyList()->topLevelItem(i)->checkState(0) == Qt::Checked);

    const int n = dialog->compute();
    INFO(dialog->statusLabel()->text().toStdString());
    REQUIRE(n > 0);
    REQUIRE(dialog->candidateList()->count() == n);
    // Thumbnails are real renderings: a page-shaped image with ink on it.
    const QIcon icon = dialog->candidateList()->item(0)->icon();
    REQUIRE(!icon.isNull());
    const QImage thumb = icon.pixmap(dialog->candidateList()->iconSize()).toImage();
    CHECK(thumb.height() > thumb.width());
    int dark = 0;
    for (int y = 0; y < thumb.height(); y += 2)
        for (int x = 0; x < thumb.width(); x += 2)
            if (qGray(thumb.pixel(x, y)) < 128) ++dark;
    CHECK(dark > 100);
    // The score's components are on show (fill, fit effort, hierarchy, balance).
    const QString tip = dialog->candidateList()->item(0)->toolTip();
    for (const char* part : {"fill", "fit effort", "hierarchy", "balance"})
        CHECK(tip.contains(QString::fromUtf8(part)));

    const int steps = w.session()->undoStack()->count();
    REQUIRE(dialog->apply(0).isEmpty());
    CHECK(w.session()->undoStack()->count() == steps + 1);
    CHECK(w.session()->undoStack()->text(steps) == QStringLiteral("Auto layout"));
    const auto& page = w.session()->document().pages[0];
    CHECK(page.articleFrames.size() == empty.articles.size());
    CHECK(place::pageOccupancy(w.session()->document(), page).overlaps.empty());
    for (const auto& [id, fit] : w.session()->layout()->fits) {
        INFO(id);
        CHECK(fit.placed);
        CHECK(fit.oversetChars == 0);
    }
    const model::Document applied = w.session()->document();

    // One undo restores the emptied page exactly.
    w.session()->undoStack()->undo();
    CHECK(w.session()->document() == empty);

    // Opened again on the same document the candidates are still there: apply without a search.
    dialog = w.openAutoLayout();
    REQUIRE(dialog->candidateCount() == n);
    REQUIRE(dialog->apply(0).isEmpty());
    CHECK(w.session()->document() == applied);

    // After a change by hand the old candidates are refused.
    w.session()->undoStack()->undo();
    REQUIRE(w.session()->apply(model::RemoveArticle{"guoxue-society"}).isEmpty());
    CHECK(!dialog->apply(0).isEmpty());
}

TEST_CASE("自动组版 dialog: the search runs on a worker thread and 取消 stops it",
          "[gui][autolayout]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    const model::Document empty = emptiedSeedPage();
    w.session()->resetDocument(empty, QString::fromStdString(testing::seedPagePath()));
    gui::AutoLayoutDialog* dialog = w.openAutoLayout();
    REQUIRE(dialog);
    int done = 0;
    QEventLoop loop;
    QObject::connect(dialog, &gui::AutoLayoutDialog::computed, &loop, [&] {
        ++done;
        loop.quit();
    });
    REQUIRE(dialog->startCompute());
    // The call returned at once: the search is still running, with a progress bar and 取消.
    CHECK(dialog->computing());
    CHECK(!dialog->progressBar()->isHidden());
    CHECK(dialog->cancelButton()->isEnabled());
    CHECK(!dialog->startCompute());  // one search at a time
    dialog->cancelCompute();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);  // a hang fails below, not forever
    loop.exec();
    REQUIRE(done == 1);
    CHECK(!dialog->computing());
    CHECK(dialog->candidateCount() == 0);
    CHECK(dialog->progressBar()->isHidden());
    CHECK(dialog->statusLabel()->text().startsWith(QStringLiteral("Cancelled")));
    // The document is untouched, and a search after the cancelled one completes.
    CHECK(w.session()->document() == empty);
    CHECK(dialog->compute() > 0);
}

TEST_CASE("自动组版: the engine's refusals read wholly in Chinese", "[gui][autolayout]") {
    testing::app();
    gui::ZhTranslator zh;
    QCoreApplication::installTranslator(&zh);
    const QString pinwheel = gui::autoLayoutMessage(
        "the fixed items label a-1, image ad-2 leave a free area that no straight cut divides "
        "into rectangles (a pinwheel); move one of them");
    const QString tooMuch = gui::autoLayoutMessage(
        "the stories need 900–1200 column-lines (frames and photos, without the lines between "
        "them); the free area has 824 (8 columns × 103 lines) and no arrangement tiles it");
    const QString unknown = gui::autoLayoutMessage("something new went wrong");
    QCoreApplication::removeTranslator(&zh);
    CHECK(pinwheel ==
          QStringLiteral("固定元素 标签 a-1、图片 ad-2 把空白区围成风车形，任何直线都切不出矩形；"
                         "请移动其中一个"));
    CHECK(tooMuch ==
          QStringLiteral("稿件需要 900–1200 栏行，空白区有 824 栏行，没有正好排满的方案；"
                         "请减少或增加稿件"));
    // No English inside the Chinese sentence, whatever the engine said.
    CHECK(!unknown.contains(QStringLiteral("wrong")));
    CHECK(unknown.contains(QStringLiteral("排版引擎出错")));
}

TEST_CASE("自动组版 dialog: reopened after 应用 the candidates stay, greyed, with 重新计算",
          "[gui][autolayout]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    const model::Document empty = emptiedSeedPage();
    w.session()->resetDocument(empty, QString::fromStdString(testing::seedPagePath()));
    gui::AutoLayoutDialog* dialog = w.openAutoLayout();
    REQUIRE(dialog);
    REQUIRE(dialog->setStory(QStringLiteral("job-fair"), true, 2));  // not the default priority
    const int n = dialog->compute();
    REQUIRE(n > 0);
    REQUIRE(dialog->apply(1 < n ? 1 : 0).isEmpty());
    dialog->hide();

    // Reopened on the changed page: the same candidates on show, greyed, not to be applied,
    // with a note naming the applied layout and a button to search again.
    dialog = w.openAutoLayout();
    CHECK(dialog->stale());
    REQUIRE(dialog->candidateCount() == n);
    REQUIRE(dialog->candidateList()->count() == n);
    for (int i = 0; i < n; ++i)
        CHECK(!(dialog->candidateList()->item(i)->flags() & Qt::ItemIsEnabled));
    CHECK(!dialog->againButton()->isHidden());
    CHECK(dialog->statusLabel()->text().contains(QStringLiteral("changed")));
    CHECK(dialog->statusLabel()->text().contains(QString::number(1 < n ? 2 : 1)));
    const model::Document applied = w.session()->document();
    CHECK(!dialog->apply(0).isEmpty());
    CHECK(w.session()->document() == applied);

    // The stories of that search are ticked again (all placed now), with their priorities, so
    // 重新计算 repeats it on the page as it is: live candidates again.
    int ticked = 0;
    for (int i = 0; i < dialog->storyList()->topLevelItemCount(); ++i)
        ticked += dialog->storyList()->topLevelItem(i)->checkState(0) == Qt::Checked;
    CHECK(ticked == static_cast<int>(empty.articles.size()));
    for (int i = 0; i < dialog->storyList()->topLevelItemCount(); ++i) {
        auto* item = dialog->storyList()->topLevelItem(i);
        if (item->data(0, Qt::UserRole + 1).toString() != QStringLiteral("job-fair")) continue;
        auto* box = qobject_cast<QSpinBox*>(dialog->storyList()->itemWidget(item, 3));
        REQUIRE(box);
        CHECK(box->value() == 2);
    }
    QEventLoop loop;
    QObject::connect(dialog, &gui::AutoLayoutDialog::computed, &loop, &QEventLoop::quit);
    dialog->againButton()->click();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(!dialog->stale());
    CHECK(dialog->againButton()->isHidden());
    REQUIRE(dialog->candidateCount() > 0);
    CHECK((dialog->candidateList()->item(0)->flags() & Qt::ItemIsEnabled));
    REQUIRE(dialog->apply(0).isEmpty());
    CHECK(place::pageOccupancy(w.session()->document(), w.session()->document().pages[0])
              .overlaps.empty());

    // An undo back to the document the candidates were computed for makes them live again.
    dialog->hide();
    w.session()->undoStack()->undo();
    dialog = w.openAutoLayout();
    CHECK(!dialog->stale());
    CHECK(dialog->againButton()->isHidden());
    CHECK(dialog->apply(0).isEmpty());
}
