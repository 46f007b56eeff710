// SPDX-License-Identifier: MIT
#pragma once
// The text of one article for editing: body paragraphs one per line. Typing or pasting applies
// a SetParagraphs edit after a short pause (so a word typed is one relayout, not five), and
// the page follows. There is one undo history, the document's: a typing burst is one command
// in it, and Ctrl+Z / Ctrl+Shift+Z in the text box undo and redo the document.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <string>
#include <vector>

class QLabel;
class QPlainTextEdit;

namespace bm::gui {

class EditorSession;

class TextPanel : public QWidget {
    Q_OBJECT
public:
    explicit TextPanel(EditorSession* session, QWidget* parent = nullptr);

    void setArticle(const QString& articleId);
    const QString& article() const { return m_articleId; }
    QPlainTextEdit* editor() { return m_edit; }
    /// Applies pending typing now (also done when the article changes or the window saves).
    void flush();
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    std::vector<std::u16string> editorParagraphs() const;

    EditorSession* m_session;
    QString m_articleId;
    QLabel* m_title;
    QPlainTextEdit* m_edit;
    QTimer m_debounce;
    QElapsedTimer m_lastTyping;
    int m_burst = 0;  // undo gesture of the current typing burst
    bool m_updating = false;
};

}  // namespace bm::gui
