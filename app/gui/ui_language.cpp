// SPDX-License-Identifier: MIT
#include "gui/ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include "gui/zh_translator.h"

namespace bm::gui {

namespace {
constexpr const char* kKey = "ui/language";
}

UiLanguage languageSetting() {
    const QString v = QSettings().value(kKey, QStringLiteral("system")).toString();
    if (v == QLatin1String("zh_CN")) return UiLanguage::Chinese;
    if (v == QLatin1String("en")) return UiLanguage::English;
    return UiLanguage::System;
}

void setLanguageSetting(UiLanguage language) {
    const char* v = language == UiLanguage::Chinese   ? "zh_CN"
                    : language == UiLanguage::English ? "en"
                                                      : "system";
    QSettings().setValue(kKey, QString::fromLatin1(v));
}

bool chineseUi(UiLanguage setting, const QLocale& system) {
    switch (setting) {
        case UiLanguage::Chinese:
            return true;
        case UiLanguage::English:
            return false;
        case UiLanguage::System:
            break;
    }
    // Chinese unless the system asks for English (a "C"/POSIX locale counts as not English:
    // the tool is made for Chinese newsrooms).
    return system.language() != QLocale::English;
}

bool installUiLanguage(QCoreApplication& app) {
    if (!chineseUi(languageSetting(), QLocale::system())) return false;
    app.installTranslator(new ZhTranslator(&app));
    // Qt's own dialogs and buttons (file dialogs, 确定/取消, context menus): Qt's translations,
    // from Debian's qt6-translations-l10n. Without it they stay English, which is not fatal.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace bm::gui
