// SPDX-License-Identifier: MIT
#include "gui/check_dock.h"

#include <QDockWidget>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTextBlock>
#include <algorithm>

#include "gui/article_bin.h"
#include "gui/check_panel.h"
#include "gui/check_status.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/main_window.h"
#include "gui/page_scene.h"
#include "gui/page_view.h"
#include "gui/qt_convert.h"
#include "gui/text_panel.h"

namespace bm::gui {

void attachCheckDock(MainWindow* w) {
    auto* panel = new CheckPanel(w->session(), w);
    auto* status = new CheckStatus(w);
    auto* dock = new QDockWidget(CheckPanel::tr("Check"), w);
    dock->setObjectName(QStringLiteral("CheckDock"));
    dock->setWidget(panel);
    // Under the canvas only: the side docks keep their full height.
    w->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    w->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    w->addDockWidget(Qt::BottomDockWidgetArea, dock);
    w->resizeDocks({dock}, {230}, Qt::Vertical);
    w->statusBar()->addPermanentWidget(status);

    QObject::connect(panel, &CheckPanel::summaryChanged, status, &CheckStatus::showSummary);
    status->showSummary(panel->result().summary);
    QObject::connect(status, &QToolButton::clicked, dock, [dock] {
        dock->show();
        dock->raise();
    });
    QObject::connect(panel, &CheckPanel::findingActivated, w,
                     [w](const check::Finding& f) { showFinding(w, f); });
    QObject::connect(panel, &CheckPanel::message, w,
                     [w](const QString& m) { w->statusBar()->showMessage(m, 8000); });
}

namespace {

/// The frame to select: the finding's, else (a headline, a 报眉 field) its article's first
/// frame on its page.
std::string frameOf(const model::Document& doc, const check::Location& l) {
    if (!l.frame.empty() || l.article.empty()) return l.frame;
    for (const auto& p : doc.pages)
        if (p.id == l.page)
            for (const auto& af : p.articleFrames)
                if (af.articleId == l.article) return af.id;
    return {};
}

void selectBodyRange(TextPanel* text, const check::Location& l) {
    text->setArticle(toQString(l.article));
    QPlainTextEdit* edit = text->editor();
    const QTextBlock block = edit->document()->findBlockByNumber(l.paragraph);
    if (!block.isValid()) return;
    const int last = block.length() - 1;  // without the block separator
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(l.utf16->begin, 0, last));
    c.setPosition(block.position() + std::clamp(l.utf16->end, 0, last), QTextCursor::KeepAnchor);
    edit->setTextCursor(c);
    edit->centerCursor();
    text->parentWidget()->show();
    text->parentWidget()->raise();
}

}  // namespace

void showFinding(MainWindow* w, const check::Finding& f) {
    const auto& doc = w->session()->document();
    const auto& l = f.location;
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (!l.page.empty() && doc.pages[i].id == l.page && w->scene()->pageIndex() != int(i))
            w->showPage(int(i));
    const std::string frame = frameOf(doc, l);
    if (!frame.empty()) {
        w->scene()->selectFrame(frame);
        const auto& overlays = w->scene()->overlays();
        if (auto it = overlays.find(frame); it != overlays.end())
            w->view()->ensureVisible(it->second->sceneBoundingRect(), 40, 40);
    }
    if (l.article.empty()) return;
    w->bin()->selectArticle(toQString(l.article));
    if (l.field == check::FieldKind::Paragraphs && l.paragraph >= 0 && l.utf16)
        selectBodyRange(w->textPanel(), l);
}

}  // namespace bm::gui
