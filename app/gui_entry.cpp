// SPDX-License-Identifier: MIT
// `banmian [DOC]`: the editor. Test hook: BANMIAN_SCREENSHOT=out.png saves a grab of the window
// once the document is laid out and shown, then quits (no questions asked: errors go to
// stderr, an autosave is left alone). BANMIAN_SCREENSHOT_VIEW picks what to show, a comma list
// of: fit (default), width, 100, preview, baseline, select (the first frame), page=N.
#include "gui_entry.h"

#include <sys/stat.h>

#include <QApplication>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gui/editor_session.h"
#include "gui/main_window.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"
#include "gui/ui_language.h"

namespace bm {

namespace {

void applyScreenshotView(gui::MainWindow& w, const QString& spec) {
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("page=")))
            w.showPage(p.mid(5).toInt() - 1);
        else if (p == QLatin1String("width"))
            w.view()->fitWidth();
        else if (p == QLatin1String("100"))
            w.view()->actualSize();
        else if (p == QLatin1String("fit"))
            w.view()->fitPage();
        else if (p == QLatin1String("preview"))
            w.setPreview(true);
        else if (p == QLatin1String("baseline"))
            w.scene()->setBaselineGrid(true);
        else if (p == QLatin1String("select")) {
            const auto& doc = w.session()->document();
            const int page = w.scene()->pageIndex();
            if (page < static_cast<int>(doc.pages.size()) && !doc.pages[page].articleFrames.empty())
                w.scene()->selectFrame(doc.pages[page].articleFrames.front().id);
        }
    }
}

/// Why the editor cannot open a window here, or "" when it can. Qt aborts (SIGABRT) when its
/// platform plugin finds no display, so the usual cases are caught before QApplication: no
/// platform chosen and neither DISPLAY nor WAYLAND_DISPLAY set, or a local X display whose
/// socket does not exist.
std::string displayProblem(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-platform") == 0) return {};
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform && std::strncmp(platform, "xcb", 3) != 0 &&
        std::strncmp(platform, "wayland", 7) != 0)
        return {};  // offscreen, vnc, eglfs …: no display server needed
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (wayland && *wayland) return {};
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) return "no display (DISPLAY is not set)";
    const std::string d = display;
    if (d[0] == ':') {
        const std::string socket = "/tmp/.X11-unix/X" + d.substr(1, d.find('.') - 1);
        struct stat st {};
        if (::stat(socket.c_str(), &st) != 0) return "cannot reach display " + d;
    }
    return {};
}

}  // namespace

int runEditor(int argc, char** argv) {
    if (const std::string problem = displayProblem(argc, argv); !problem.empty()) {
        std::fprintf(stderr,
                     "banmian: cannot open the editor: %s; use a subcommand such as "
                     "`banmian export` (see banmian --help)\n",
                     problem.c_str());
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Banmian"));
    QApplication::setApplicationName(QStringLiteral("banmian"));
    QApplication::setApplicationDisplayName(QStringLiteral("版面 Banmian"));
    gui::installUiLanguage(app);

    QString docPath;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); ++i)
        if (!args[i].startsWith(u'-') && docPath.isEmpty()) docPath = args[i];

    const QString shot = qEnvironmentVariable("BANMIAN_SCREENSHOT");
    gui::Prompts prompts;
    if (!shot.isEmpty()) {
        prompts.error = [](const QString& m) {
            std::fprintf(stderr, "banmian: %s\n", qPrintable(m));
        };
        prompts.recover = [](const QString&) { return gui::Prompts::Recovery::Keep; };
        prompts.unsaved = [] { return gui::Prompts::Unsaved::Discard; };
    }
    gui::MainWindow window(prompts);
    if (docPath.isEmpty())
        window.startUntitled();
    else if (!window.openPath(docPath))
        window.startUntitled();
    window.show();
    window.view()->fitPage();
    window.view()->setFocus();

    if (!shot.isEmpty()) {
        const QString view = qEnvironmentVariable("BANMIAN_SCREENSHOT_VIEW");
        // Let the window reach its final size (docks, fit-to-page) before the grab.
        QTimer::singleShot(400, &window, [&window, view] { applyScreenshotView(window, view); });
        QTimer::singleShot(900, &window, [&window, shot] {
            const bool ok = window.grab().save(shot);
            std::fprintf(stderr, ok ? "banmian: screenshot %s\n" : "banmian: cannot write %s\n",
                         qPrintable(shot));
            window.session()->markSaved();  // quit without questions
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}

}  // namespace bm
