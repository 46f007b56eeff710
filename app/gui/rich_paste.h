// SPDX-License-Identifier: MIT
#pragma once
// Pasting rich text into the 正文 dock (issue 14 item 5). Word, WPS, LibreOffice and browsers
// put HTML on the clipboard; Qt's own HTML reader (QTextDocument::setHtml) turns it into
// paragraphs and formatted fragments, and the bold (<b>, <strong>, font-weight ≥ 600), 黑/楷/仿宋
// families and super/subscript of those fragments become character ranges. The paste is one
// undo step: the text edit and the article's resulting character ranges in one labelled Batch.
#include <QPlainTextEdit>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gui/rich_text_view.h"
#include "layout/model/document.h"
#include "layout/model/edit.h"

class QMimeData;

namespace bm::gui {

/// Pasted text: its paragraphs (trimmed, blank ones dropped) and character ranges whose
/// paragraph indices count within the paste.
struct PastedText {
    std::vector<std::u16string> paragraphs;
    std::vector<model::CharRange> ranges;
};

/// Reads clipboard HTML with Qt's HTML reader.
PastedText pastedFromHtml(const QString& html);

/// The dock's own clipboard format: text copied from the 正文 dock with its exact character
/// ranges, so cutting and pasting a paragraph there keeps its 黑体, bold, 着重号 … (HTML and
/// plain text go on the clipboard too, for other programs).
inline constexpr char kDockMimeType[] = "application/x-banmian-rich-text";
QByteArray encodePasted(const PastedText& text);
/// Null for data that is not a well-formed copy (the clipboard is outside input).
std::optional<PastedText> decodePasted(const QByteArray& data);
/// The characters of `spans` of `article` with their character ranges.
PastedText copiedText(const model::Article& article, const std::vector<BodySpan>& spans);

/// The attributes a Qt character format stands for (bold from weight ≥ 600, 黑/楷/仿宋 from the
/// family names Chinese word processors use, super/subscript); 宋 and unknown families are left
/// to the paragraph style.
model::CharAttrs attrsFromFormat(const QTextCharFormat& format);

/// The edit pasting `pasted` over [from, to) of `article`'s body: a ReplaceText (one paragraph
/// into one) or SetParagraphs (paragraphs), then SetCharRanges with the article's ranges after
/// it, the pasted text keeping exactly its own attributes — one Batch labelled "Paste".
/// Null when the paste is empty or the positions are not in the article.
std::optional<model::Edit> pasteEdit(const model::Document& doc, const model::Article& article,
                                     const BodyPosition& from, const BodyPosition& to,
                                     const PastedText& pasted);

/// The edit pasting `pasted` as paragraphs of their own before body paragraph `index` (a paste
/// into a blank line): SetParagraphs + SetCharRanges in one Batch labelled "Paste".
std::optional<model::Edit> pasteParagraphsEdit(const model::Document& doc,
                                               const model::Article& article, int index,
                                               const PastedText& pasted);

/// The dock's text box: a plain text editor (typing stays plain; the model holds the styles)
/// whose paste of styled text is handed to `richPaste` (true = handled), and whose copy adds
/// the selection's styles from `copied`.
class RichTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<bool(const PastedText& text)> richPaste;
    std::function<std::optional<PastedText>()> copied;

protected:
    void insertFromMimeData(const QMimeData* source) override;
    QMimeData* createMimeDataFromSelection() const override;
};

}  // namespace bm::gui
