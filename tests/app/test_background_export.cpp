// SPDX-License-Identifier: MIT
// Export in the background (issue 16 item 3): the editor writes PDF and PNG on a worker thread
// from a snapshot taken when the user confirms, with progress and 取消 in the status bar. The
// window keeps handling events while the file is written, edits made meanwhile do not reach it,
// 取消 leaves the old file as it was, and a second export waits its turn. A PDF's preflight gate
// runs on the worker too (正在检查…); only its question comes back to the window.
#include <catch2/catch.hpp>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <memory>

#include "app_test_support.h"
#include "gui/export_dialog.h"
#include "gui/export_job.h"
#include "gui/export_strip.h"
#include "gui/exporter.h"
#include "layout/model/validate.h"

using namespace bm;

namespace {

constexpr int kPages = 24;
constexpr std::int64_t kEpoch = 1700000000;  // a fixed CreationDate: byte-comparable PDFs

/// The seed page and `n - 1` copies of it (every id and article suffixed "-k"): an issue whose
/// export takes long enough to watch, with real text, photos and rules on every page.
model::Document manyPages(int n) {
    auto seed = model::loadDocument(testing::seedPagePath());
    if (!seed) FAIL(seed.error());
    model::Document doc = *seed;
    const model::Page first = seed->pages.at(0);
    for (int k = 2; k <= n; ++k) {
        const std::string suffix = "-" + std::to_string(k);
        model::Page p = first;
        p.id += suffix;
        p.number = first.number + k - 1;
        for (auto& f : p.articleFrames) {
            f.id += suffix;
            f.articleId += suffix;
        }
        for (auto& i : p.images) i.id += suffix;
        for (auto& r : p.rules) r.id += suffix;
        for (auto& l : p.labels) l.id += suffix;
        doc.pages.push_back(std::move(p));
        for (model::Article a : seed->articles) {
            a.id += suffix;
            doc.articles.push_back(std::move(a));
        }
    }
    const auto problems = model::validateDocument(doc);
    if (!problems.empty()) FAIL(problems.front());
    return doc;
}

gui::ExportSettings allPages(const model::Document& doc, const QString& path) {
    gui::ExportSettings s;
    s.path = path;
    for (int i = 0; i < static_cast<int>(doc.pages.size()); ++i) s.pages.push_back(i);
    s.pdf.profile = pdf::PdfOptions::Profile::Plain;  // no preflight question
    s.pdf.creationEpoch = kEpoch;
    return s;
}

/// Runs the event loop until the window's export finishes (at most a minute).
/// Lets the window run until the export's worker is in its preflight (false: it never was).
bool waitUntilChecking(gui::MainWindow& w) {
    while (w.exportJob()->running() && !w.exportJob()->checking()) {
        QCoreApplication::processEvents();
        QThread::msleep(1);
    }
    return w.exportJob()->checking();
}

void waitForExport(gui::MainWindow& w) {
    if (!w.exportJob()->running()) return;
    QEventLoop loop;
    QObject::connect(w.exportJob(), &gui::ExportJob::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// `doc` with 植树's frame on the first page pushed down onto 国学社: a LAY-OVERLAP, which
/// blocks a print export.
model::Document withOverlap(model::Document doc) {
    for (auto& f : doc.pages.at(0).articleFrames)
        if (f.id == "f-tree") f.rects[0].area.line = 90;
    return doc;
}

struct Editor {
    QApplication& app = testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w{prompts.make()};
    QTemporaryDir dir;
    explicit Editor(int pages, bool overlap = false) {
        // The document's path puts the seed page's photos within reach; it is never saved.
        w.session()->resetDocument(overlap ? withOverlap(manyPages(pages)) : manyPages(pages),
                                   QString::fromStdString(testing::seedPagePath()));
    }
    QString file(const char* name) const { return dir.filePath(QString::fromUtf8(name)); }
};

}  // namespace

TEST_CASE("background PDF export: the window keeps running, the file is the snapshot's",
          "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(kPages);
    const auto snapshot = e.w.session()->layout();
    REQUIRE(snapshot->pages.size() == kPages);
    const auto s = allPages(e.w.session()->document(), e.file("issue.pdf"));

    // A timer ticks while the worker writes; on its second tick the user edits the page.
    int ticks = 0;
    bool edited = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!e.w.exportJob()->running()) return;
        if (++ticks == 2)
            edited = e.w.session()->apply(model::RemoveFrame{"p3", "f-speech"}).isEmpty();
    });
    timer.start(2);
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(e.w.startExport(s, true));
    // It returned at once: the worker writes while the strip shows the pages.
    CHECK(e.w.exportJob()->running());
    CHECK_FALSE(e.w.exportStrip()->isHidden());
    CHECK(e.w.exportStrip()->label()->text().contains(QStringLiteral("issue.pdf")));
    waitForExport(e.w);
    timer.stop();
    REQUIRE_FALSE(e.w.exportJob()->running());
    INFO("timer ticks during the export: " << ticks << " in " << testing::msSince(t0) << " ms");
    CHECK(ticks >= 2);
    // The edit changed the editor's layout, not the file.
    CHECK(edited);
    CHECK(e.w.session()->layout() != snapshot);
    CHECK(e.w.exportStrip()->isHidden());
    CHECK(e.prompts.errors.isEmpty());
    CHECK(e.w.statusBar()->currentMessage().contains(QStringLiteral("issue.pdf")));

    // The same bytes as the synchronous exporter gives for the snapshot.
    std::vector<int> all;
    for (int i = 0; i < kPages; ++i) all.push_back(i);
    const std::string dir =
        gui::toUtf8(QFileInfo(QString::fromStdString(testing::seedPagePath())).absolutePath());
    REQUIRE(gui::exportPdf(*snapshot, all, e.w.session()->fonts(), s.pdf,
                           e.w.session()->document().title, dir, gui::toUtf8(e.file("sync.pdf"))));
    const QByteArray background = readAll(e.file("issue.pdf"));
    REQUIRE(background.startsWith("%PDF-"));
    CHECK(background == readAll(e.file("sync.pdf")));
}

TEST_CASE("取消 stops the export and leaves the old files as they were", "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(6);
    const QByteArray old("the old file");

    SECTION("PDF") {
        const QString path = e.file("issue.pdf");
        writeFile(path, old);
        REQUIRE(e.w.startExport(allPages(e.w.session()->document(), path), true));
        e.w.exportStrip()->cancelButton()->click();
        CHECK_FALSE(e.w.exportStrip()->cancelButton()->isEnabled());
        waitForExport(e.w);
        REQUIRE_FALSE(e.w.exportJob()->running());
        CHECK(readAll(path) == old);
        CHECK(e.w.statusBar()->currentMessage() == QStringLiteral("Export cancelled"));
    }
    SECTION("PNG, one file per page") {
        auto s = allPages(e.w.session()->document(), e.file("page.png"));
        s.dpi = 72;
        for (int n = 3; n <= 8; ++n)
            writeFile(gui::pngPathForPage(s.path, n, true), old + QByteArray::number(n));
        REQUIRE(e.w.startExport(s, false));
        // 取消 once the first page is written: it must not stay either.
        while (e.w.exportJob()->done() < 1 && e.w.exportJob()->running())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        REQUIRE(e.w.exportJob()->running());
        e.w.exportStrip()->cancelButton()->click();
        waitForExport(e.w);
        for (int n = 3; n <= 8; ++n)
            CHECK(readAll(gui::pngPathForPage(s.path, n, true)) == old + QByteArray::number(n));
        CHECK(e.w.statusBar()->currentMessage() == QStringLiteral("Export cancelled"));
    }
    CHECK(e.prompts.errors.isEmpty());
    // Nothing half-written is left next to the files.
    for (const QString& name : QDir(e.dir.path()).entryList(QDir::Files))
        CHECK_FALSE(name.contains(QStringLiteral("part")));
}

TEST_CASE("a second export while one runs is refused; the first finishes", "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(4);
    const auto& doc = e.w.session()->document();
    REQUIRE(e.w.startExport(allPages(doc, e.file("first.pdf")), true));
    CHECK_FALSE(e.w.startExport(allPages(doc, e.file("second.pdf")), true));
    CHECK(e.w.statusBar()->currentMessage().contains(QStringLiteral("still running")));
    CHECK_FALSE(e.w.exportPngTo(e.file("second.png"), 36));
    waitForExport(e.w);
    CHECK(readAll(e.file("first.pdf")).startsWith("%PDF-"));
    CHECK_FALSE(QFileInfo::exists(e.file("second.pdf")));
    CHECK_FALSE(QFileInfo::exists(e.file("second.png")));
    // Once it is done, the next one runs (and exportWith waits for it).
    auto png = allPages(doc, e.file("second.png"));
    png.pages = {0};
    png.dpi = 36;
    CHECK(e.w.exportWith(png, false));
    CHECK(readAll(e.file("second.png")).startsWith("\x89PNG"));
}

TEST_CASE("closing the window or opening a document during an export stops it cleanly",
          "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(6);
    const QString path = e.file("issue.pdf");
    SECTION("close") {
        REQUIRE(e.w.startExport(allPages(e.w.session()->document(), path), true));
        REQUIRE(e.w.close());
    }
    SECTION("open another document") {
        REQUIRE(e.w.startExport(allPages(e.w.session()->document(), path), true));
        REQUIRE(e.w.openPath(QString::fromStdString(testing::seedPagePath())));
        CHECK(e.w.session()->document().pages.size() == 1);
    }
    SECTION("destroy the window") {
        auto w = std::make_unique<gui::MainWindow>(e.prompts.make());
        w->session()->resetDocument(manyPages(6), QString::fromStdString(testing::seedPagePath()));
        REQUIRE(w->startExport(allPages(w->session()->document(), path), true));
        w.reset();
    }
    CHECK_FALSE(e.w.exportJob()->running());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(e.dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the preflight runs on the worker: the window keeps running while the issue is checked",
          "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(kPages);
    auto s = allPages(e.w.session()->document(), e.file("issue.pdf"));
    // A timer ticks while the worker makes and checks the PDF, and reads the strip meanwhile
    // (it shows the page count, then 正在检查…; the check now takes less than the strip's
    // 100 ms refresh, so which of the two it shows is not asserted).
    int ticks = 0;
    bool namedFile = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        namedFile =
            namedFile || e.w.exportStrip()->label()->text().contains(QStringLiteral("issue.pdf"));
        if (e.w.exportJob()->checking()) ++ticks;
    });
    timer.start(1);
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(e.w.startExport(s, true));
    // startExport returned at once: the worker makes the PDF in memory (the strip counts its
    // pages), then checks it with the ink it measured, then writes it.
    CHECK(e.w.exportJob()->running());
    CHECK_FALSE(e.w.exportJob()->checking());
    waitForExport(e.w);
    timer.stop();
    INFO("timer ticks during the preflight: " << ticks << "; export " << testing::msSince(t0)
                                              << " ms");
    CHECK(ticks >= 2);
    CHECK(namedFile);
    CHECK(e.prompts.errors.isEmpty());
    CHECK(readAll(e.file("issue.pdf")).startsWith("%PDF-"));
}

TEST_CASE(
    "a print PDF with preflight errors: the worker finds them, the window asks, both "
    "answers work",
    "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(4, /*overlap=*/true);
    auto s = allPages(e.w.session()->document(), e.file("issue.pdf"));
    s.pdf.profile = pdf::PdfOptions::Profile::X1a;
    const QByteArray old("the old file");
    writeFile(s.path, old);

    // 取消 in the question: nothing written, "Not exported", the job is over.
    e.prompts.exportAnyway = false;
    REQUIRE(e.w.startExport(s, true));
    CHECK(e.prompts.preflight.isEmpty());  // asked later, when the worker has checked
    waitForExport(e.w);
    const QString listed = e.prompts.preflight.join(QLatin1Char('\n'));
    CHECK(listed.contains(QStringLiteral("LAY-OVERLAP")));
    CHECK(readAll(s.path) == old);
    CHECK(e.w.statusBar()->currentMessage().startsWith(QStringLiteral("Not exported")));
    CHECK_FALSE(e.w.exportJob()->running());
    CHECK(e.w.exportStrip()->isHidden());

    // 仍然导出: the export goes on and says the errors were let through.
    e.prompts.exportAnyway = true;
    e.prompts.preflight.clear();
    REQUIRE(e.w.exportWith(s, true));
    CHECK(e.prompts.preflight.join(QLatin1Char('\n')).contains(QStringLiteral("LAY-OVERLAP")));
    CHECK(readAll(s.path).startsWith("%PDF-"));
    CHECK(e.w.statusBar()->currentMessage().contains(QStringLiteral("--allow-preflight-errors")));
    CHECK(e.prompts.errors.isEmpty());
}

TEST_CASE("取消 during the preflight writes nothing and asks nothing", "[gui][export]") {
    if (!testing::haveSeedPage()) return;
    Editor e(kPages, /*overlap=*/true);
    auto s = allPages(e.w.session()->document(), e.file("issue.pdf"));
    s.pdf.profile = pdf::PdfOptions::Profile::X1a;
    e.prompts.exportAnyway = true;  // had it been asked, it would have been written
    const QByteArray old("the old file");
    writeFile(s.path, old);
    REQUIRE(e.w.startExport(s, true));
    REQUIRE(waitUntilChecking(e.w));  // the PDF is made; its preflight runs
    e.w.exportStrip()->cancelButton()->click();
    CHECK(e.w.exportStrip()->label()->text() == QStringLiteral("Cancelling export…"));
    waitForExport(e.w);
    CHECK_FALSE(e.w.exportJob()->running());
    CHECK(readAll(s.path) == old);
    CHECK(e.prompts.preflight.isEmpty());
    CHECK(e.w.statusBar()->currentMessage() == QStringLiteral("Export cancelled"));
    for (const QString& name : QDir(e.dir.path()).entryList(QDir::Files))
        CHECK(name == QStringLiteral("issue.pdf"));
}
