// SPDX-License-Identifier: MIT
#include "gui/text_panel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/editor_session.h"
#include "gui/model_lookup.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

constexpr int kDebounceMs = 400;
constexpr int kBurstPauseMs = 2000;  // a longer pause starts a new undo step

QString joinParagraphs(const std::vector<std::u16string>& paragraphs) {
    QStringList lines;
    for (const auto& p : paragraphs) lines << toQString(p);
    return lines.join(u'\n');
}

}  // namespace

TextPanel::TextPanel(EditorSession* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_title(new QLabel(this)),
      m_edit(new QPlainTextEdit(this)) {
    m_edit->setPlaceholderText(tr("Select an article to edit its text (one paragraph per line)"));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_title->setWordWrap(true);
    // The text box keeps no undo history of its own: Ctrl+Z undoes the document.
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TextPanel::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating) return;
        if (m_burst == 0 || !m_lastTyping.isValid() || m_lastTyping.elapsed() > kBurstPauseMs)
            m_burst = m_session->beginGesture();
        m_lastTyping.start();
        m_debounce.start();
    });
    connect(session, &EditorSession::layoutChanged, this, &TextPanel::refresh);
    connect(session, &EditorSession::documentReset, this, [this] {
        m_debounce.stop();
        m_articleId.clear();
        refresh();
    });
    refresh();
}

bool TextPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress) {
                flush();
                m_burst = 0;  // what follows is a new step
                QUndoStack* stack = m_session->undoStack();
                undo ? stack->undo() : stack->redo();
            }
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextPanel::setArticle(const QString& articleId) {
    if (articleId == m_articleId) return;
    flush();
    m_burst = 0;
    m_articleId = articleId;
    refresh();
}

std::vector<std::u16string> TextPanel::editorParagraphs() const {
    std::vector<std::u16string> out;
    for (QTextBlock b = m_edit->document()->begin(); b.isValid(); b = b.next()) {
        const QString line = b.text().trimmed();
        // Empty lines are not paragraphs: they come and go while the user types.
        if (!line.isEmpty()) out.push_back(toU16(line));
    }
    return out;
}

void TextPanel::flush() {
    m_debounce.stop();
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    auto paragraphs = editorParagraphs();
    if (paragraphs == article->paragraphs) return;
    const QString error =
        m_session->apply(model::SetParagraphs{article->id, std::move(paragraphs), {}, {}}, m_burst);
    if (!error.isEmpty()) emit message(error);
}

void TextPanel::refresh() {
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    m_edit->setEnabled(article != nullptr);
    if (!article) {
        m_title->setText(tr("No article selected"));
        const QSignalBlocker block(m_edit);
        m_updating = true;
        m_edit->clear();
        m_updating = false;
        return;
    }
    const std::u16string head = headlineFirstLine(*article);
    m_title->setText(QStringLiteral("<b>%1</b>")
                         .arg((head.empty() ? m_articleId : toQString(head)).toHtmlEscaped()));
    // Typing in progress wins; otherwise show the model (undo/redo, import, first display).
    if (m_debounce.isActive() || editorParagraphs() == article->paragraphs) return;
    m_updating = true;
    const int cursor = m_edit->textCursor().position();
    m_edit->setPlainText(joinParagraphs(article->paragraphs));
    QTextCursor c = m_edit->textCursor();
    c.setPosition(std::min(cursor, m_edit->document()->characterCount() - 1));
    m_edit->setTextCursor(c);
    m_updating = false;
}

}  // namespace bm::gui
