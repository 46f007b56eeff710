// SPDX-License-Identifier: MIT
#pragma once
// The UI language: Chinese by default, English when the system locale is English or when the
// settings say so. Chinese comes from ZhTranslator (a compiled-in table behind Qt's translation
// system), so no .qm files have to be found at run time.
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace bm::gui {

enum class UiLanguage { System, Chinese, English };

/// The setting ("ui/language": "system", "zh_CN" or "en"; missing = system).
UiLanguage languageSetting();
void setLanguageSetting(UiLanguage language);

/// Whether the UI is Chinese for this setting on a system with this locale.
bool chineseUi(UiLanguage setting, const QLocale& system);

/// Installs the Chinese translator on `app` when chineseUi(languageSetting(), system locale).
/// Returns true when Chinese is active.
bool installUiLanguage(QCoreApplication& app);

}  // namespace bm::gui
