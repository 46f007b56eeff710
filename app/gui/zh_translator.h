// SPDX-License-Identifier: MIT
#pragma once
// The Chinese (zh_CN) UI: a translator with a compiled-in table from English source strings to
// Chinese, installed through Qt's translation system like a .qm file would be. Kept in code so
// that the build needs no Linguist tools and no resource lookup can fail at run time.
#include <QTranslator>
#include <span>

namespace bm::gui {

class ZhTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

/// One English source string and its 简体中文.
struct ZhEntry {
    const char* en;
    const char* zh;
};
/// The editing tools' strings (zh_editing.cpp).
std::span<const ZhEntry> editingZhEntries();

/// The Chinese text of an English UI string; null when the table has none.
QString zhText(const QString& source);

}  // namespace bm::gui
