// SPDX-License-Identifier: MIT
#pragma once
// The check count in the status bar, after InDesign's live preflight: a dot (red: errors,
// amber: warnings only, green: clean) and 错误 2 · 警告 7. A click opens the 检查 dock.
#include <QToolButton>

#include "layout/check/checker.h"

namespace bm::gui {

class CheckStatus : public QToolButton {
    Q_OBJECT
public:
    explicit CheckStatus(QWidget* parent = nullptr);
    void showSummary(const check::Summary& summary);
    /// "error", "warning" or "clean": the state the dot shows (tests).
    QString state() const { return m_state; }

private:
    QString m_state;
};

}  // namespace bm::gui
