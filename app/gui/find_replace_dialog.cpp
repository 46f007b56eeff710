// SPDX-License-Identifier: MIT
#include "gui/find_replace_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"
#include "layout/search/find_replace.h"

namespace bm::gui {

namespace {

enum ScopeIndex { kArticle = 0, kPage = 1, kIssue = 2 };

}  // namespace

FindReplaceDialog::FindReplaceDialog(EditorSession* session,
                                     std::function<QString()> currentArticle,
                                     std::function<int()> currentPage, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_currentArticle(std::move(currentArticle)),
      m_currentPage(std::move(currentPage)),
      m_find(new QLineEdit(this)),
      m_replace(new QLineEdit(this)),
      m_scope(new QComboBox(this)),
      m_regex(new QCheckBox(tr("Regular expression"), this)),
      m_case(new QCheckBox(tr("Match case"), this)),
      m_word(new QCheckBox(tr("Whole word"), this)),
      m_result(new QLabel(this)) {
    setWindowTitle(tr("Find and Replace"));
    m_scope->addItems({tr("Selected article"), tr("This page"), tr("Whole issue")});
    m_scope->setCurrentIndex(kIssue);
    auto* form = new QFormLayout;
    form->addRow(tr("Find:"), m_find);
    form->addRow(tr("Replace with:"), m_replace);
    form->addRow(tr("In:"), m_scope);
    auto* options = new QHBoxLayout;
    for (QCheckBox* box : {m_regex, m_case, m_word}) options->addWidget(box);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* countButton = buttons->addButton(tr("Count"), QDialogButtonBox::ActionRole);
    QPushButton* replaceButton =
        buttons->addButton(tr("Replace All"), QDialogButtonBox::ActionRole);
    connect(countButton, &QPushButton::clicked, this, [this] { count(); });
    connect(replaceButton, &QPushButton::clicked, this, [this] { replaceAll(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
}

search::Scope FindReplaceDialog::currentScope() const {
    search::Scope scope;
    scope.kind = static_cast<search::Scope::Kind>(m_scope->currentIndex());
    scope.articleId = toUtf8(m_currentArticle());
    scope.pageIndex = m_currentPage();
    return scope;
}

search::Query FindReplaceDialog::currentQuery() const {
    return {toU16(m_find->text()), toU16(m_replace->text()), m_regex->isChecked(),
            m_case->isChecked(), m_word->isChecked()};
}

int FindReplaceDialog::count() {
    const search::Scope scope = currentScope();
    const search::Query query = currentQuery();
    auto matches = search::findAll(m_session->document(), query, scope);
    if (!matches) {
        m_result->setText(toQString(matches.error()));
        return -1;
    }
    const int n = static_cast<int>(matches->size());
    m_result->setText(tr("%n match(es)", nullptr, n));
    return n;
}

int FindReplaceDialog::replaceAll() {
    const search::Scope scope = currentScope();
    const search::Query query = currentQuery();
    auto plan = search::planReplaceAll(m_session->document(), query, scope);
    if (!plan) {
        m_result->setText(toQString(plan.error()));
        return -1;
    }
    if (plan->count > 0) {
        const QString error = m_session->apply(plan->edit);
        if (!error.isEmpty()) {
            m_result->setText(error);
            return -1;
        }
    }
    m_result->setText(tr("Replaced %n match(es)", nullptr, plan->count));
    return plan->count;
}

}  // namespace bm::gui
