// SPDX-License-Identifier: MIT
#pragma once
// Shared set-up of the editor tests: one offscreen QApplication for the whole binary, settings
// and standard paths in test mode, non-interactive prompts, and the seed-page document.
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <string>

#include "gui/editor_session.h"
#include "gui/main_window.h"
#include "gui/qt_convert.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"

namespace bm::testing {

inline QApplication& app() {
    static int argc = 1;
    static char name[] = "bm_app_tests";
    static char* argv[] = {name, nullptr};
    static QApplication* instance = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // Keep the tests' settings and autosaves away from the user's, and away from the other
        // test processes: ctest runs each test case as its own process, two at a time, and a
        // shared folder (Qt's test mode has one per user) let one test's untitled autosave be
        // discarded by another. One temporary home per process (removed at exit).
        static QTemporaryDir home;
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
        auto* a = new QApplication(argc, argv);
        QApplication::setOrganizationName(QStringLiteral("BanmianTests"));
        QApplication::setApplicationName(QStringLiteral("bm_app_tests"));
        return a;
    }();
    return *instance;
}

/// Prompts that never block: errors are collected, recovery answers `recovery`.
struct TestPrompts {
    QStringList errors;
    gui::Prompts::Recovery recovery = gui::Prompts::Recovery::Recover;
    bool exportAnyway = true;  ///< the answer to a print export with preflight errors
    QStringList preflight;     ///< the findings the last such question listed
    gui::Prompts make() {
        gui::Prompts p;
        p.error = [this](const QString& m) { errors << m; };
        p.recover = [this](const QString&) { return recovery; };
        p.unsaved = [] { return gui::Prompts::Unsaved::Discard; };
        p.newDocument = [] { return std::optional<model::Document>(model::newDocument()); };
        p.exportDespite = [this](const QStringList& lines) {
            preflight = lines;
            return exportAnyway;
        };
        return p;
    }
};

inline std::string seedPagePath() {
    return std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json";
}

inline bool haveSeedPage() { return QFileInfo::exists(QString::fromStdString(seedPagePath())); }

/// The six seed articles on an empty 对开 8 栏 page (nothing placed).
inline model::Document seedArticlesDocument() {
    model::Document doc = model::newDocument();
    auto articles =
        model::importSeedArticles(std::string(BM_SOURCE_DIR) + "/samples/src/seed-page.json");
    if (articles) doc.articles = *articles;
    return doc;
}

/// The editor on the six seed articles with nothing placed: where page-building tests start.
struct SeedEditor {
    QApplication& app = testing::app();  // before any widget
    TestPrompts prompts;
    gui::MainWindow w{prompts.make()};
    SeedEditor() { w.session()->resetDocument(seedArticlesDocument(), QString()); }
    const model::Page& page() { return w.session()->document().pages[0]; }
};

/// The middle of base column `column` on grid line `line`, in scene units: where a test's
/// mouse grabs or drops.
inline QPointF cellCentre(const model::Page& page, int column, int line) {
    const Length x = model::columnX(page, column) + model::columnsWidth(page, 1) / 2;
    const Length y = model::lineTop(page, line) + page.grid.bodySize / 2;
    return QPointF(gui::toScene(x), gui::toScene(y));
}

inline double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace bm::testing
