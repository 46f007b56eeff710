// SPDX-License-Identifier: MIT
#pragma once
// The engine's 智能组版 messages (layout/autolayout, English like every engine and CLI message)
// as the editor shows them: each known refusal recognised with its numbers and names and
// re-worded through tr(), so the Chinese UI shows it wholly in Chinese (zh_autolayout.cpp).
#include <QString>
#include <string>

namespace bm::gui {

/// The editor's wording of an error or diagnostic of autolayout::propose(); an unknown message
/// becomes a general sentence (the dialog puts the engine's own text in the status tooltip).
QString autoLayoutMessage(const std::string& engineMessage);

}  // namespace bm::gui
