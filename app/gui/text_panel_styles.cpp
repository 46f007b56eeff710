// SPDX-License-Identifier: MIT
// The 正文 dock's style commands (issue 14): Ctrl+B, the character and paragraph palettes and
// HTML paste, each one model edit (or one labelled Batch) in the document's undo history.
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <set>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"
#include "gui/rich_paste.h"
#include "gui/style_palette.h"
#include "gui/text_panel.h"

namespace bm::gui {

void TextPanel::connectPalette() {
    connect(m_palette, &StylePalette::boldClicked, this, &TextPanel::toggleBold);
    connect(m_palette, &StylePalette::fontChosen, this, [this](model::FontRole role) {
        toggleChars([role](const model::CharAttrs& a) { return a.font && *a.font == role; },
                    [role](model::CharAttrs& a, bool on) {
                        a.font = on ? std::optional(role) : std::nullopt;
                    },
                    "Character font");
    });
    connect(m_palette, &StylePalette::emphasisClicked, this, [this] {
        toggleChars([](const model::CharAttrs& a) { return a.emphasisDots; },
                    [](model::CharAttrs& a, bool on) { a.emphasisDots = on; }, "Emphasis dots");
    });
    connect(m_palette, &StylePalette::scriptClicked, this, [this](model::Script s) {
        toggleChars([s](const model::CharAttrs& a) { return a.script == s; },
                    [s](model::CharAttrs& a, bool on) { a.script = on ? s : model::Script::None; },
                    s == model::Script::Super ? "Superscript" : "Subscript");
    });
    connect(m_palette, &StylePalette::sizeChosen, this, [this](int percent) {
        changeChars(
            [percent](model::CharAttrs a) {
                a.sizePercent = percent;
                return a;
            },
            "Character size");
    });
    connect(m_palette, &StylePalette::tintChosen, this, [this](int percent) {
        changeChars(
            [percent](model::CharAttrs a) {
                a.tintPercent = percent;
                return a;
            },
            "Character tint");
    });
    connect(m_palette, &StylePalette::clearClicked, this, [this] {
        changeChars([](model::CharAttrs) { return model::CharAttrs{}; }, "Clear character style");
    });
    connect(m_palette, &StylePalette::paragraphStyleChosen, this, &TextPanel::setParagraphStyle);
}

std::vector<BodySpan> TextPanel::selectedSpans() const {
    const QTextCursor c = m_edit->textCursor();
    return bodySpans(*m_edit->document(), c.selectionStart(), c.selectionEnd());
}

void TextPanel::changeChars(const AttrChange& change, const std::string& label) {
    flush();
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    const auto spans = selectedSpans();
    if (spans.empty()) {
        emit message(tr("Select the characters to style first."));
        showPaletteState();  // a toggle button clicked without a selection springs back
        return;
    }
    const auto edit = charAttrsEdit(*article, spans, change, label);
    if (!edit) return;
    const QString error = applyEdit(*edit);
    if (!error.isEmpty()) emit message(error);
}

void TextPanel::toggleChars(const std::function<bool(const model::CharAttrs&)>& has,
                            const std::function<void(model::CharAttrs&, bool on)>& set,
                            const std::string& label) {
    flush();
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    const bool on = !everyChar(*article, selectedSpans(), has);
    changeChars(
        [&set, on](model::CharAttrs a) {
            set(a, on);
            return a;
        },
        label);
}

void TextPanel::toggleBold() {
    toggleChars([](const model::CharAttrs& a) { return a.bold; },
                [](model::CharAttrs& a, bool on) { a.bold = on; }, "Bold");
}

void TextPanel::setParagraphStyle(const std::string& style) {
    flush();
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    std::set<int> paragraphs;
    for (const BodySpan& s : selectedSpans()) paragraphs.insert(s.paragraph);
    if (paragraphs.empty())
        if (const auto at = bodyPosition(*m_edit->document(), m_edit->textCursor().position()))
            paragraphs.insert(at->paragraph);
    const auto edit = paragraphStyleEdit(*article, {paragraphs.begin(), paragraphs.end()}, style);
    if (!edit) {
        showPaletteState();
        return;
    }
    const QString error = applyEdit(*edit);
    if (!error.isEmpty()) emit message(error);
}

void TextPanel::showPaletteState() {
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    const QTextCursor c = m_edit->textCursor();
    const auto at = bodyPosition(*m_edit->document(), c.selectionStart());
    if (!at) {
        m_palette->showState({}, "body");
        return;
    }
    m_palette->showState(attrsAt(*article, *at), article->paragraphStyle(at->paragraph));
}

bool TextPanel::pasteHtml(const QString& html) { return pasteRich(pastedFromHtml(html)); }

bool TextPanel::pasteRich(const PastedText& pasted) {
    flush();
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return false;
    const QTextCursor c = m_edit->textCursor();
    const auto from = bodyPosition(*m_edit->document(), c.selectionStart());
    const auto to = bodyPosition(*m_edit->document(), c.selectionEnd());
    std::optional<model::Edit> edit;
    int firstParagraph = 0;
    int firstOffset = 0;
    if (from && to) {
        edit = pasteEdit(m_session->document(), *article, *from, *to, pasted);
        firstParagraph = from->paragraph;
        firstOffset = from->offset;
    } else if (!c.hasSelection()) {
        // A blank line (a paragraph being started): the paste becomes paragraphs of its own.
        firstParagraph = paragraphsBefore(*m_edit->document(), c.position());
        edit = pasteParagraphsEdit(m_session->document(), *article, firstParagraph, pasted);
    }
    if (!edit) return false;
    const QString error = applyEdit(*edit);
    if (!error.isEmpty()) {
        emit message(error);
        return true;
    }
    // The cursor goes after the pasted text (the dock now shows the model, block = paragraph).
    const int last = firstParagraph + static_cast<int>(pasted.paragraphs.size()) - 1;
    const int offset = (pasted.paragraphs.size() == 1 ? firstOffset : 0) +
                       static_cast<int>(pasted.paragraphs.back().size());
    const QTextBlock block = m_edit->document()->findBlockByNumber(last);
    if (block.isValid()) {
        QTextCursor after(m_edit->document());
        after.setPosition(block.position() + std::min(offset, block.length() - 1));
        m_edit->setTextCursor(after);
    }
    return true;
}

}  // namespace bm::gui
