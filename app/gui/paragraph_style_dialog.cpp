// SPDX-License-Identifier: MIT
#include "gui/paragraph_style_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

// The body styles a page editor redefines; 正文 itself is the document's body style (the
// inspector's 样式 section), 图片说明 the caption style.
constexpr const char* kEditable[] = {"subhead", "quote", "signature"};

}  // namespace

ParagraphStyleDialog::ParagraphStyleDialog(EditorSession* session, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_style(new QComboBox(this)),
      m_font(new QComboBox(this)),
      m_bold(new QCheckBox(tr("Bold"), this)),
      m_align(new QComboBox(this)),
      m_indent(new QDoubleSpinBox(this)),
      m_usage(new QLabel(this)) {
    setWindowTitle(tr("Paragraph Styles"));
    const QString styleNames[] = {tr("Subhead"), tr("Quote"), tr("Signature")};
    for (int i = 0; i < 3; ++i) m_style->addItem(styleNames[i], QString::fromLatin1(kEditable[i]));
    for (const QString& f : {tr("Song"), tr("Hei"), tr("Kai"), tr("FangSong")}) m_font->addItem(f);
    for (const QString& a : {tr("Justify"), tr("Left"), tr("Centre"), tr("Right")})
        m_align->addItem(a);
    m_indent->setRange(0, 4);
    m_indent->setSingleStep(0.5);
    m_indent->setDecimals(1);
    m_indent->setSuffix(tr(" em"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Style"), m_style);
    form->addRow(tr("Font"), m_font);
    form->addRow(QString(), m_bold);
    form->addRow(tr("Alignment"), m_align);
    form->addRow(tr("First-line indent"), m_indent);
    form->addRow(QString(), m_usage);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const QString error = apply(); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (const QString error = apply(); !error.isEmpty())
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(m_style, &QComboBox::currentIndexChanged, this, [this] { showStyle(currentName()); });
    showStyle(kEditable[0]);
}

std::string ParagraphStyleDialog::currentName() const {
    return m_style->currentData().toString().toStdString();
}

void ParagraphStyleDialog::showStyle(const std::string& name) {
    const int i = m_style->findData(QString::fromStdString(name));
    if (i < 0) return;
    if (m_style->currentIndex() != i) {
        m_style->setCurrentIndex(i);  // comes back here through currentIndexChanged
        return;
    }
    const model::Style& s = m_session->document().paragraphStyle(name);
    m_font->setCurrentIndex(static_cast<int>(s.role));
    m_bold->setChecked(s.bold);
    m_align->setCurrentIndex(static_cast<int>(s.align));
    m_indent->setValue(s.indentMilliEm / 1000.0);
    showUsage();
}

void ParagraphStyleDialog::showUsage() {
    const std::string name = currentName();
    int count = 0;
    for (const model::Article& a : m_session->document().articles)
        for (const model::ParagraphStyleMark& m : a.paragraphStyles) count += m.style == name;
    m_usage->setText(tr("%n paragraph(s) in this document use this style", nullptr, count));
}

model::Style ParagraphStyleDialog::definition() const {
    model::Style s = m_session->document().paragraphStyle(currentName());
    s.role = static_cast<model::FontRole>(m_font->currentIndex());
    s.bold = m_bold->isChecked();
    s.align = static_cast<model::Align>(m_align->currentIndex());
    s.indentMilliEm = static_cast<int>(std::lround(m_indent->value() * 1000));
    return s;
}

QString ParagraphStyleDialog::apply() {
    const std::string name = currentName();
    const model::Style next = definition();
    if (next == m_session->document().paragraphStyle(name)) return {};
    return m_session->apply(model::SetStyle{name, next});
}

}  // namespace bm::gui
