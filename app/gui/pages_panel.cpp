// SPDX-License-Identifier: MIT
#include "gui/pages_panel.h"

#include <QColor>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"
#include "layout/model/templates.h"
#include "layout/place/occupancy.h"

namespace bm::gui {

PagesPanel::PagesPanel(EditorSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_list(new QListWidget(this)) {
    auto* add = new QPushButton(tr("Add page"), this);
    auto* remove = new QPushButton(tr("Remove page"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PagesPanel::addPage);
    connect(remove, &QPushButton::clicked, this, [this] { removePage(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) emit pageChosen(row);
    });
    connect(session, &EditorSession::layoutChanged, this, &PagesPanel::refresh);
    connect(session, &EditorSession::documentReset, this, &PagesPanel::refresh);
    refresh();
}

void PagesPanel::setCurrentPage(int index) {
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(index);
}

void PagesPanel::refresh() {
    const auto& doc = m_session->document();
    const int current = std::max(m_list->currentRow(), 0);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto& p : doc.pages) {
        int frames = static_cast<int>(p.articleFrames.size());
        QString text = tr("Page %1  (%2 frames)").arg(p.number).arg(frames);
        // A page with overlapping items says so in red: they would print on top of each other.
        const size_t overlaps = place::pageOccupancy(doc, p).overlaps.size();
        if (overlaps > 0)
            text += QStringLiteral("  ") + tr("%n overlap(s)", nullptr, static_cast<int>(overlaps));
        m_list->addItem(text);
        if (overlaps > 0) m_list->item(m_list->count() - 1)->setForeground(QColor(210, 20, 20));
    }
    if (!doc.pages.empty())
        m_list->setCurrentRow(std::min(current, static_cast<int>(doc.pages.size()) - 1));
}

void PagesPanel::addPage() {
    const auto& doc = m_session->document();
    int number = 0;
    for (const auto& p : doc.pages) number = std::max(number, p.number);
    model::Page page = model::duikai8Template(m_session->newPageId(), number + 1);
    // A new page gets the grid of the first one, so the issue stays consistent.
    if (!doc.pages.empty()) {
        const model::Page& first = doc.pages.front();
        page.width = first.width;
        page.height = first.height;
        page.typeArea = first.typeArea;
        page.grid = first.grid;
        page.header.paperName = first.header.paperName;
        page.header.date = first.header.date;
    }
    const QString error = m_session->apply(model::AddPage{page, -1});
    if (!error.isEmpty()) {
        emit message(error);
        return;
    }
    const int index = static_cast<int>(m_session->document().pages.size()) - 1;
    setCurrentPage(index);
    emit pageChosen(index);
}

void PagesPanel::removePage(int index) {
    const auto& doc = m_session->document();
    if (index < 0 || index >= static_cast<int>(doc.pages.size()) || doc.pages.size() <= 1) return;
    const QString error = m_session->apply(model::RemovePage{doc.pages[index].id});
    if (!error.isEmpty()) emit message(error);
    emit pageChosen(std::min(index, static_cast<int>(m_session->document().pages.size()) - 1));
}

}  // namespace bm::gui
