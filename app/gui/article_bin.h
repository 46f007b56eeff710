// SPDX-License-Identifier: MIT
#pragma once
// The article bin: every article with its length in 字 and its state (未排 unplaced, 已排 placed,
// 超 +N字 overset). Articles are dragged from here onto the page.
#include <QTreeWidget>
#include <QWidget>
#include <functional>

namespace bm::gui {

class EditorSession;

/// The list itself: drags carry the article id (kArticleMime).
class ArticleList : public QTreeWidget {
    Q_OBJECT
public:
    explicit ArticleList(QWidget* parent = nullptr);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override;
};

class ArticleBin : public QWidget {
    Q_OBJECT
public:
    explicit ArticleBin(EditorSession* session, QWidget* parent = nullptr);

    QString currentArticle() const;
    void selectArticle(const QString& id);
    /// The state column text of article `id` (for tests and the status bar).
    QString stateText(const QString& id) const;
    ArticleList* list() { return m_list; }
    /// Asked before removing an article that is placed (text: what will go). True = remove.
    /// The default shows a question box; tests replace it.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    /// Removes the current article (asking first when it is on a page).
    void removeCurrent();

signals:
    void articleSelected(const QString& id);
    void importRequested();

private:
    void refresh();

    EditorSession* m_session;
    ArticleList* m_list;
    std::function<bool(const QString&)> m_confirm;
};

}  // namespace bm::gui
