// SPDX-License-Identifier: MIT
#pragma once
// The 检查 dock: the checker's findings on the live layout, grouped by 版次 and article, kept up
// to date after every edit (the engine's Checker re-runs only the articles and pages an edit
// touched, so the list keeps up with a drag). A row selects its frame and text range (the
// window does that on findingActivated); 修正 applies a finding's fix, 全部修正 every safe fix
// (each one undo step), 忽略 stores a waiver in the document so the finding stays ignored.
#include <QSet>
#include <QString>
#include <QWidget>
#include <memory>
#include <string>

#include "layout/check/checker.h"
#include "layout/model/edit.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bm::gui {

/// Where a finding is, in the UI language ("第 3 版 文框 f-guoxue 第 5 行"), for the dock and the
/// export dialog; check::locationText is the CLI's technical form.
QString findingPlace(const check::Location& location);

class EditorSession;

class CheckPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckPanel(EditorSession* session, QWidget* parent = nullptr);
    ~CheckPanel() override;

    /// Checks the session's document and latest layout now (done after every layout).
    void recheck();
    const check::CheckResult& result() const { return m_result; }
    /// Milliseconds of the last check (the incremental one after an edit included).
    double lastCheckMs() const { return m_lastMs; }
    QTreeWidget* tree() { return m_tree; }

    /// Selects the row of result().findings[index] (false when it is not listed) and
    /// activates it like a click.
    bool selectFinding(int index);
    /// The finding of the current row; null when none (or a group row) is current.
    const check::Finding* currentFinding() const;
    /// 修正: applies the current finding's fix as one undo step.
    bool fixCurrent();
    /// 全部修正: applies every safe fix of the list as one undo step.
    bool fixAllSafe();
    /// 忽略 / 取消忽略: adds (or removes) the current finding's waiver in the document.
    bool toggleIgnoreCurrent();
    /// Lists waived findings too (greyed).
    void setShowWaived(bool on);

signals:
    /// The counts changed (the status bar shows them).
    void summaryChanged(const bm::check::Summary& summary);
    /// A row was clicked: show its page, select its frame and text range.
    void findingActivated(const bm::check::Finding& finding);
    void message(const QString& text);

private:
    void rebuild();
    void fillRow(QTreeWidgetItem* item, const check::Finding& f) const;
    QTreeWidgetItem* groupItem(QTreeWidgetItem* parent, const QString& key, const QString& text);
    void updateButtons();
    void updateHeader();
    bool applyEdit(const model::Edit& edit, const QString& done);
    void syncProfile();

    EditorSession* m_session;
    std::unique_ptr<check::Checker> m_checker;
    check::CheckResult m_result;
    std::string m_profileKey;   // the document's profile settings the checker has
    std::string m_dir;          // the folder image paths are relative to
    QSet<QString> m_collapsed;  // group rows the user folded
    double m_lastMs = 0;
    bool m_showWaived = false;
    QLabel* m_header;
    QTreeWidget* m_tree;
    QPushButton* m_fix;
    QPushButton* m_fixAll;
    QPushButton* m_ignore;
    QCheckBox* m_waivedBox;
};

}  // namespace bm::gui
