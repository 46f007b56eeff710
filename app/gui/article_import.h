// SPDX-License-Identifier: MIT
#pragma once
// File → article for the bin's Import command: .docx through the Qt-free importer, .txt as
// UTF-8 (or GB18030, still common for Chinese text files, decoded by Qt).
#include <QString>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::gui {

/// Reads `path` as an article. Its id is a slug of the file name (the caller makes it unique).
Result<model::Article> importArticleFile(const QString& path);

}  // namespace bm::gui
