// SPDX-License-Identifier: MIT
#pragma once
// Importing Word (.docx) and plain-text files as articles. Qt-free (a ZIP reader on zlib and a
// small scanner for WordprocessingML) so the importer can move to the engine and be fuzzed.
// A .docx gives its paragraphs in order; the headline is the first paragraph in the Title style
// (else the first Heading, else the first line), a Subtitle paragraph becomes the subheadline.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/result.h"

namespace bm::gui {

struct ImportedArticle {
    std::u16string headline;
    std::u16string subheadline;
    std::vector<std::u16string> paragraphs;
};

/// A .docx file's bytes → article text. `label` (the file name) prefixes every error.
Result<ImportedArticle> importDocxBytes(const std::vector<std::uint8_t>& bytes,
                                        const std::string& label);
/// Reads and imports a .docx file.
Result<ImportedArticle> importDocxFile(const std::string& path);

/// Plain text (UTF-8): the first non-empty line is the headline; each following non-empty line
/// is a paragraph, except in hard-wrapped text (blocks of several lines between blank lines),
/// where each block is one paragraph. Leading indentation (ASCII or ideographic spaces) is
/// dropped: the indent is the typesetter's job.
Result<ImportedArticle> importPlainText(std::string_view utf8, const std::string& label);

}  // namespace bm::gui
