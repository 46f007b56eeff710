// SPDX-License-Identifier: MIT
#include "gui/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "gui/qt_convert.h"
#include "layout/base/units.h"

namespace bm::gui {

Result<std::vector<int>> parsePageRange(const QString& text, int pageCount) {
    std::vector<int> out;
    static const QRegularExpression part(QStringLiteral(R"(^\s*(\d+)\s*(?:-\s*(\d+))?\s*$)"));
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) return Error{std::string("no pages given")};
    for (const QString& p : parts) {
        const auto m = part.match(p);
        if (!m.hasMatch()) return Error{"not a page or range: '" + toUtf8(p.trimmed()) + "'"};
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).isEmpty() ? a : m.captured(2).toInt();
        if (a < 1 || b > pageCount || a > b)
            return Error{"pages " + toUtf8(p.trimmed()) + " are not within 1-" +
                         std::to_string(pageCount)};
        for (int i = a; i <= b; ++i)
            if (std::find(out.begin(), out.end(), i - 1) == out.end()) out.push_back(i - 1);
    }
    return out;
}

QString defaultExportPath(const QString& title, const QString& documentPath, int pageNumber,
                          const QString& suffix) {
    QString base = title.trimmed();
    if (base.isEmpty() && !documentPath.isEmpty()) {
        base = QFileInfo(documentPath).fileName();
        for (const char* s : {".bmdoc.json", ".json"})
            if (base.endsWith(QLatin1String(s))) base.chop(static_cast<int>(qstrlen(s)));
    }
    if (base.isEmpty()) base = QStringLiteral("版面");
    base.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("_"));
    if (pageNumber > 0) base += QStringLiteral("-第%1版").arg(pageNumber);
    const QString name = base + u'.' + suffix;
    return documentPath.isEmpty() ? name : QFileInfo(documentPath).absoluteDir().filePath(name);
}

QString pngPathForPage(const QString& path, int pageNumber, bool several) {
    if (!several) return path;
    QString base = path;
    if (base.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) base.chop(4);
    return base + QStringLiteral("-第%1版.png").arg(pageNumber);
}

ExportDialog::ExportDialog(bool pdf, int pageCount, int current, const QString& defaultPath,
                           QWidget* parent)
    : QDialog(parent),
      m_pdf(pdf),
      m_pageCount(pageCount),
      m_current(current),
      m_path(new QLineEdit(defaultPath, this)),
      m_currentPage(new QRadioButton(tr("Shown page (%1)").arg(current + 1), this)),
      m_allPages(new QRadioButton(tr("All pages (%1)").arg(pageCount), this)),
      m_rangePages(new QRadioButton(tr("Pages:"), this)),
      m_range(new QLineEdit(this)) {
    setWindowTitle(pdf ? tr("Export PDF") : tr("Export PNG"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    m_range->setPlaceholderText(tr("e.g. 1-3,5"));
    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_rangePages);
    rangeRow->addWidget(m_range);
    auto* pages = new QVBoxLayout;
    pages->addWidget(m_currentPage);
    pages->addWidget(m_allPages);
    pages->addLayout(rangeRow);
    (pdf ? m_allPages : m_currentPage)->setChecked(true);
    auto* form = new QFormLayout;
    form->addRow(tr("File"), pathRow);
    form->addRow(tr("Pages"), pages);
    if (pdf) {
        m_profile = new QComboBox(this);
        m_profile->addItem(tr("PDF/X-1a (for the print plant)"));
        m_profile->addItem(tr("Plain PDF (for proofs)"));
        m_marks = new QCheckBox(tr("Crop marks"), this);
        m_bleed = new QDoubleSpinBox(this);
        m_bleed->setRange(0, 50);
        m_bleed->setDecimals(1);
        m_bleed->setSuffix(QStringLiteral(" mm"));
        form->addRow(tr("Profile"), m_profile);
        form->addRow(QString(), m_marks);
        form->addRow(tr("Bleed"), m_bleed);
    } else {
        m_dpi = new QSpinBox(this);
        m_dpi->setRange(36, 1200);
        m_dpi->setValue(300);
        m_dpi->setSuffix(QStringLiteral(" dpi"));
        form->addRow(tr("Resolution"), m_dpi);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_range, &QLineEdit::textEdited, this, [this] { m_rangePages->setChecked(true); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p =
            QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                         m_pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
        if (!p.isEmpty()) m_path->setText(p);
    });
}

Result<ExportSettings> ExportDialog::settings() const {
    ExportSettings s;
    s.path = m_path->text().trimmed();
    if (s.path.isEmpty()) return Error{std::string("no file name")};
    const QString suffix = m_pdf ? QStringLiteral(".pdf") : QStringLiteral(".png");
    if (!s.path.endsWith(suffix, Qt::CaseInsensitive)) s.path += suffix;
    if (m_currentPage->isChecked()) {
        s.pages = {m_current};
    } else if (m_allPages->isChecked()) {
        for (int i = 0; i < m_pageCount; ++i) s.pages.push_back(i);
    } else {
        auto range = parsePageRange(m_range->text(), m_pageCount);
        if (!range) return Error{range.error()};
        s.pages = *range;
    }
    if (m_pdf) {
        s.pdf.profile = m_profile->currentIndex() == 0 ? pdf::PdfOptions::Profile::X1a
                                                       : pdf::PdfOptions::Profile::Plain;
        s.pdf.cropMarks = m_marks->isChecked();
        s.pdf.bleed = fromMm(m_bleed->value());
    } else {
        s.dpi = m_dpi->value();
    }
    return s;
}

}  // namespace bm::gui
