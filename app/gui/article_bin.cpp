// SPDX-License-Identifier: MIT
#include "gui/article_bin.h"

#include <QMessageBox>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <set>

#include "gui/editor_session.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "layout/base/utf.h"
#include "layout/place/occupancy.h"

namespace bm::gui {

namespace {

enum Column { kTitle, kLength, kState };
constexpr int kIdRole = Qt::UserRole;

}  // namespace

ArticleList::ArticleList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
}

QStringList ArticleList::mimeTypes() const { return {QString::fromLatin1(kArticleMime)}; }

QMimeData* ArticleList::mimeData(const QList<QTreeWidgetItem*>& items) const {
    if (items.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(kArticleMime, items.first()->data(kTitle, kIdRole).toString().toUtf8());
    data->setText(items.first()->text(kTitle));
    return data;
}

ArticleBin::ArticleBin(EditorSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new ArticleList(this)) {
    m_list->setHeaderLabels({tr("Article"), tr("Length"), tr("State")});
    m_list->header()->setSectionResizeMode(kTitle, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(kLength, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(kState, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto* importButton = new QPushButton(tr("Import…"), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    importButton->setToolTip(tr("Import .txt or .docx files as articles"));
    removeButton->setToolTip(tr("Remove the article and its frames"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(importButton, &QPushButton::clicked, this, &ArticleBin::importRequested);
    connect(removeButton, &QPushButton::clicked, this, &ArticleBin::removeCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        emit articleSelected(item ? item->data(kTitle, kIdRole).toString() : QString());
    });
    connect(session, &EditorSession::layoutChanged, this, &ArticleBin::refresh);
    connect(session, &EditorSession::documentReset, this, &ArticleBin::refresh);
    refresh();
}

QString ArticleBin::currentArticle() const {
    const auto* item = m_list->currentItem();
    return item ? item->data(kTitle, kIdRole).toString() : QString();
}

void ArticleBin::selectArticle(const QString& id) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        auto* item = m_list->topLevelItem(i);
        if (item->data(kTitle, kIdRole).toString() == id) {
            if (m_list->currentItem() != item) m_list->setCurrentItem(item);
            return;
        }
    }
}

QString ArticleBin::stateText(const QString& id) const {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const auto* item = m_list->topLevelItem(i);
        if (item->data(kTitle, kIdRole).toString() == id) return item->text(kState);
    }
    return {};
}

void ArticleBin::refresh() {
    const auto& doc = m_session->document();
    const auto& fits = m_session->layout()->fits;
    const QString current = currentArticle();
    const QSignalBlocker block(m_list);
    // Stories with a frame overlapping another item: their text would print over it.
    std::set<std::string> overlapping;
    for (const auto& p : doc.pages) {
        const auto occupancy = place::pageOccupancy(doc, p);
        for (const auto& o : occupancy.overlaps)
            for (size_t i : {o.a, o.b})
                if (!occupancy.items[i].articleId.empty())
                    overlapping.insert(occupancy.items[i].articleId);
    }
    // Keep the items (and the scroll position) when only the states changed.
    while (m_list->topLevelItemCount() > static_cast<int>(doc.articles.size()))
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    for (size_t i = 0; i < doc.articles.size(); ++i) {
        const model::Article& a = doc.articles[i];
        auto* item = static_cast<int>(i) < m_list->topLevelItemCount()
                         ? m_list->topLevelItem(static_cast<int>(i))
                         : new QTreeWidgetItem(m_list);
        const QString id = toQString(a.id);
        const std::u16string head = headlineFirstLine(a);
        item->setText(kTitle, head.empty() ? id : toQString(head));
        item->setData(kTitle, kIdRole, id);
        item->setToolTip(kTitle, toQString(a.headline) + QStringLiteral("\n[") + id + u']');

        item->setText(kLength, tr("%1 chars").arg(articleChars(a, fits)));
        item->setTextAlignment(kLength, Qt::AlignRight | Qt::AlignVCenter);

        const auto it = fits.find(a.id);
        QString state = tr("Unplaced");
        QColor colour = QColor(120, 120, 120);
        if (it != fits.end() && it->second.placed) {
            if (overlapping.count(a.id)) {
                state = tr("Overlaps");
                colour = QColor(210, 20, 20);
            } else if (it->second.oversetChars > 0) {
                state = tr("Overset +%1").arg(it->second.oversetChars);
                colour = QColor(210, 20, 20);
            } else {
                state = tr("Placed");
                colour = QColor(20, 130, 40);
            }
        }
        item->setText(kState, state);
        item->setForeground(kState, colour);
    }
    selectArticle(current);
}

void ArticleBin::removeCurrent() {
    const QString id = currentArticle();
    if (id.isEmpty()) return;
    // A placed article takes its frames with it: say so and ask first.
    int frames = 0;
    for (const auto& p : m_session->document().pages)
        for (const auto& f : p.articleFrames) frames += f.articleId == toUtf8(id);
    if (frames > 0) {
        const QString question =
            tr("Remove the article \"%1\" and its %2 frame(s) from the pages?").arg(id).arg(frames);
        const bool yes = m_confirm ? m_confirm(question)
                                   : QMessageBox::question(this, tr("Remove Article"), question,
                                                           QMessageBox::Yes | QMessageBox::No,
                                                           QMessageBox::No) == QMessageBox::Yes;
        if (!yes) return;
    }
    m_session->apply(model::RemoveArticle{toUtf8(id)});
}

}  // namespace bm::gui
