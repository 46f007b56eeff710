// SPDX-License-Identifier: MIT
#include "gui/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace bm::gui {

namespace {
constexpr const char* kKey = "recentFiles";
}

QStringList recentFiles() { return QSettings().value(kKey).toStringList(); }

void addRecentFile(const QString& path) {
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecentFiles) list.removeLast();
    QSettings().setValue(kKey, list);
}

void removeRecentFile(const QString& path) {
    QStringList list = recentFiles();
    list.removeAll(path);
    QSettings().setValue(kKey, list);
}

}  // namespace bm::gui
