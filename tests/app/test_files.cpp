// SPDX-License-Identifier: MIT
// Save/open round trip, recent files, autosave and its recovery (answered by the test).
#include <catch2/catch.hpp>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include "app_test_support.h"
#include "gui/autosave.h"
#include "gui/editor_session.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "gui/recent_files.h"

using namespace bm;

namespace {

QPointF topLeftCell(const model::Page& page, int column) {
    return QPointF(gui::toScene(model::columnX(page, column) + 1000),
                   gui::toScene(page.typeArea.y + 1000));
}

/// Makes `path` look older than anything written from now on (file times have whole-ms or
/// coarser resolution).
void ageFile(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                          QFileDevice::FileModificationTime));
}

}  // namespace

TEST_CASE("save and open round trip", "[gui][files]") {
    testing::app();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("issue.bmdoc.json"));
    testing::TestPrompts prompts;
    model::Document saved;
    {
        gui::MainWindow w(prompts.make());
        w.session()->resetDocument(testing::seedArticlesDocument(), QString());
        const model::Page page = w.session()->document().pages[0];
        REQUIRE(w.scene()->dropArticle("job-fair", topLeftCell(page, 0)));
        REQUIRE(w.scene()->dropArticle("guoxue-society", topLeftCell(page, 3)));
        CHECK(w.session()->isModified());
        REQUIRE(w.saveTo(path));
        CHECK_FALSE(w.session()->isModified());
        CHECK(w.session()->path() == path);
        CHECK(gui::recentFiles().contains(path));
        saved = w.session()->document();
    }
    gui::MainWindow w2(prompts.make());
    REQUIRE(w2.openPath(path));
    CHECK(w2.session()->document() == saved);
    CHECK_FALSE(w2.session()->isModified());
    CHECK(w2.session()->layout()->fits.at("job-fair").placed);

    // A failed save reports the problem and keeps the document modified.
    w2.session()->apply(model::SetArticleText{"job-fair", "headline", u"改"});
    CHECK_FALSE(w2.saveTo(dir.filePath(QStringLiteral("no/such/dir/x.bmdoc.json"))));
    CHECK(prompts.errors.size() == 1);
    CHECK(w2.session()->isModified());

    // A bad document is an error message, not a crash.
    const QString bad = dir.filePath(QStringLiteral("bad.bmdoc.json"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"banmian-document\", ");
    }
    prompts.errors.clear();
    w2.session()->markSaved();
    CHECK_FALSE(w2.openPath(bad));
    CHECK(prompts.errors.size() == 1);
    CHECK(w2.session()->document() != model::Document{});
}

TEST_CASE("autosave writes a side file that is offered for recovery", "[gui][files][autosave]") {
    testing::app();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("issue.bmdoc.json"));
    const QString side = gui::autosavePathFor(path);
    CHECK(side == path + QStringLiteral(".autosave"));
    testing::TestPrompts prompts;
    model::Document original, edited;
    {
        gui::MainWindow w(prompts.make());
        w.session()->resetDocument(testing::seedArticlesDocument(), QString());
        REQUIRE(w.saveTo(path));
        original = w.session()->document();
        ageFile(path);
        // Nothing changed: no side file.
        CHECK(w.autosaver()->saveNow().isEmpty());
        CHECK_FALSE(QFile::exists(side));
        REQUIRE(w.scene()->dropArticle("speech", topLeftCell(original.pages[0], 0)));
        CHECK(w.autosaver()->saveNow().isEmpty());
        REQUIRE(QFile::exists(side));
        CHECK(gui::autosaveIsNewer(path));
        edited = w.session()->document();
        // The "crash": the window goes away without a clean close (no closeEvent).
    }
    REQUIRE(QFile::exists(side));

    SECTION("recover") {
        prompts.recovery = gui::Prompts::Recovery::Recover;
        gui::MainWindow w(prompts.make());
        REQUIRE(w.openPath(path));
        CHECK(w.session()->document() == edited);
        CHECK(w.session()->isModified());
        CHECK(w.session()->path() == path);
        // Saving makes the side file unnecessary.
        REQUIRE(w.saveTo(path));
        CHECK_FALSE(QFile::exists(side));
    }
    SECTION("discard") {
        prompts.recovery = gui::Prompts::Recovery::Discard;
        gui::MainWindow w(prompts.make());
        REQUIRE(w.openPath(path));
        CHECK(w.session()->document() == original);
        CHECK_FALSE(w.session()->isModified());
        CHECK_FALSE(QFile::exists(side));
    }
    SECTION("keep (non-interactive runs)") {
        prompts.recovery = gui::Prompts::Recovery::Keep;
        gui::MainWindow w(prompts.make());
        REQUIRE(w.openPath(path));
        CHECK(w.session()->document() == original);
        CHECK(QFile::exists(side));
    }
    CHECK(prompts.errors.isEmpty());
}

TEST_CASE("an untitled document is autosaved to the app data folder and recovered on start",
          "[gui][files][autosave]") {
    testing::app();
    const QString side = gui::autosavePathFor(QString());
    QFile::remove(side);
    testing::TestPrompts prompts;
    model::Document edited;
    {
        gui::MainWindow w(prompts.make());
        w.startUntitled();
        REQUIRE(
            w.session()
                ->apply(model::AddArticle{
                    model::Article{"a1", {}, u"标题", {}, {}, {}, {u"正文。"}, {}, false, {}, {}},
                    -1})
                .isEmpty());
        CHECK(w.autosaver()->saveNow().isEmpty());
        edited = w.session()->document();
    }
    REQUIRE(QFile::exists(side));
    gui::MainWindow w(prompts.make());
    w.startUntitled();
    CHECK(w.session()->document() == edited);
    CHECK(w.session()->isModified());
    w.autosaver()->discard();
    CHECK_FALSE(QFile::exists(side));
}
