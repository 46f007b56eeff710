// SPDX-License-Identifier: MIT
// The window's file work: new, open (with autosave recovery), save, import and export.
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include "gui/article_bin.h"
#include "gui/article_import.h"
#include "gui/autosave.h"
#include "gui/editor_session.h"
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
    m_autosaver->discard();
    m_session->resetDocument(model::newDocument(), QString());
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

bool MainWindow::exportPdfTo(const QString& requested) {
    QString path = requested;
    if (path.isEmpty()) {
        const QString base = m_session->path().isEmpty()
                                 ? QStringLiteral("page.pdf")
                                 : QFileInfo(m_session->path()).completeBaseName() + ".pdf";
        path = QFileDialog::getSaveFileName(this, tr("Export PDF"), base, tr("PDF (*.pdf)"));
        if (path.isEmpty()) return false;
        path = withSuffix(path, QStringLiteral(".pdf"));
    }
    std::vector<std::string> warnings;
    const QString dir =
        m_session->path().isEmpty() ? QString() : QFileInfo(m_session->path()).absolutePath();
    const Status st = exportPdf(*m_session->layout(), m_session->fonts(),
                                m_session->document().title, toUtf8(dir), toUtf8(path), &warnings);
    if (!st) {
        reportError(toQString(st.error()));
        return false;
    }
    statusBar()->showMessage(
        warnings.empty() ? tr("Exported %1").arg(path) : joinWarnings(warnings), 8000);
    return true;
}

bool MainWindow::exportPngTo(const QString& requested, double dpi) {
    QString path = requested;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export PNG"), QStringLiteral("page.png"),
                                            tr("PNG image (*.png)"));
        if (path.isEmpty()) return false;
        path = withSuffix(path, QStringLiteral(".png"));
    }
    std::vector<std::string> warnings;
    const QString dir =
        m_session->path().isEmpty() ? QString() : QFileInfo(m_session->path()).absolutePath();
    const auto& layout = *m_session->layout();
    int index = -1;
    const auto& pages = m_session->document().pages;
    if (m_scene->pageIndex() < static_cast<int>(pages.size())) {
        const std::string& pageId = pages[m_scene->pageIndex()].id;
        for (size_t i = 0; i < layout.pages.size(); ++i)
            if (layout.pages[i].pageId == pageId) index = static_cast<int>(i);
    }
    const Status st =
        exportPng(layout, index, m_session->fonts(), dpi, toUtf8(dir), toUtf8(path), &warnings);
    if (!st) {
        reportError(toQString(st.error()));
        return false;
    }
    statusBar()->showMessage(
        warnings.empty() ? tr("Exported %1").arg(path) : joinWarnings(warnings), 8000);
    return true;
}

}  // namespace bm::gui
