// SPDX-License-Identifier: MIT
#pragma once
// How the 正文 dock shows an article's rich text (issue 14): the model's character ranges and
// paragraph styles as QTextDocument formats, and where a position of the dock's text lies in
// the model. The dock's text is the article's paragraphs one per block, but while the user
// types it may hold blank blocks and stray spaces that the model never sees (the dock drops
// them when it applies the text), so positions are mapped, never assumed equal.
#include <QString>
#include <QTextCharFormat>
#include <optional>
#include <vector>

#include "layout/model/document.h"

class QTextDocument;

namespace bm::gui {

/// A place in an article's body: paragraph index and UTF-16 offset in it.
struct BodyPosition {
    int paragraph = 0;
    int offset = 0;
};

/// [begin, end) of one body paragraph.
struct BodySpan {
    int paragraph = 0;
    int begin = 0;
    int end = 0;
    bool operator==(const BodySpan&) const = default;
};

/// The body position of `pos` in the dock's text (null in a blank block).
std::optional<BodyPosition> bodyPosition(const QTextDocument& text, int pos);

/// How many body paragraphs the blocks before `pos`'s block hold: where paragraphs pasted
/// into a blank block go.
int paragraphsBefore(const QTextDocument& text, int pos);

/// The body spans a selection [from, to) of the dock's text covers (empty ones left out).
std::vector<BodySpan> bodySpans(const QTextDocument& text, int from, int to);

/// The display family of a font role (宋 = Noto Serif CJK SC, 黑 = Noto Sans CJK SC, 楷 and
/// 仿宋 = AR PL UKai CN: the engine sets 仿宋 in the 楷 family, Debian ships no 仿宋 face).
QString displayFamily(model::FontRole role);

/// The character format that shows `attrs` over a paragraph of `style`: 黑/楷 as their
/// family, bold, 着重号 as a dotted underline, super/subscript, size %, tint as grey.
QTextCharFormat displayFormat(const model::CharAttrs& attrs, const model::Style& style,
                              double basePointSize);

/// Re-applies the article's paragraph styles and character ranges to the dock's text (its
/// characters are not changed; blocks that are not paragraphs are shown plain).
void showRichText(QTextDocument& text, const model::Document& doc, const model::Article& article,
                  double basePointSize);

/// The attributes in force at `at` (those of the range holding it, else plain).
model::CharAttrs attrsAt(const model::Article& article, const BodyPosition& at);

}  // namespace bm::gui
