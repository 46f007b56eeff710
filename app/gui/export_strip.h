// SPDX-License-Identifier: MIT
#pragma once
// The running export in the status bar: what is written, a progress bar in pages and 取消.
// Shown while an ExportJob runs, hidden otherwise; it never blocks the window. During a PDF's
// preflight it says 正在检查… (取消 works then too).
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace bm::gui {

class ExportJob;

class ExportStrip : public QWidget {
    Q_OBJECT
public:
    ExportStrip(ExportJob* job, QWidget* parent = nullptr);

    /// Shows the strip for the job just started, writing `fileName`.
    void begin(const QString& fileName);
    /// Hides it (the job finished, failed or was cancelled).
    void end();

    QLabel* label() const { return m_label; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    void poll();
    void showPhase();

    ExportJob* m_job;
    QLabel* m_label;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTimer* m_poll;
    QString m_fileName;
};

}  // namespace bm::gui
