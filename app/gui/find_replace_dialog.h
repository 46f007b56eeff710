// SPDX-License-Identifier: MIT
#pragma once
// 查找/替换 (Edit ▸ Find and Replace…, Ctrl+H): a small non-modal dialog over the engine's
// find/replace (layout/search), the same function as `banmian replace`. Count shows how many
// matches the scope holds; Replace All applies them as one ReplaceAll edit, one undo step.
#include <QDialog>
#include <functional>

#include "layout/search/find_replace.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace bm::gui {

class EditorSession;

class FindReplaceDialog : public QDialog {
    Q_OBJECT
public:
    /// `currentArticle` and `currentPage` give the bin's article and the shown page (0-based)
    /// when the scope is used.
    FindReplaceDialog(EditorSession* session, std::function<QString()> currentArticle,
                      std::function<int()> currentPage, QWidget* parent = nullptr);

    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }
    QComboBox* scopeBox() const { return m_scope; }
    QCheckBox* regexBox() const { return m_regex; }
    QLabel* resultLabel() const { return m_result; }

    /// Counts the matches; the count, or -1 after an error (shown in the label).
    int count();
    /// Replaces every match as one undo step; the count, or -1 after an error.
    int replaceAll();

private:
    /// What the fields, the scope box and the check boxes say now.
    search::Scope currentScope() const;
    search::Query currentQuery() const;

    EditorSession* m_session;
    std::function<QString()> m_currentArticle;
    std::function<int()> m_currentPage;
    QLineEdit* m_find;
    QLineEdit* m_replace;
    QComboBox* m_scope;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QCheckBox* m_word;
    QLabel* m_result;
};

}  // namespace bm::gui
