// SPDX-License-Identifier: MIT
#pragma once
// Plain-text input for `banmian typeset`: UTF-8 validated, paragraphs separated by blank lines.
#include <string>
#include <vector>

#include "layout/base/result.h"

namespace bm::cli {

/// Reads FILE ("-" = standard input) and validates it as UTF-8; the error names the file.
Result<std::string> readTextFile(const std::string& path);
/// Splits into paragraphs at blank lines; the lines of a paragraph are joined (with no space
/// between CJK characters, one space between Latin words).
Result<std::vector<std::u16string>> splitParagraphs(const std::string& utf8,
                                                    const std::string& label);

}  // namespace bm::cli
