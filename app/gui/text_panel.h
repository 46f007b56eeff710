// SPDX-License-Identifier: MIT
#pragma once
// The 正文 dock: an article's title block (引题/主题/副题/作者) and its body, one paragraph
// per line, shown with its paragraph styles and character ranges (issue 14). Typing or pasting
// plain text applies a SetParagraphs edit after a short pause (so a word typed is one relayout,
// not five; the model maps the styled ranges over the change), and the page follows. Ctrl+B and
// the style palettes apply SetCharAttrs / SetParagraphStyle, pasting HTML keeps its bold. There
// is one undo history, the document's: each of these is one command in it, and Ctrl+Z /
// Ctrl+Shift+Z in the text box undo and redo the document.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <optional>
#include <string>
#include <vector>

#include "gui/rich_paste.h"
#include "gui/rich_text_commands.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bm::gui {

class EditorSession;
class RichTextEdit;
class StylePalette;

class TextPanel : public QWidget {
    Q_OBJECT
public:
    explicit TextPanel(EditorSession* session, QWidget* parent = nullptr);

    void setArticle(const QString& articleId);
    const QString& article() const { return m_articleId; }
    QPlainTextEdit* editor();
    StylePalette* palette() { return m_palette; }
    /// The title block field editors: "kicker", "headline", "subheadline", "byline".
    QLineEdit* titleField(const std::string& field);
    /// Applies pending typing now (also done when the article changes or the window saves).
    void flush();
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    /// Ctrl+B: bold on the selection, or off when all of it is bold. One undo step.
    void toggleBold();
    /// Sets paragraph style `style` on the paragraph(s) of the cursor or selection.
    void setParagraphStyle(const std::string& style);
    /// Pastes clipboard HTML at the cursor keeping its bold; false when it cannot (the text box
    /// then pastes the plain text).
    bool pasteHtml(const QString& html);
    /// Pastes styled text (HTML read, or copied in the dock) over the selection as one undo step.
    bool pasteRich(const PastedText& pasted);

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildTitleFields();
    void connectPalette();
    void refresh();
    void refreshTitle(const model::Article* article);
    void showPaletteState();
    std::vector<std::u16string> editorParagraphs() const;
    /// Applies `change` to the selected characters as one undo step named `label`.
    void changeChars(const AttrChange& change, const std::string& label);
    /// Like changeChars, for a toggle: on where any selected character lacks `has`, else off.
    void toggleChars(const std::function<bool(const model::CharAttrs&)>& has,
                     const std::function<void(model::CharAttrs&, bool on)>& set,
                     const std::string& label);
    std::vector<BodySpan> selectedSpans() const;
    QString applyEdit(const model::Edit& edit);

    EditorSession* m_session;
    QString m_articleId;
    QLabel* m_title;
    QWidget* m_titleBox = nullptr;
    std::vector<std::pair<std::string, QLineEdit*>> m_titleFields;
    StylePalette* m_palette;
    RichTextEdit* m_edit;
    QTimer m_debounce;
    QElapsedTimer m_lastTyping;
    int m_burst = 0;  // undo gesture of the current typing burst
    bool m_updating = false;
    // What the text box's formats last showed: they are re-applied only when the article or a
    // paragraph style changed (each edit, undo and relayout calls refresh()).
    std::optional<model::Article> m_shown;
    std::vector<model::Style> m_shownStyles;
};

}  // namespace bm::gui
