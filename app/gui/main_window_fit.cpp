// SPDX-License-Identifier: MIT
// Copy-fit commands of the editor, over the engine's layout/place/fit.h (the same functions as
// `banmian fit`): 自动紧排/松排 of the selected story or of every story on the page, and fit frame
// to text. Each command is one undo step; the status bar says what could not be fitted.
#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <algorithm>

#include "gui/editor_session.h"
#include "gui/main_window.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "layout/place/fit.h"

namespace bm::gui {

namespace {

/// The article of the selected frame ("" when no article frame is selected).
std::string selectedArticle(const EditorSession& session, const PageScene& scene) {
    const auto& doc = session.document();
    const int p = scene.pageIndex();
    if (p < 0 || p >= static_cast<int>(doc.pages.size())) return {};
    const auto* f = findArticleFrame(doc.pages[static_cast<size_t>(p)], scene.selectedFrame());
    return f ? f->articleId : std::string();
}

}  // namespace

void MainWindow::buildFitMenu(QMenu* menu) {
    auto* fitStory = new QAction(tr("Auto &Fit Story (自动紧排/松排)"), this);
    fitStory->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    auto* fitPage = new QAction(tr("Auto Fit &Every Story on the Page"), this);
    auto* frameToText = new QAction(tr("Fit Frame to &Text"), this);
    connect(fitStory, &QAction::triggered, this, [this] { autoFitArticles(false); });
    connect(fitPage, &QAction::triggered, this, [this] { autoFitArticles(true); });
    connect(frameToText, &QAction::triggered, this, &MainWindow::fitFrameToText);
    menu->addAction(fitStory);
    menu->addAction(fitPage);
    menu->addAction(frameToText);
}

void MainWindow::autoFitArticles(bool wholePage) {
    const auto& doc = m_session->document();
    std::vector<std::string> ids;
    if (wholePage) {
        const int p = m_scene->pageIndex();
        if (p >= 0 && p < static_cast<int>(doc.pages.size()))
            for (const auto& f : doc.pages[static_cast<size_t>(p)].articleFrames)
                if (std::find(ids.begin(), ids.end(), f.articleId) == ids.end())
                    ids.push_back(f.articleId);
    } else if (auto id = selectedArticle(*m_session, *m_scene); !id.empty()) {
        ids.push_back(id);
    }
    if (ids.empty()) {
        statusBar()->showMessage(tr("Select a story's frame to fit it"), 8000);
        return;
    }
    std::vector<model::Edit> edits;
    QStringList report, done;
    for (const auto& id : ids) {
        auto fit = place::autoFit(doc, id, m_session->trials());
        if (!fit) {
            reportError(toQString(fit.error()));
            return;
        }
        if (fit->changed) {
            edits.push_back(model::SetTracking{id, fit->tracking});
            done << tr("%1: %n paragraph(s) at %2…%3‰", nullptr, fit->paragraphsTracked)
                        .arg(toQString(id))
                        .arg(fit->minMilliEm)
                        .arg(fit->maxMilliEm);
        }
        if (!fit->fits) report << QStringLiteral("%1: %2").arg(toQString(id), toQString(fit->note));
    }
    if (!edits.empty()) {
        model::Edit edit = edits.front();
        if (edits.size() > 1) edit = model::Batch{std::move(edits)};
        if (const QString error = m_session->apply(edit); !error.isEmpty()) {
            statusBar()->showMessage(explainEditError(error), 8000);
            return;
        }
    }
    if (done.isEmpty() && report.isEmpty()) done << tr("nothing to change");
    QString text = tr("Fitted: %1").arg(done.join(QStringLiteral("; ")));
    if (!report.isEmpty())
        text = (done.isEmpty() ? QString() : text + QStringLiteral(". ")) +
               tr("Could not fit: %1").arg(report.join(QStringLiteral("; ")));
    statusBar()->showMessage(text, 10000);
}

void MainWindow::fitFrameToText() {
    const std::string id = selectedArticle(*m_session, *m_scene);
    if (id.empty()) {
        statusBar()->showMessage(tr("Select a story's frame to fit it"), 8000);
        return;
    }
    auto f = place::fitFrameToText(m_session->document(), id, m_session->trials());
    if (!f) {
        reportError(toQString(f.error()));
        return;
    }
    if (!*f) return;
    const QString error = m_session->apply(
        model::ResizeFrame{(*f)->pageId, (*f)->frameId, (*f)->rectIndex, (*f)->to});
    if (!error.isEmpty())
        statusBar()->showMessage(explainEditError(error), 8000);
    else if ((*f)->oversetLines > 0)
        statusBar()->showMessage(
            tr("No room below: %n line(s) still overset", nullptr, (*f)->oversetLines), 8000);
}

}  // namespace bm::gui
