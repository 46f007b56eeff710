// SPDX-License-Identifier: MIT
#include "gui/text_panel.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/editor_session.h"
#include "gui/model_lookup.h"
#include "gui/qt_convert.h"
#include "gui/rich_paste.h"
#include "gui/style_palette.h"

namespace bm::gui {

namespace {

constexpr int kDebounceMs = 400;
constexpr int kBurstPauseMs = 2000;  // a longer pause starts a new undo step
// A 主题's intended line breaks, shown in its one-line field.
constexpr char16_t kLineBreakMark = u'↵';

QString joinParagraphs(const std::vector<std::u16string>& paragraphs) {
    QStringList lines;
    for (const auto& p : paragraphs) lines << toQString(p);
    return lines.join(u'\n');
}

const std::u16string* titleText(const model::Article& a, const std::string& field) {
    if (field == "kicker") return &a.kicker;
    if (field == "headline") return &a.headline;
    if (field == "subheadline") return &a.subheadline;
    if (field == "byline") return &a.byline;
    return nullptr;
}

}  // namespace

TextPanel::TextPanel(EditorSession* session, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_title(new QLabel(this)),
      m_palette(new StylePalette(this)),
      m_edit(new RichTextEdit(this)) {
    m_edit->setPlaceholderText(tr("Select an article to edit its text (one paragraph per line)"));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_title->setWordWrap(true);
    // The text box keeps no undo history of its own: Ctrl+Z undoes the document.
    m_edit->setUndoRedoEnabled(false);
    m_edit->installEventFilter(this);
    m_edit->richPaste = [this](const PastedText& text) { return pasteRich(text); };
    m_edit->copied = [this]() -> std::optional<PastedText> {
        flush();  // the copy is of the model's text: typing not yet applied goes in first
        const model::Article* a = m_session->document().article(toUtf8(m_articleId));
        if (!a) return std::nullopt;
        return copiedText(*a, selectedSpans());
    };
    buildTitleFields();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_titleBox);
    layout->addWidget(m_palette);
    layout->addWidget(m_edit, 1);
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
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &TextPanel::showPaletteState);
    connectPalette();
    // layoutChanged follows every edit, undo and redo; documentChanged also comes when a
    // layout failed (a missing font), and the text must still show the model.
    connect(session, &EditorSession::layoutChanged, this, &TextPanel::refresh);
    connect(session, &EditorSession::documentChanged, this, &TextPanel::refresh);
    connect(session, &EditorSession::documentReset, this, [this] {
        m_debounce.stop();
        m_articleId.clear();
        m_shown.reset();
        refresh();
    });
    refresh();
}

QPlainTextEdit* TextPanel::editor() { return m_edit; }

void TextPanel::buildTitleFields() {
    m_titleBox = new QWidget(this);
    auto* form = new QFormLayout(m_titleBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    const std::pair<const char*, QString> fields[] = {{"kicker", tr("Kicker")},
                                                      {"headline", tr("Headline")},
                                                      {"subheadline", tr("Subheadline")},
                                                      {"byline", tr("Byline")}};
    for (const auto& [field, label] : fields) {
        auto* line = new QLineEdit(m_titleBox);
        const std::string name = field;
        if (name == "headline")
            line->setToolTip(tr("↵ marks an intended line break of the headline"));
        connect(line, &QLineEdit::editingFinished, this, [this, line, name] {
            const model::Article* a = m_session->document().article(toUtf8(m_articleId));
            if (!a) return;
            QString text = line->text().trimmed();
            text.replace(QChar(kLineBreakMark), QChar(u'\n'));
            const std::u16string value = toU16(text);
            if (value == *titleText(*a, name)) return;
            flush();
            const QString error = applyEdit(model::SetArticleText{a->id, name, value});
            if (!error.isEmpty()) emit message(error);
        });
        form->addRow(label, line);
        m_titleFields.emplace_back(name, line);
    }
}

QLineEdit* TextPanel::titleField(const std::string& field) {
    for (auto& [name, line] : m_titleFields)
        if (name == field) return line;
    return nullptr;
}

bool TextPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        const bool bold = key->matches(QKeySequence::Bold);
        if (undo || redo || bold) {
            if (event->type() == QEvent::KeyPress) {
                if (bold) {
                    toggleBold();
                } else {
                    flush();
                    m_burst = 0;  // what follows is a new step
                    QUndoStack* stack = m_session->undoStack();
                    undo ? stack->undo() : stack->redo();
                }
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

QString TextPanel::applyEdit(const model::Edit& edit) {
    m_burst = 0;  // a style command is a step of its own; typing after it starts a new one
    return m_session->apply(edit);
}

void TextPanel::refreshTitle(const model::Article* article) {
    for (auto& [name, line] : m_titleFields) {
        line->setEnabled(article != nullptr);
        if (line->hasFocus()) continue;  // the user's typing wins until the field is left
        QString text = article ? toQString(*titleText(*article, name)) : QString();
        text.replace(QChar(u'\n'), QChar(kLineBreakMark));
        if (line->text() == text) continue;
        line->setText(text);
        line->setCursorPosition(0);  // show the start of a long 副题, not its end
    }
}

void TextPanel::refresh() {
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    m_edit->setEnabled(article != nullptr);
    m_palette->setEnabled(article != nullptr);
    refreshTitle(article);
    if (!article) {
        m_shown.reset();
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
    if (m_debounce.isActive()) return;
    m_updating = true;
    bool reformat = false;
    if (editorParagraphs() != article->paragraphs) {
        reformat = true;
        const int cursor = m_edit->textCursor().position();
        m_edit->setPlainText(joinParagraphs(article->paragraphs));
        QTextCursor c = m_edit->textCursor();
        c.setPosition(std::min(cursor, m_edit->document()->characterCount() - 1));
        m_edit->setTextCursor(c);
    }
    const model::Document& doc = m_session->document();
    std::vector<model::Style> styles;
    for (const char* name : model::kParagraphStyleNames) styles.push_back(doc.paragraphStyle(name));
    if (reformat || !m_shown || *m_shown != *article || styles != m_shownStyles) {
        showRichText(*m_edit->document(), doc, *article, m_edit->font().pointSizeF());
        m_shown = *article;
        m_shownStyles = std::move(styles);
    }
    m_updating = false;
    showPaletteState();
}

}  // namespace bm::gui
