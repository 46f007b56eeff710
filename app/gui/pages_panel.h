// SPDX-License-Identifier: MIT
#pragma once
// The pages of the issue (第 N 版): choose the page on the canvas, add or remove pages.
#include <QWidget>

class QListWidget;

namespace bm::gui {

class EditorSession;

class PagesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PagesPanel(EditorSession* session, QWidget* parent = nullptr);

    void setCurrentPage(int index);
    /// Appends a page from the 对开 8 栏 template (one undo step).
    void addPage();
    /// Removes page `index` with its frames (one undo step).
    void removePage(int index);

signals:
    void pageChosen(int index);
    void message(const QString& text);

private:
    void refresh();

    EditorSession* m_session;
    QListWidget* m_list;
};

}  // namespace bm::gui
