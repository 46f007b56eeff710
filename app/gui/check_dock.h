// SPDX-License-Identifier: MIT
#pragma once
// The window's part of the 检查 dock: the dock under the canvas, the count in the status bar
// (a click opens the dock), and going to a finding (its page, its frame, its text range in the
// 正文 dock).
namespace bm::check {
struct Finding;
}

namespace bm::gui {

class MainWindow;

/// Adds the 检查 dock and the status-bar count to `window` (its constructor calls this).
void attachCheckDock(MainWindow* window);

/// Shows `finding` in `window`: its page, its frame selected and in view, and for body text
/// the range selected in the 正文 dock.
void showFinding(MainWindow* window, const check::Finding& finding);

}  // namespace bm::gui
