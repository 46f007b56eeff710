// SPDX-License-Identifier: MIT
#include "gui/export_strip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

#include "gui/export_job.h"

namespace bm::gui {

ExportStrip::ExportStrip(ExportJob* job, QWidget* parent)
    : QWidget(parent),
      m_job(job),
      m_label(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_poll(new QTimer(this)) {
    setObjectName(QStringLiteral("ExportStrip"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    m_progress->setFixedWidth(180);
    // The status bar hands its spare width to the strip: the button keeps its own size.
    m_cancel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_progress->setFormat(tr("%v/%m pages"));
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportStrip::poll);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling export…"));
    });
    hide();
}

void ExportStrip::begin(const QString& fileName) {
    m_fileName = fileName;
    m_progress->setRange(0, 0);  // busy until the export knows its page count
    m_cancel->setEnabled(true);
    showPhase();
    show();
    m_poll->start();
}

void ExportStrip::showPhase() {
    if (m_job->cancelling()) return;  // 正在取消导出… stays
    // While the preflight's question is open nothing is written: it must not read 正在导出.
    m_label->setText(m_job->asking() ? tr("Waiting for your answer… (exporting %1)").arg(m_fileName)
                     : m_job->checking() ? tr("Checking… (exporting %1)").arg(m_fileName)
                     : m_job->pdf()      ? tr("Exporting PDF %1").arg(m_fileName)
                                         : tr("Exporting PNG %1").arg(m_fileName));
}

void ExportStrip::end() {
    m_poll->stop();
    hide();
}

void ExportStrip::poll() {
    showPhase();
    const int planned = m_job->planned();
    if (planned <= 0) return;
    m_progress->setRange(0, planned);
    m_progress->setValue(std::min(m_job->done(), planned));
}

}  // namespace bm::gui
