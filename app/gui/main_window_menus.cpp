// SPDX-License-Identifier: MIT
// The window's menus and shortcuts (those of other DTP tools where there is a convention).
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include "gui/article_bin.h"
#include "gui/autolayout_dialog.h"
#include "gui/editor_session.h"
#include "gui/find_replace_dialog.h"
#include "gui/main_window.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/pages_panel.h"
#include "gui/paragraph_style_dialog.h"
#include "gui/recent_files.h"
#include "gui/text_panel.h"
#include "gui/ui_language.h"

namespace bm::gui {

namespace {

QAction* action(QWidget* owner, const QString& text, const QList<QKeySequence>& keys = {}) {
    auto* a = new QAction(text, owner);
    a->setShortcuts(keys);
    return a;
}

/// Single-key shortcuts (W, Delete) must not fire while typing in a dock: they live on the
/// canvas only.
void canvasOnly(QAction* a, QWidget* canvas) {
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    canvas->addAction(a);
}

}  // namespace

void MainWindow::buildMenus() {
    // File.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    auto* newDoc = action(this, tr("&New"), {QKeySequence::New});
    auto* open = action(this, tr("&Open…"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
    auto* saveA = action(this, tr("&Save"), {QKeySequence(Qt::CTRL | Qt::Key_S)});
    auto* saveAsA = action(this, tr("Save &As…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    auto* import = action(this, tr("&Import Articles…"), {QKeySequence(Qt::CTRL | Qt::Key_I)});
    auto* exportPdf = action(this, tr("Export &PDF…"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    auto* exportPng =
        action(this, tr("Export P&NG…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    auto* quit = action(this, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    connect(newDoc, &QAction::triggered, this, [this] { newDocument(); });
    connect(open, &QAction::triggered, this, [this] { openPath({}); });
    connect(saveA, &QAction::triggered, this, [this] { save(); });
    connect(saveAsA, &QAction::triggered, this, [this] { saveAs(); });
    connect(import, &QAction::triggered, this, [this] { importArticles({}); });
    connect(exportPdf, &QAction::triggered, this, [this] { exportPdfTo({}); });
    connect(exportPng, &QAction::triggered, this, [this] { exportPngTo({}); });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(newDoc);
    file->addAction(open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(saveA);
    file->addAction(saveAsA);
    file->addSeparator();
    file->addAction(import);
    file->addAction(exportPdf);
    file->addAction(exportPng);
    file->addSeparator();
    file->addAction(quit);

    // Edit.
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction* redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto* del = action(this, tr("&Delete Frame"),
                       {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    canvasOnly(del, m_view);
    connect(del, &QAction::triggered, this, [this] { m_scene->deleteSelected(); });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(del);
    // 查找/替换: one dialog per window, kept between uses (its fields stay filled).
    auto* find = action(this, tr("&Find and Replace…"),
                        {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_H)});
    connect(find, &QAction::triggered, this, [this] {
        auto* dialog = findChild<FindReplaceDialog*>();
        if (!dialog)
            dialog = new FindReplaceDialog(
                m_session, [this] { return m_bin ? m_bin->currentArticle() : QString(); },
                [this] { return m_scene->pageIndex(); }, this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    edit->addAction(find);
    buildObjectMenus(edit);

    // View.
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto* fitPage = action(this, tr("Fit &Page"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    auto* fitWidth = action(this, tr("Fit &Width"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0)});
    auto* actual = action(this, tr("&Actual Size (100%)"), {QKeySequence(Qt::CTRL | Qt::Key_1)});
    auto* zoomIn =
        action(this, tr("Zoom &In"),
               {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto* zoomOut = action(this, tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_previewAction = action(this, tr("P&review"), {QKeySequence(Qt::Key_W)});
    m_previewAction->setCheckable(true);
    m_previewAction->setToolTip(tr("Hide guides, frames and handles: what will print"));
    canvasOnly(m_previewAction, m_view);
    m_baselineAction =
        action(this, tr("&Baseline Grid"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Apostrophe)});
    m_baselineAction->setCheckable(true);
    auto* prevPage = action(this, tr("Previous Page"), {QKeySequence(Qt::Key_PageUp)});
    auto* nextPage = action(this, tr("Next Page"), {QKeySequence(Qt::Key_PageDown)});
    canvasOnly(prevPage, m_view);
    canvasOnly(nextPage, m_view);
    connect(fitPage, &QAction::triggered, m_view, &PageView::fitPage);
    connect(fitWidth, &QAction::triggered, m_view, &PageView::fitWidth);
    connect(actual, &QAction::triggered, m_view, &PageView::actualSize);
    connect(zoomIn, &QAction::triggered, m_view, &PageView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &PageView::zoomOut);
    connect(m_previewAction, &QAction::toggled, this, &MainWindow::setPreview);
    connect(m_baselineAction, &QAction::toggled, m_scene, &PageScene::setBaselineGrid);
    connect(prevPage, &QAction::triggered, this, [this] { showPage(m_scene->pageIndex() - 1); });
    connect(nextPage, &QAction::triggered, this, [this] { showPage(m_scene->pageIndex() + 1); });
    for (auto* a : {fitPage, fitWidth, actual, zoomIn, zoomOut}) m_viewMenu->addAction(a);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_previewAction);
    m_viewMenu->addAction(m_baselineAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(prevPage);
    m_viewMenu->addAction(nextPage);
    m_viewMenu->addSeparator();
    QMenu* panels = m_viewMenu->addMenu(tr("Panels"));
    for (auto* t : m_dockToggles) panels->addAction(t);

    // Page.
    QMenu* pageMenu = menuBar()->addMenu(tr("&Page"));
    auto* addPage = action(this, tr("&Add Page"));
    auto* removePage = action(this, tr("&Remove Page"));
    connect(addPage, &QAction::triggered, m_pages, &PagesPanel::addPage);
    connect(removePage, &QAction::triggered, this,
            [this] { m_pages->removePage(m_scene->pageIndex()); });
    pageMenu->addAction(addPage);
    pageMenu->addAction(removePage);
    pageMenu->addSeparator();
    buildFitMenu(pageMenu);
    pageMenu->addSeparator();
    auto* autoLayout = action(this, tr("Auto &Layout…"));
    connect(autoLayout, &QAction::triggered, this, &MainWindow::openAutoLayout);
    pageMenu->addAction(autoLayout);

    // Format: the definitions of the body's paragraph styles (issue 14).
    QMenu* format = menuBar()->addMenu(tr("F&ormat"));
    // Bold and the paragraph styles act on the 正文 dock's selection (its text box handles
    // Ctrl+B itself while it has the focus, so the key never toggles twice).
    auto* boldAction = action(this, tr("&Bold"), {QKeySequence::Bold});
    connect(boldAction, &QAction::triggered, m_text, &TextPanel::toggleBold);
    format->addAction(boldAction);
    QMenu* paragraphMenu = format->addMenu(tr("Apply Paragraph &Style"));
    const std::pair<const char*, QString> styles[] = {{"body", tr("Body")},
                                                      {"subhead", tr("Subhead")},
                                                      {"quote", tr("Quote")},
                                                      {"signature", tr("Signature")}};
    for (const auto& [name, label] : styles) {
        const std::string style = name;
        connect(paragraphMenu->addAction(label), &QAction::triggered, this,
                [this, style] { m_text->setParagraphStyle(style); });
    }
    format->addSeparator();
    auto* paragraphStyles = action(this, tr("&Paragraph Styles…"));
    connect(paragraphStyles, &QAction::triggered, this, [this] {
        m_text->flush();
        ParagraphStyleDialog dialog(m_session, this);
        dialog.exec();
    });
    format->addAction(paragraphStyles);

    // Settings: the language, applied at the next start (every widget is built translated).
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const std::pair<UiLanguage, QString> choices[] = {
        {UiLanguage::System, tr("Follow the system")},
        {UiLanguage::Chinese, QStringLiteral("中文（简体）")},
        {UiLanguage::English, QStringLiteral("English")}};
    for (const auto& [lang, label] : choices) {
        QAction* a = language->addAction(label);
        a->setCheckable(true);
        a->setChecked(languageSetting() == lang);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, l = lang] {
            setLanguageSetting(l);
            statusBar()->showMessage(tr("The language changes when Banmian is started again."),
                                     10000);
        });
    }

    // Help.
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = action(this, tr("&About Banmian"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Banmian"),
                           tr("Banmian (版面): newspaper layout and pagination for Chinese "
                              "newspapers."));
    });
    help->addAction(about);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    for (const QString& f : files) {
        QAction* a = m_recentMenu->addAction(QFileInfo(f).fileName());
        a->setToolTip(f);
        a->setStatusTip(f);
        connect(a, &QAction::triggered, this, [this, f] { openPath(f); });
    }
}

AutoLayoutDialog* MainWindow::openAutoLayout() {
    auto* dialog = findChild<AutoLayoutDialog*>();
    if (!dialog) dialog = new AutoLayoutDialog(m_session, this);
    dialog->prepare(m_scene->pageIndex());
    dialog->setWindowModality(Qt::WindowModal);  // the page must not change under the candidates
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

}  // namespace bm::gui
