// SPDX-License-Identifier: MIT
#include "gui/article_import.h"

#include <QFile>

#include "gui/qt_convert.h"
#include "layout/import/import.h"

namespace bm::gui {

Result<model::Article> importArticleFile(const QString& path) {
    const std::string file = toUtf8(path);
    auto imported = import::importFile(std::string(QFile::encodeName(path).constData()));
    if (!imported) return Error{imported.error()};
    // Bold runs (imported->bold) wait for the run model (issue 14, part 2).
    return import::toArticle(*imported, import::articleIdFor(file, model::Document{}));
}

}  // namespace bm::gui
