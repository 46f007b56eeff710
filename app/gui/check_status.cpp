// SPDX-License-Identifier: MIT
#include "gui/check_status.h"

#include <QPainter>
#include <QPixmap>

namespace bm::gui {

namespace {

QIcon dot(const QColor& c) {
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawEllipse(QRectF(2, 2, 10, 10));
    return QIcon(pm);
}

}  // namespace

CheckStatus::CheckStatus(QWidget* parent) : QToolButton(parent) {
    setObjectName(QStringLiteral("CheckStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Preflight and proofing: click to open the Check panel"));
    showSummary({});
}

void CheckStatus::showSummary(const check::Summary& s) {
    QColor color(0x20, 0x90, 0x40);
    m_state = QStringLiteral("clean");
    if (s.error > 0) {
        color = QColor(0xd0, 0x20, 0x20);
        m_state = QStringLiteral("error");
    } else if (s.warning > 0) {
        color = QColor(0xe0, 0x90, 0x10);
        m_state = QStringLiteral("warning");
    }
    setIcon(dot(color));
    setText(tr("Errors %1 · Warnings %2").arg(s.error).arg(s.warning));
    // Errors stop the print export: the count itself turns red, not only the dot.
    setStyleSheet(s.error > 0 ? QStringLiteral("QToolButton { color: #c01818; font-weight: bold; }")
                              : QString());
}

}  // namespace bm::gui
