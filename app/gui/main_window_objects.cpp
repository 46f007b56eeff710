// SPDX-License-Identifier: MIT
// The window's object commands: cut/copy/paste/duplicate (also between documents, through the
// system clipboard), select all, lock, nudge with the arrow keys, align and distribute, the
// drawing tools, and 置入图片.
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>

#include "gui/editor_session.h"
#include "gui/main_window.h"
#include "gui/messages.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/picture_placement.h"
#include "gui/qt_convert.h"
#include "layout/model/arrange.h"
#include "layout/model/clipboard.h"
#include "layout/model/page_objects.h"
#include "layout/model/serialize.h"

namespace bm::gui {

namespace {

constexpr const char* kObjectsMime = "application/x-banmian-objects";

QAction* canvasAction(QWidget* owner, QWidget* canvas, const QString& text,
                      const QList<QKeySequence>& keys) {
    auto* a = new QAction(text, owner);
    a->setShortcuts(keys);
    // On the canvas only: in a text dock the same keys copy, paste and move the cursor.
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    canvas->addAction(a);
    return a;
}

}  // namespace

void MainWindow::copySelection(bool cut) {
    const model::Page* page = m_scene->page();
    if (!page || m_scene->selection().empty()) return;
    const model::Document clip =
        model::copyObjects(m_session->document(), *page, m_scene->selection());
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kObjectsMime),
                  QByteArray::fromStdString(model::serializeDocument(clip)));
    QApplication::clipboard()->setMimeData(mime);
    if (cut) m_scene->deleteSelected();
}

bool MainWindow::paste() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    const model::Page* page = m_scene->page();
    if (!mime || !page || !mime->hasFormat(QString::fromLatin1(kObjectsMime))) return false;
    const QByteArray json = mime->data(QString::fromLatin1(kObjectsMime));
    auto clip = model::parseDocument(std::string_view(json.constData(), json.size()), "clipboard");
    if (!clip || clip->pages.empty()) return false;
    // On the page it came from, a paste lands one column and line away (not on top).
    const bool samePage =
        clip->pages.front().id == page->id && clip->title == m_session->document().title;
    std::vector<std::string> ids;
    auto edit = model::pasteEdit(m_session->document(), page->id, *clip, samePage ? 1 : 0,
                                 samePage ? 1 : 0, &ids);
    if (!edit) {
        statusBar()->showMessage(explainEditError(toQString(edit.error())), 8000);
        return false;
    }
    const QString error = m_session->apply(*edit);
    if (!error.isEmpty()) {
        statusBar()->showMessage(explainEditError(error), 8000);
        return false;
    }
    m_scene->setSelection(ids);
    return true;
}

bool MainWindow::duplicateSelection() {
    const model::Page* page = m_scene->page();
    if (!page || m_scene->selection().empty()) return false;
    const auto clip = model::copyObjects(m_session->document(), *page, m_scene->selection());
    std::vector<std::string> ids;
    auto edit = model::pasteEdit(m_session->document(), page->id, clip, 1, 1, &ids);
    if (!edit) return false;
    const QString error = m_session->apply(*edit);
    if (!error.isEmpty()) {
        statusBar()->showMessage(explainEditError(error), 8000);
        return false;
    }
    m_scene->setSelection(ids);
    return true;
}

void MainWindow::toggleLock() {
    const model::Page* page = m_scene->page();
    if (!page || m_scene->selection().empty()) return;
    // Lock all unless all are locked already (then unlock all).
    bool allLocked = true;
    for (const auto& id : m_scene->selection())
        if (auto o = model::findObject(*page, id)) allLocked = allLocked && o->locked;
    model::Batch batch;
    for (const auto& id : m_scene->selection())
        batch.edits.push_back(model::SetLocked{page->id, id, !allLocked});
    m_session->apply(batch.edits.size() == 1 ? batch.edits.front() : model::Edit(batch));
}

bool MainWindow::placePictures(const QStringList& requested) {
    QStringList paths = requested;
    if (paths.isEmpty()) {
        paths =
            QFileDialog::getOpenFileNames(this, tr("Place Pictures"), QString(),
                                          tr("Pictures (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"));
        if (paths.isEmpty()) return false;
    }
    const model::Page* page = m_scene->page();
    if (!page) return false;
    // Into the selected article frame when there is one, else at the top left of the page.
    std::string target = m_scene->selectedFrame();
    Point at{page->typeArea.x + 1000, page->typeArea.y + 1000};
    if (auto o = model::findObject(*page, target))
        at = Point{o->bounds.x + 1000, o->bounds.y + 1000};
    else
        target.clear();
    auto placed = gui::placePictures(*m_session, m_scene->pageIndex(), paths, at, target);
    if (!placed) {
        reportError(explainEditError(toQString(placed.error())));
        return false;
    }
    m_scene->setSelection(*placed);
    return true;
}

void MainWindow::buildObjectMenus(QMenu* edit) {
    auto* cut = canvasAction(this, m_view, tr("Cu&t"), {QKeySequence::Cut});
    auto* copy = canvasAction(this, m_view, tr("&Copy"), {QKeySequence::Copy});
    auto* pasteA = canvasAction(this, m_view, tr("&Paste"), {QKeySequence::Paste});
    auto* dup = canvasAction(this, m_view, tr("D&uplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    auto* all = canvasAction(this, m_view, tr("Select &All"), {QKeySequence::SelectAll});
    auto* lock = canvasAction(this, m_view, tr("&Lock / Unlock"),
                              {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)});
    connect(cut, &QAction::triggered, this, [this] { copySelection(true); });
    connect(copy, &QAction::triggered, this, [this] { copySelection(false); });
    connect(pasteA, &QAction::triggered, this, [this] { paste(); });
    connect(dup, &QAction::triggered, this, [this] { duplicateSelection(); });
    connect(all, &QAction::triggered, m_scene, &PageScene::selectAll);
    connect(lock, &QAction::triggered, this, &MainWindow::toggleLock);
    edit->addSeparator();
    for (auto* a : {cut, copy, pasteA, dup, all, lock}) edit->addAction(a);

    // Arrow keys: one grid step (a column sideways, a line up or down); Shift: a column
    // sideways, ten lines up or down.
    const struct {
        Qt::Key key;
        int columns, lines;
    } nudges[] = {
        {Qt::Key_Left, -1, 0}, {Qt::Key_Right, 1, 0}, {Qt::Key_Up, 0, -1}, {Qt::Key_Down, 0, 1}};
    for (const auto& n : nudges) {
        auto* a = canvasAction(this, m_view, QString(), {QKeySequence(n.key)});
        connect(a, &QAction::triggered, this,
                [this, n] { m_scene->nudgeSelection(n.columns, n.lines); });
        auto* big = canvasAction(this, m_view, QString(), {QKeySequence(Qt::SHIFT | n.key)});
        connect(big, &QAction::triggered, this,
                [this, n] { m_scene->nudgeSelection(n.columns, n.lines * 10); });
    }

    // Object: align, distribute, drawing tools, pictures.
    QMenu* object = menuBar()->addMenu(tr("&Object"));
    auto* place = new QAction(tr("Place &Picture…"), this);
    place->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(place, &QAction::triggered, this, [this] { placePictures(); });
    object->addAction(place);
    object->addSeparator();
    auto* tools = new QActionGroup(this);
    const std::pair<Tool, QString> toolList[] = {{Tool::Select, tr("&Select Tool")},
                                                 {Tool::Rule, tr("Draw &Rule")},
                                                 {Tool::Box, tr("Draw &Box")},
                                                 {Tool::Label, tr("Draw &Label")}};
    for (const auto& [tool, label] : toolList) {
        QAction* a = object->addAction(label);
        a->setCheckable(true);
        a->setChecked(tool == Tool::Select);
        tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, t = tool] { m_scene->setTool(t); });
        if (tool == Tool::Select)
            connect(m_scene, &PageScene::toolFinished, a, [a] { a->setChecked(true); });
    }
    object->addSeparator();
    QMenu* align = object->addMenu(tr("&Align"));
    const std::pair<model::AlignMode, QString> modes[] = {
        {model::AlignMode::Left, tr("Left Edges")},
        {model::AlignMode::HCenter, tr("Horizontal Centres")},
        {model::AlignMode::Right, tr("Right Edges")},
        {model::AlignMode::Top, tr("Top Edges")},
        {model::AlignMode::VCenter, tr("Vertical Centres")},
        {model::AlignMode::Bottom, tr("Bottom Edges")}};
    for (const auto& [mode, label] : modes)
        connect(align->addAction(label), &QAction::triggered, this, [this, m = mode] {
            if (const model::Page* p = m_scene->page()) {
                auto e = model::alignEdit(*p, m_scene->selection(), m);
                const QString err = e ? m_session->apply(*e) : toQString(e.error());
                if (!err.isEmpty()) statusBar()->showMessage(explainEditError(err), 8000);
            }
        });
    QMenu* distribute = object->addMenu(tr("&Distribute"));
    for (const bool horizontal : {true, false})
        connect(distribute->addAction(horizontal ? tr("Horizontally") : tr("Vertically")),
                &QAction::triggered, this, [this, horizontal] {
                    if (const model::Page* p = m_scene->page()) {
                        auto e = model::distributeEdit(*p, m_scene->selection(), horizontal);
                        const QString err = e ? m_session->apply(*e) : toQString(e.error());
                        if (!err.isEmpty()) statusBar()->showMessage(explainEditError(err), 8000);
                    }
                });
}

}  // namespace bm::gui
