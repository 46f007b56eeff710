// SPDX-License-Identifier: MIT
// The window's file work: new, open (with autosave recovery), save, import and export. Export
// runs on a worker thread (export_job.h), the preflight gate included, with its progress and 取消
// in the status bar (export_strip.h); only the gate's question comes back to this thread.
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include "gui/article_bin.h"
#include "gui/article_import.h"
#include "gui/autosave.h"
#include "gui/editor_session.h"
#include "gui/export_dialog.h"
#include "gui/export_job.h"
#include "gui/export_preflight.h"
#include "gui/export_strip.h"
#include "gui/exporter.h"
#include "gui/main_window.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "gui/recent_files.h"
#include "gui/text_panel.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"

namespace bm::gui {

namespace {

const char* kDocFilter =
    QT_TRANSLATE_NOOP("bm::gui::MainWindow", "Banmian documents (*.bmdoc.json *.json)");

QString withSuffix(QString path, const QString& suffix) {
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    return path;
}

QString joinWarnings(const std::vector<std::string>& warnings) {
    QStringList out;
    for (const auto& w : warnings) out << toQString(w);
    return out.join(u'\n');
}

}  // namespace

bool MainWindow::newDocument() {
    if (!maybeKeepChanges()) return false;
    auto doc = m_prompts.newDocument();
    if (!doc) return false;
    // The export's snapshot belongs to the document being left: stop it (the old file stays).
    m_export->cancelAndWait();
    m_autosaver->discard();
    m_session->resetDocument(std::move(*doc), QString());
    return true;
}

void MainWindow::startUntitled() {
    const QString side = autosavePathFor(QString());
    if (autosaveIsNewer(QString())) {
        const auto answer = m_prompts.recover(side);
        if (answer == Prompts::Recovery::Recover) {
            auto doc = model::loadDocument(toUtf8(side));
            if (doc) {
                m_session->resetDocument(std::move(*doc), QString(), /*modified=*/true);
                return;
            }
            reportError(toQString(doc.error()));
        } else if (answer == Prompts::Recovery::Discard) {
            QFile::remove(side);
        }
    }
    m_session->resetDocument(model::newDocument(), QString());
}

bool MainWindow::openPath(const QString& requested) {
    QString path = requested;
    if (path.isEmpty()) {
        if (!maybeKeepChanges()) return false;
        path = QFileDialog::getOpenFileName(this, tr("Open Document"), QString(), tr(kDocFilter));
        if (path.isEmpty()) return false;
    } else if (m_session->isModified() && !maybeKeepChanges()) {
        return false;
    }
    path = QFileInfo(path).absoluteFilePath();
    m_export->cancelAndWait();
    const QString side = autosavePathFor(path);
    if (autosaveIsNewer(path)) {
        const auto answer = m_prompts.recover(side);
        if (answer == Prompts::Recovery::Recover) {
            auto recovered = model::loadDocument(toUtf8(side));
            if (recovered) {
                m_session->resetDocument(std::move(*recovered), path, /*modified=*/true);
                addRecentFile(path);
                statusBar()->showMessage(
                    tr("Recovered the autosaved version of %1").arg(QFileInfo(path).fileName()),
                    8000);
                return true;
            }
            reportError(toQString(recovered.error()));
        } else if (answer == Prompts::Recovery::Discard) {
            QFile::remove(side);
        }
    }
    auto doc = model::loadDocument(toUtf8(path));
    if (!doc) {
        reportError(toQString(doc.error()));
        return false;
    }
    m_session->resetDocument(std::move(*doc), path);
    addRecentFile(path);
    return true;
}

bool MainWindow::save() {
    if (m_session->path().isEmpty()) return saveAs();
    return saveTo(m_session->path());
}

bool MainWindow::saveAs() {
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Document"), m_session->path(), tr(kDocFilter));
    if (path.isEmpty()) return false;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path = withSuffix(path, QStringLiteral(".bmdoc.json"));
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& requested) {
    m_text->flush();
    const QString path = QFileInfo(requested).absoluteFilePath();
    const Status st = model::saveDocument(m_session->document(), toUtf8(path));
    if (!st) {
        reportError(toQString(st.error()));
        return false;
    }
    // The old side file belongs to the old name; the saved document needs none.
    m_autosaver->discard();
    if (path != m_session->path()) m_session->setPath(path);
    m_autosaver->discard();
    m_session->markSaved();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::importArticles(const QStringList& requested) {
    QStringList paths = requested;
    if (paths.isEmpty()) {
        paths = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(),
                                              tr("Articles (*.txt *.docx)"));
        if (paths.isEmpty()) return false;
    }
    bool all = true;
    QString last;
    for (const QString& p : paths) {
        auto article = importArticleFile(p);
        if (!article) {
            reportError(toQString(article.error()));
            all = false;
            continue;
        }
        article->id = m_session->newArticleId(article->id);
        const QString error = m_session->apply(model::AddArticle{*article, -1});
        if (!error.isEmpty()) {
            reportError(error);
            all = false;
            continue;
        }
        last = toQString(article->id);
    }
    if (!last.isEmpty()) m_bin->selectArticle(last);
    return all;
}

namespace {

/// The layout position of each document page in `pages` (layout pages follow document order).
std::vector<int> layoutIndices(const model::Document& doc, const page::DocumentLayout& layout,
                               const std::vector<int>& pages) {
    std::vector<int> out;
    for (int p : pages) {
        if (p < 0 || p >= static_cast<int>(doc.pages.size())) continue;
        for (size_t i = 0; i < layout.pages.size(); ++i)
            if (layout.pages[i].pageId == doc.pages[p].id) out.push_back(static_cast<int>(i));
    }
    return out;
}

}  // namespace

bool MainWindow::exportPdfTo(const QString& requested) {
    if (refuseSecondExport()) return false;
    const auto& doc = m_session->document();
    ExportSettings settings;
    if (requested.isEmpty()) {
        const int current = m_scene->pageIndex();
        const int number = current < static_cast<int>(doc.pages.size()) && doc.pages.size() == 1
                               ? doc.pages[current].number
                               : -1;
        ExportDialog dialog(true, static_cast<int>(doc.pages.size()), current,
                            defaultExportPath(toQString(doc.title), m_session->path(), number,
                                              QStringLiteral("pdf")),
                            this);
        if (dialog.exec() != QDialog::Accepted) return false;
        auto s = dialog.settings();
        if (!s) {
            reportError(toQString(s.error()));
            return false;
        }
        return startExport(*s, true);
    }
    settings.path = requested;
    for (int i = 0; i < static_cast<int>(doc.pages.size()); ++i) settings.pages.push_back(i);
    return exportWith(settings, true);
}

bool MainWindow::exportPngTo(const QString& requested, double dpi) {
    if (refuseSecondExport()) return false;
    const auto& doc = m_session->document();
    ExportSettings settings;
    const int current = m_scene->pageIndex();
    if (requested.isEmpty()) {
        const int number =
            current < static_cast<int>(doc.pages.size()) ? doc.pages[current].number : -1;
        ExportDialog dialog(false, static_cast<int>(doc.pages.size()), current,
                            defaultExportPath(toQString(doc.title), m_session->path(), number,
                                              QStringLiteral("png")),
                            this);
        if (dialog.exec() != QDialog::Accepted) return false;
        auto s = dialog.settings();
        if (!s) {
            reportError(toQString(s.error()));
            return false;
        }
        return startExport(*s, false);
    }
    settings.path = requested;
    settings.pages = {current};
    settings.dpi = dpi;
    return exportWith(settings, false);
}

bool MainWindow::refuseSecondExport() {
    if (!m_export->running()) return false;
    statusBar()->showMessage(
        tr("An export is still running: wait for it to finish or cancel it first."), 8000);
    return true;
}

bool MainWindow::startExport(const ExportSettings& settings, bool pdf) {
    if (refuseSecondExport()) return false;
    m_text->flush();
    const QString dir =
        m_session->path().isEmpty() ? QString() : QFileInfo(m_session->path()).absolutePath();
    const auto& doc = m_session->document();
    // The snapshot: this layout stays as it is (a relayout publishes a new one), so edits made
    // while the worker writes never reach the file.
    ExportSnapshot snapshot;
    snapshot.layout = m_session->layout();
    const std::vector<int> indices = layoutIndices(doc, *snapshot.layout, settings.pages);
    if (indices.empty()) {
        reportError(tr("There is no page to export."));
        return false;
    }
    const bool print = settings.pdf.profile == pdf::PdfOptions::Profile::X1a;
    if (pdf) {
        // Preflight first, as `banmian export --pdf` does: nothing wrong reaches a print file
        // silently. It runs on the worker (seconds on a big issue); only the copy is made here.
        snapshot.preflight.doc = std::make_shared<const model::Document>(doc);
        snapshot.preflight.ask = print;
    }
    snapshot.pdf = pdf;
    snapshot.fonts = &m_session->fonts();
    snapshot.pages = indices;
    snapshot.options = settings.pdf;
    snapshot.title = doc.title;
    snapshot.imageBaseDir = toUtf8(dir);
    snapshot.dpi = settings.dpi;
    if (pdf) {
        snapshot.paths = {toUtf8(settings.path)};
    } else {
        for (size_t k = 0; k < indices.size(); ++k)
            snapshot.paths.push_back(toUtf8(pngPathForPage(
                settings.path, doc.pages[settings.pages[k]].number, indices.size() > 1)));
    }
    m_exportPrint = print;
    m_exportPath = settings.path;
    if (!m_export->start(std::move(snapshot))) return false;
    // The last export's 已导出 would read as this one's while it runs.
    statusBar()->clearMessage();
    m_exportStrip->begin(QFileInfo(settings.path).fileName());
    return true;
}

bool MainWindow::exportWith(const ExportSettings& settings, bool pdf) {
    if (!startExport(settings, pdf)) return false;
    // finished() is queued to this thread, so it cannot have come yet.
    QEventLoop loop;
    connect(m_export, &ExportJob::finished, &loop, &QEventLoop::quit);
    if (m_export->running()) loop.exec();
    return m_lastExportOk;
}

void MainWindow::onExportFinished(const ExportOutcome& outcome) {
    m_exportStrip->end();
    m_lastExportOk = outcome.state == ExportOutcome::State::Done;
    if (outcome.state == ExportOutcome::State::Cancelled) {
        statusBar()->showMessage(tr("Export cancelled"), 15000);
        return;
    }
    if (outcome.state == ExportOutcome::State::Failed) {
        reportError(toQString(outcome.error));
        return;
    }
    const int blocking = static_cast<int>(outcome.blocking.size());
    if (outcome.state == ExportOutcome::State::Refused) {
        statusBar()->showMessage(
            tr("Not exported: %n preflight error(s) (see the Check panel)", nullptr, blocking),
            8000);
        return;
    }
    QString done = outcome.warnings.empty() ? tr("Exported %1").arg(m_exportPath)
                                            : joinWarnings(outcome.warnings);
    if (blocking > 0)
        done = (m_exportPrint
                    ? tr("%n preflight error(s) allowed "
                         "(--allow-preflight-errors): %1",
                         nullptr, blocking)
                    : tr("Warning: %n preflight error(s) in this plain PDF: %1", nullptr, blocking))
                   .arg(done);
    statusBar()->showMessage(done, 15000);
}

}  // namespace bm::gui
