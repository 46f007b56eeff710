// SPDX-License-Identifier: MIT
#pragma once
// File → article for the bin's Import command, through the engine's importer (layout/import,
// the same code as `banmian import`): .docx with its title block, .txt in UTF-8, UTF-16 or
// GB18030.
#include <QString>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::gui {

/// Reads `path` as an article. Its id is a slug of the file name (the caller makes it unique).
Result<model::Article> importArticleFile(const QString& path);

}  // namespace bm::gui
