// SPDX-License-Identifier: MIT
#pragma once
// The export dialogs (PDF and PNG) with the command line's options: PDF profile, crop marks,
// bleed; PNG resolution; which pages (the shown one, all, or a range such as 1-3,5). Default
// file names say what they hold: <title>-第3版.pdf.
#include <QDialog>
#include <QString>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/pdf/pdf_export.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace bm::gui {

struct ExportSettings {
    QString path;
    std::vector<int> pages;  ///< 0-based positions in the document
    pdf::PdfOptions pdf;     ///< profile, marks, bleed (PDF)
    double dpi = 300;        ///< PNG
};

/// "1-3,5" → {0, 1, 2, 4} for positions 1 … pageCount; an error names the bad part.
Result<std::vector<int>> parsePageRange(const QString& text, int pageCount);

/// "<title or file name>-第N版.<suffix>" for one page, "<title>.<suffix>" for several; the
/// document's folder when it has one.
QString defaultExportPath(const QString& title, const QString& documentPath, int pageNumber,
                          const QString& suffix);

/// One PNG per page: "<base>-第N版.png" when there are several, else `path` itself.
QString pngPathForPage(const QString& path, int pageNumber, bool several);

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `pdf`: the PDF dialog, else PNG. `current` is the shown page (0-based).
    ExportDialog(bool pdf, int pageCount, int current, const QString& defaultPath,
                 QWidget* parent = nullptr);
    /// The settings as entered, or what is wrong with them.
    Result<ExportSettings> settings() const;

private:
    bool m_pdf;
    int m_pageCount;
    int m_current;
    QLineEdit* m_path;
    QRadioButton* m_currentPage;
    QRadioButton* m_allPages;
    QRadioButton* m_rangePages;
    QLineEdit* m_range;
    QComboBox* m_profile = nullptr;
    QCheckBox* m_marks = nullptr;
    QDoubleSpinBox* m_bleed = nullptr;
    QSpinBox* m_dpi = nullptr;
};

}  // namespace bm::gui
