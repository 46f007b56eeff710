// SPDX-License-Identifier: MIT
#pragma once
// Importing copy as articles: Word (.docx, read with libzip and libxml2) and plain text (UTF-8,
// UTF-16 with a BOM or GB18030, told apart with ICU's charset detector). Qt-free, so the editor's
// bin, `banmian import` and the fuzzer run the same code.
//
// A .docx keeps its title block: the paragraph in the Title style is the 主题 (else a Heading at
// the top, else the first paragraph), a short paragraph directly above it the 引题, a Subtitle
// anywhere in the title block the 副题; an author line (作者/记者 …) becomes the byline and a
// 本报讯 / 本报…电 / 新华社…电 opening of the first paragraph the dateline. Headings further down
// stay body paragraphs and are listed in `headings`; bold runs are listed in `bold`, for the run
// model to come (the document model has no character attributes yet).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::import {

/// A bold stretch of body paragraph `paragraph`: UTF-16 offsets [begin, end).
struct BoldSpan {
    int paragraph = 0;
    int begin = 0;
    int end = 0;
    bool operator==(const BoldSpan&) const = default;
};

struct ImportedArticle {
    std::u16string kicker;       ///< 引题
    std::u16string headline;     ///< 主题 (empty when the copy has none, e.g. a speech)
    std::u16string subheadline;  ///< 副题; '\n' between lines
    std::u16string byline;
    std::u16string dateline;
    std::vector<std::u16string> paragraphs;  ///< trimmed, non-empty, no line breaks
    std::vector<int> headings;               ///< body paragraphs that were headings (小标题)
    std::vector<BoldSpan> bold;              ///< bold runs of body paragraphs, in order
    std::string encoding;  ///< plain text: the encoding read ("UTF-8", "UTF-16LE", "GB18030", …)
};

/// The bytes of a .docx file → article. `label` (the file name) starts every error message.
Result<ImportedArticle> importDocx(std::string_view bytes, const std::string& label);

/// The bytes of a plain-text file → article. The headline is the first line only when it is
/// short, followed by a blank line and does not end in ：，。 (a salutation such as
/// 各位领导、各位嘉宾： or a first paragraph never becomes the 主题).
Result<ImportedArticle> importText(std::string_view bytes, const std::string& label);

/// Reads FILE and imports it by its extension (.docx, .txt); errors name the file.
Result<ImportedArticle> importFile(const std::string& path);

/// A model article from an import: the text fields, salutations set flush (不缩进).
model::Article toArticle(const ImportedArticle& imported, std::string id);

/// An article id for a file: a slug of its base name ("Speech 2024.txt" → "speech-2024"),
/// made unique among `doc`'s articles with a -2, -3 … suffix.
std::string articleIdFor(const std::string& path, const model::Document& doc);

}  // namespace bm::import
