// SPDX-License-Identifier: MIT
#include "gui/main_window.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QUndoView>

#include "gui/article_bin.h"
#include "gui/autosave.h"
#include "gui/check_dock.h"
#include "gui/editor_session.h"
#include "gui/export_job.h"
#include "gui/export_preflight.h"
#include "gui/export_strip.h"
#include "gui/inspector.h"
#include "gui/model_lookup.h"
#include "gui/new_document_dialog.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/pages_panel.h"
#include "gui/qt_convert.h"
#include "gui/text_panel.h"

namespace bm::gui {

namespace {

Prompts withDefaults(Prompts p, QWidget* parent) {
    if (!p.error)
        p.error = [parent](const QString& message) {
            QMessageBox::warning(parent, MainWindow::tr("Banmian"), message);
        };
    if (!p.recover)
        p.recover = [parent](const QString& autosavePath) {
            const auto answer = QMessageBox::question(
                parent, MainWindow::tr("Recover unsaved work?"),
                MainWindow::tr("An autosaved version newer than the document was found:\n"
                               "%1\n\nRecover it?")
                    .arg(autosavePath),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            return answer == QMessageBox::Yes ? Prompts::Recovery::Recover
                                              : Prompts::Recovery::Discard;
        };
    if (!p.unsaved)
        p.unsaved = [parent] {
            const auto answer = QMessageBox::question(
                parent, MainWindow::tr("Unsaved changes"),
                MainWindow::tr("The document has unsaved changes. Save them?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            if (answer == QMessageBox::Save) return Prompts::Unsaved::Save;
            if (answer == QMessageBox::Discard) return Prompts::Unsaved::Discard;
            return Prompts::Unsaved::Cancel;
        };
    if (!p.exportDespite)
        p.exportDespite = [parent](const QStringList& lines) {
            return askExportDespite(parent, lines);
        };
    if (!p.newDocument)
        p.newDocument = [parent]() -> std::optional<model::Document> {
            NewDocumentDialog dialog(parent);
            while (dialog.exec() == QDialog::Accepted) {
                auto doc = dialog.document();
                if (doc) return std::move(*doc);
            }
            return std::nullopt;
        };
    return p;
}

}  // namespace

MainWindow::MainWindow(Prompts prompts, QWidget* parent)
    : QMainWindow(parent),
      m_prompts(withDefaults(std::move(prompts), this)),
      m_session(new EditorSession(this)),
      m_scene(new PageScene(m_session, this)),
      m_view(new PageView(m_scene, this)),
      m_autosaver(new Autosaver(m_session, this)),
      m_zoomLabel(new QLabel(this)),
      m_layoutLabel(new QLabel(this)),
      m_export(new ExportJob(this)),
      m_exportStrip(new ExportStrip(m_export, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_view);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    buildDocks();
    attachCheckDock(this);
    buildMenus();
    statusBar()->addPermanentWidget(m_exportStrip);
    statusBar()->addPermanentWidget(m_layoutLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_session, &EditorSession::problem, this, &MainWindow::reportError);
    connect(m_export, &ExportJob::finished, this, &MainWindow::onExportFinished);
    // The worker's preflight found print errors: the same question as before it ran off-thread.
    m_export->setDecision([this](const std::vector<check::Finding>& blocking) {
        return m_prompts.exportDespite(blockerLines(blocking));
    });
    connect(m_session, &EditorSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditorSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditorSession::layoutChanged, this, &MainWindow::updateStatus);
    connect(m_session, &EditorSession::documentReset, this, [this] {
        m_pages->setCurrentPage(0);
        m_inspector->setPage(0);
        m_view->fitPage();
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });
    connect(m_view, &PageView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_scene, &PageScene::frameSelected, this, &MainWindow::onFrameSelected);
    connect(m_scene, &PageScene::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(m_scene, &PageScene::frameActivated, this, [this](const QString& articleId) {
        m_bin->selectArticle(articleId);
        m_text->setArticle(articleId);
        m_text->parentWidget()->show();
        m_text->parentWidget()->raise();
        m_text->editor()->setFocus();
    });
    resize(1600, 1000);
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() {
    // The worker reads the session's fonts: it stops before the children (the session first)
    // are destroyed. Nobody is told: the window is going.
    m_export->blockSignals(true);
    m_export->cancelAndWait();
    // The children go in creation order, the session first: its teardown must not call back
    // into panels and a window that are half destroyed.
    m_session->blockSignals(true);
}

void MainWindow::buildDocks() {
    auto dock = [this](QWidget* w, const QString& title, const char* name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(w);
        addDockWidget(area, d);
        m_dockToggles << d->toggleViewAction();
        return d;
    };
    m_bin = new ArticleBin(m_session, this);
    m_pages = new PagesPanel(m_session, this);
    m_inspector = new Inspector(m_session, this);
    m_text = new TextPanel(m_session, this);
    auto* history = new QUndoView(m_session->undoStack(), this);
    history->setEmptyLabel(tr("<original document>"));

    auto* binDock = dock(m_bin, tr("Articles"), "ArticlesDock", Qt::LeftDockWidgetArea);
    auto* pagesDock = dock(m_pages, tr("Pages"), "PagesDock", Qt::LeftDockWidgetArea);
    // The inspector scrolls: a frame's and its story's fields together are taller than a
    // laptop screen, and a dock's minimum height would otherwise grow the window past it.
    auto* inspectorScroll = new QScrollArea(this);
    inspectorScroll->setWidget(m_inspector);
    inspectorScroll->setWidgetResizable(true);
    inspectorScroll->setFrameShape(QFrame::NoFrame);
    inspectorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inspectorDock =
        dock(inspectorScroll, tr("Inspector"), "InspectorDock", Qt::RightDockWidgetArea);
    auto* textDock = dock(m_text, tr("Text"), "TextDock", Qt::RightDockWidgetArea);
    auto* historyDock = dock(history, tr("History"), "HistoryDock", Qt::RightDockWidgetArea);
    splitDockWidget(binDock, pagesDock, Qt::Vertical);
    splitDockWidget(inspectorDock, textDock, Qt::Vertical);
    tabifyDockWidget(textDock, historyDock);
    textDock->raise();
    resizeDocks({binDock, pagesDock}, {640, 220}, Qt::Vertical);
    resizeDocks({binDock, inspectorDock}, {340, 340}, Qt::Horizontal);

    connect(m_bin, &ArticleBin::articleSelected, this, [this](const QString& id) {
        if (id.isEmpty()) return;
        m_text->setArticle(id);
        // Keep the selected frame in the inspector if it shows this article.
        QString frame;
        const auto& doc = m_session->document();
        const std::string selected = m_scene->selectedFrame();
        if (const int page = pageOfFrame(doc, selected); page >= 0) {
            const auto* f = findArticleFrame(doc.pages[page], selected);
            if (f && toQString(f->articleId) == id) frame = toQString(selected);
        }
        m_inspector->showSelection(frame, id);
    });
    connect(m_bin, &ArticleBin::importRequested, this, [this] { importArticles({}); });
    connect(m_pages, &PagesPanel::pageChosen, this, &MainWindow::showPage);
    auto show = [this](const QString& m) { statusBar()->showMessage(m, 8000); };
    connect(m_inspector, &Inspector::message, this, show);
    connect(m_pages, &PagesPanel::message, this, show);
    connect(m_text, &TextPanel::message, this, show);
}

void MainWindow::onFrameSelected(const QString& frameId, const QString& articleId) {
    m_inspector->showSelection(frameId, articleId);
    if (!articleId.isEmpty()) {
        m_bin->selectArticle(articleId);
        m_text->setArticle(articleId);
    }
}

void MainWindow::showPage(int index) {
    m_scene->setPageIndex(index);
    m_pages->setCurrentPage(m_scene->pageIndex());
    m_inspector->setPage(m_scene->pageIndex());
    if (m_view->fitMode() == PageView::Fit::Page) m_view->fitPage();
    updateStatus();
}

void MainWindow::setPreview(bool on) {
    m_scene->setPreview(on);
    if (m_previewAction && m_previewAction->isChecked() != on) m_previewAction->setChecked(on);
}

bool MainWindow::preview() const { return m_scene->preview(); }

void MainWindow::updateTitle() {
    const QString path = m_session->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Banmian").arg(name));
    setWindowModified(m_session->isModified());
}

void MainWindow::updateStatus() {
    m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
    m_layoutLabel->setText(tr("Layout %1 ms").arg(m_session->lastLayoutMs(), 0, 'f', 1));
}

void MainWindow::reportError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    m_prompts.error(message);
}

bool MainWindow::maybeKeepChanges() {
    m_text->flush();
    if (!m_session->isModified()) return true;
    switch (m_prompts.unsaved()) {
        case Prompts::Unsaved::Save:
            return save();
        case Prompts::Unsaved::Discard:
            return true;
        case Prompts::Unsaved::Cancel:
            return false;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    // A running export stops and its file is not written (the old one stays).
    m_export->cancelAndWait();
    // A clean close leaves no autosave behind: there is nothing to recover.
    m_autosaver->discard();
    event->accept();
}

}  // namespace bm::gui
