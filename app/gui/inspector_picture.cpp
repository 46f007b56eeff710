// SPDX-License-Identifier: MIT
// The inspector's picture, rule and label sections.
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/inspector_section.h"
#include "gui/model_lookup.h"
#include "gui/picture_frame.h"
#include "gui/picture_placement.h"
#include "gui/qt_convert.h"
#include "layout/base/units.h"

namespace bm::gui {

namespace {

const model::RuleFrame* findRule(const model::Page& p, const std::string& id) {
    for (const auto& r : p.rules)
        if (r.id == id) return &r;
    return nullptr;
}

const model::LabelFrame* findLabel(const model::Page& p, const std::string& id) {
    for (const auto& l : p.labels)
        if (l.id == id) return &l;
    return nullptr;
}

}  // namespace

PictureSection::PictureSection(EditorSession* session, QWidget* parent)
    : InspectorSection(tr("Picture"), session, parent),
      m_path(new QLabel(this)),
      m_status(new QLabel(this)),
      m_pixels(new QLabel(this)),
      m_caption(new QLineEdit(this)),
      m_credit(new QLineEdit(this)),
      m_wrap(new QCheckBox(tr("Text wraps around it"), this)),
      m_standoff(new QDoubleSpinBox(this)),
      m_fit(new QComboBox(this)),
      m_zoom(new QDoubleSpinBox(this)),
      m_focusX(new QDoubleSpinBox(this)),
      m_focusY(new QDoubleSpinBox(this)),
      m_pdfPage(new QSpinBox(this)),
      m_relink(new QPushButton(tr("Relink…"), this)) {
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_standoff->setRange(0, 50);
    m_standoff->setDecimals(1);
    m_standoff->setSuffix(QStringLiteral(" mm"));
    m_standoff->setKeyboardTracking(false);
    m_caption->setPlaceholderText(tr("Caption (图说)"));
    m_credit->setPlaceholderText(tr("Credit, e.g. 记者 卢青 摄"));
    // The model's order: auto, fill, fit, stretch (the combo's index is the enum's value).
    m_fit->addItem(tr("Auto (fill photos, fit PDF ads)"));
    m_fit->addItem(tr("Fill frame, crop"));
    m_fit->addItem(tr("Fit inside frame"));
    m_fit->addItem(tr("Stretch (distorts)"));
    m_zoom->setRange(10, 2000);
    m_zoom->setDecimals(0);
    m_zoom->setSuffix(QStringLiteral(" %"));
    for (QDoubleSpinBox* s : {m_focusX, m_focusY}) {
        s->setRange(0, 100);
        s->setDecimals(1);
        s->setSuffix(QStringLiteral(" %"));
        s->setToolTip(tr("The point of the picture kept at the frame's centre"));
    }
    m_pdfPage->setRange(1, 9999);
    for (QDoubleSpinBox* s : {m_zoom, m_focusX, m_focusY}) s->setKeyboardTracking(false);
    m_pdfPage->setKeyboardTracking(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File"), m_path);
    form->addRow(tr("Link"), m_status);
    form->addRow(tr("Pixels"), m_pixels);
    form->addRow(QString(), m_relink);
    form->addRow(tr("Caption"), m_caption);
    form->addRow(tr("Credit"), m_credit);
    form->addRow(QString(), m_wrap);
    form->addRow(tr("Standoff"), m_standoff);
    form->addRow(tr("Fit mode"), m_fit);
    form->addRow(tr("Zoom"), m_zoom);
    form->addRow(tr("Focus across"), m_focusX);
    form->addRow(tr("Focus down"), m_focusY);
    form->addRow(tr("PDF page"), m_pdfPage);
    for (QLineEdit* e : {m_caption, m_credit})
        connect(e, &QLineEdit::editingFinished, this, [this] { apply(); });
    connect(m_wrap, &QCheckBox::toggled, this, [this] { apply(); });
    connect(m_standoff, &QDoubleSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_fit, &QComboBox::currentIndexChanged, this, [this] { apply(); });
    for (QDoubleSpinBox* s : {m_zoom, m_focusX, m_focusY})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_pdfPage, &QSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_relink, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Relink Picture"), QString(),
                                         tr("Pictures (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"));
        if (!file.isEmpty()) relink(file);
    });
}

QString PictureSection::linkStatus() const { return m_status->text(); }

bool PictureSection::refresh() {
    const model::ImageFrame* im = findImageFrame(*page(), m_id);
    if (!im) return false;
    m_caption->setText(toQString(im->caption));
    m_credit->setText(toQString(im->credit));
    m_wrap->setChecked(im->wrap);
    m_standoff->setValue(toMm(im->standoff));
    m_fit->setCurrentIndex(static_cast<int>(im->fit));
    m_zoom->setValue(im->zoomPermille / 10.0);
    m_focusX->setValue(im->focusXPermille / 10.0);
    m_focusY->setValue(im->focusYPermille / 10.0);
    m_pdfPage->setValue(im->pdfPage);
    if (im->path.empty()) {
        m_path->setText(tr("(placeholder, no picture)"));
        m_status->setText(tr("No picture"));
        m_pixels->clear();
        return true;
    }
    QString file = toQString(im->path);
    const QString doc = m_session->path();
    if (QFileInfo(file).isRelative() && !doc.isEmpty())
        file = QFileInfo(doc).absoluteDir().filePath(file);
    m_path->setText(toQString(im->path));
    const QFileInfo info(file);
    if (!info.exists()) {
        m_status->setText(tr("Missing: %1 is not there; relink it").arg(file));
        m_status->setStyleSheet(QStringLiteral("color: #c00"));
        m_pixels->clear();
        return true;
    }
    // Changed since the document was last saved: the page may no longer show what was placed.
    const bool modified = !doc.isEmpty() && QFileInfo::exists(doc) &&
                          info.lastModified() > QFileInfo(doc).lastModified();
    m_status->setText(modified ? tr("Modified after the document was saved") : tr("Found"));
    m_status->setStyleSheet(modified ? QStringLiteral("color: #b60") : QString());
    // The engine's numbers (upright size after EXIF, effective ppi after fit and zoom): what the
    // layout JSON and preflight report. The plant wants at least 200 ppi.
    const std::string dir = doc.isEmpty() ? std::string() : toUtf8(QFileInfo(doc).absolutePath());
    const auto pf = pictureFrame(*m_session->layout(), page()->id, m_id, dir);
    m_pixels->setStyleSheet(QString());
    if (!pf || !pf->check.error.empty()) {
        m_pixels->setText(tr("Cannot read the picture"));
    } else if (pf->check.vector) {
        m_pixels->setText(tr("PDF page, %1 × %2 pt").arg(pf->check.pixelsW).arg(pf->check.pixelsH));
    } else {
        const long ppi = std::lround(pf->check.ppi.min());
        m_pixels->setText(
            tr("%1 × %2 px, %3 ppi").arg(pf->check.pixelsW).arg(pf->check.pixelsH).arg(ppi));
        if (ppi < 200) m_pixels->setStyleSheet(QStringLiteral("color: #c00"));
    }
    return true;
}

void PictureSection::apply() {
    if (m_updating || !page()) return;
    const model::ImageFrame* im = findImageFrame(*page(), m_id);
    if (!im) return;
    model::ImageFrame next = *im;
    next.caption = toU16(m_caption->text().trimmed());
    next.credit = toU16(m_credit->text().trimmed());
    next.wrap = m_wrap->isChecked();
    next.standoff = fromMm(m_standoff->value());
    next.fit = static_cast<model::ImageFit>(m_fit->currentIndex());
    next.zoomPermille = static_cast<int>(std::lround(m_zoom->value() * 10));
    next.focusXPermille = static_cast<int>(std::lround(m_focusX->value() * 10));
    next.focusYPermille = static_cast<int>(std::lround(m_focusY->value() * 10));
    next.pdfPage = m_pdfPage->value();
    if (next == *im) return;
    commit(model::SetImage{page()->id, next});
}

bool PictureSection::relink(const QString& file) {
    const model::ImageFrame* im = page() ? findImageFrame(*page(), m_id) : nullptr;
    if (!im) return false;
    model::ImageFrame next = *im;
    next.path = documentPicturePath(m_session->path(), file);
    if (next == *im) return true;
    commit(model::SetImage{page()->id, next});
    return findImageFrame(*page(), m_id)->path == next.path;
}

RuleSection::RuleSection(EditorSession* session, QWidget* parent)
    : InspectorSection(tr("Rule"), session, parent),
      m_kind(new QLabel(this)),
      m_width(new QDoubleSpinBox(this)),
      m_style(new QComboBox(this)),
      m_tint(new QSpinBox(this)),
      m_fill(new QSpinBox(this)) {
    m_width->setRange(0, 100);
    m_width->setDecimals(2);
    m_width->setSingleStep(0.25);
    m_width->setSuffix(QStringLiteral(" pt"));
    m_width->setKeyboardTracking(false);
    m_style->addItem(tr("Solid"));
    m_style->addItem(tr("Double (花线)"));
    m_tint->setRange(1, 100);
    m_tint->setSuffix(QStringLiteral(" % K"));
    m_tint->setKeyboardTracking(false);
    m_fill->setRange(0, 100);
    m_fill->setSuffix(QStringLiteral(" % K"));
    m_fill->setSpecialValueText(tr("None"));
    m_fill->setKeyboardTracking(false);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Line width"), m_width);
    form->addRow(tr("Style"), m_style);
    form->addRow(tr("Tint"), m_tint);
    form->addRow(tr("Shading (底纹)"), m_fill);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_style, &QComboBox::activated, this, [this] { apply(); });
    connect(m_tint, &QSpinBox::valueChanged, this, [this] { apply(); });
    connect(m_fill, &QSpinBox::valueChanged, this, [this] { apply(); });
}

bool RuleSection::refresh() {
    const model::RuleFrame* r = findRule(*page(), m_id);
    if (!r) return false;
    const bool box = r->kind == model::RuleFrame::Kind::Box;
    setTitle(box ? tr("Box") : tr("Rule"));
    m_kind->setText(box ? tr("Box") : tr("Line"));
    m_width->setValue(toPt(r->width));
    m_style->setCurrentIndex(r->style == model::RuleFrame::Style::Double ? 1 : 0);
    m_tint->setValue(r->tintPercent);
    m_fill->setValue(r->fillPercent);
    m_fill->setEnabled(box);
    return true;
}

void RuleSection::apply() {
    if (m_updating || !page()) return;
    const model::RuleFrame* r = findRule(*page(), m_id);
    if (!r) return;
    model::RuleFrame next = *r;
    next.width = fromPt(m_width->value());
    next.style = m_style->currentIndex() == 1 ? model::RuleFrame::Style::Double
                                              : model::RuleFrame::Style::Solid;
    next.tintPercent = m_tint->value();
    next.fillPercent = r->kind == model::RuleFrame::Kind::Box ? m_fill->value() : 0;
    if (next == *r) return;
    commit(model::SetRule{page()->id, next});
}

LabelSection::LabelSection(EditorSession* session, QWidget* parent)
    : InspectorSection(tr("Label"), session, parent),
      m_text(new QLineEdit(this)),
      m_inverse(new QCheckBox(tr("Reversed (反白: white on black)"), this)),
      m_style(new QComboBox(this)) {
    auto* form = new QFormLayout(this);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Style"), m_style);
    form->addRow(QString(), m_inverse);
    connect(m_text, &QLineEdit::editingFinished, this, [this] { apply(); });
    connect(m_inverse, &QCheckBox::toggled, this, [this] { apply(); });
    connect(m_style, &QComboBox::activated, this, [this] { apply(); });
}

bool LabelSection::refresh() {
    const model::LabelFrame* l = findLabel(*page(), m_id);
    if (!l) return false;
    m_text->setText(toQString(l->text));
    m_inverse->setChecked(l->inverse);
    m_style->clear();
    for (const auto& [name, style] : m_session->document().styles)
        m_style->addItem(toQString(name));
    m_style->setCurrentText(toQString(l->style));
    return true;
}

void LabelSection::apply() {
    if (m_updating || !page()) return;
    const model::LabelFrame* l = findLabel(*page(), m_id);
    if (!l) return;
    model::LabelFrame next = *l;
    next.text = toU16(m_text->text());
    next.inverse = m_inverse->isChecked();
    next.style = toUtf8(m_style->currentText());
    if (next == *l) return;
    commit(model::SetLabel{page()->id, next});
}

}  // namespace bm::gui
