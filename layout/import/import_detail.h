// SPDX-License-Identifier: MIT
#pragma once
// Shared steps of the importers: paragraphs with a bold flag per UTF-16 unit, trimming and line
// splitting that carry the flags along, the title-block and body rules (import_article.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "layout/import/import.h"

namespace bm::import::detail {

enum class Kind { Body, Title, Subtitle, Heading };

struct Para {
    Kind kind = Kind::Body;
    std::u16string text;
    std::vector<char> bold;  ///< one flag per UTF-16 unit of text (empty = nothing bold)
};

/// ASCII blanks, NBSP and the ideographic space U+3000 (a typed 首行缩进).
bool isBlank(char16_t c);
/// Trims blanks at both ends (the flags follow).
Para trimmed(const Para& p);
/// Splits at '\n', trims each piece, drops empty ones.
std::vector<Para> splitLines(const Para& p);
/// The lines of `p` joined by `separator` (a title-block field).
std::u16string joinedLines(const Para& p, std::u16string_view separator);

/// A short line: at most `max` characters and not ending like a sentence or a salutation
/// (。，：；! ? …).
bool isShortLine(std::u16string_view s, size_t max = 40);
/// 作者：… / 记者 … / 本报记者 … / 通讯员 … / 文／… on a short line of its own.
bool isAuthorLine(std::u16string_view s);
/// The byline of an author line ("作者：王明" → "王明"; "记者 王明" stays).
std::u16string bylineOf(std::u16string_view s);
/// Length of a dateline opening the paragraph (本报讯（记者 …）, 本报北京11月24日电, 新华社…电),
/// with the blanks after it; 0 when there is none.
size_t datelineLength(std::u16string_view s);

/// Adds the body: a leading author line becomes the byline (when none is set), a dateline at
/// the start of the first paragraph the dateline; a line break starts a new paragraph; headings
/// and bold runs are recorded.
void addBody(ImportedArticle& out, const std::vector<Para>& body);

}  // namespace bm::import::detail
