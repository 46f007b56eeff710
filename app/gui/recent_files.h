// SPDX-License-Identifier: MIT
#pragma once
// The recent-files list, kept in QSettings, newest first.
#include <QStringList>

namespace bm::gui {

constexpr int kMaxRecentFiles = 8;

QStringList recentFiles();
/// Moves `path` to the front (adding it), trimming the list.
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);

}  // namespace bm::gui
