// SPDX-License-Identifier: MIT
#include "gui/new_document_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "gui/qt_convert.h"
#include "layout/base/units.h"
#include "layout/model/validate.h"

namespace bm::gui {

namespace {

QDoubleSpinBox* mm(QWidget* parent, double max = 2000) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0, max);
    b->setDecimals(1);
    b->setSuffix(QStringLiteral(" mm"));
    return b;
}

}  // namespace

NewDocumentDialog::NewDocumentDialog(QWidget* parent)
    : QDialog(parent),
      m_preset(new QComboBox(this)),
      m_width(mm(this)),
      m_height(mm(this)),
      m_top(mm(this, 500)),
      m_bottom(mm(this, 500)),
      m_inside(mm(this, 500)),
      m_outside(mm(this, 500)),
      m_columns(new QSpinBox(this)),
      m_gutter(mm(this, 100)),
      m_body(new QDoubleSpinBox(this)),
      m_paper(new QLineEdit(this)),
      m_date(new QLineEdit(this)),
      m_number(new QSpinBox(this)),
      m_pageName(new QLineEdit(this)),
      m_summary(new QLabel(this)) {
    setWindowTitle(tr("New Document"));
    m_preset->addItem(tr("Broadsheet (对开), 8 columns"));
    m_preset->addItem(tr("Tabloid (4 开), 6 columns"));
    m_preset->addItem(tr("Custom"));
    m_columns->setRange(1, 64);
    m_gutter->setSpecialValueText(tr("Auto"));
    m_gutter->setDecimals(2);
    m_body->setRange(5, 24);
    m_body->setDecimals(1);
    m_body->setSuffix(QStringLiteral(" pt"));
    m_number->setRange(1, 9999);
    m_paper->setPlaceholderText(tr("e.g. 滨州日报"));
    m_date->setPlaceholderText(tr("e.g. 2024年11月1日 星期五"));
    m_pageName->setPlaceholderText(tr("e.g. 要闻"));
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Preset"), m_preset);
    form->addRow(tr("Trim width"), m_width);
    form->addRow(tr("Trim height"), m_height);
    form->addRow(tr("Top margin (天头)"), m_top);
    form->addRow(tr("Bottom margin (地脚)"), m_bottom);
    form->addRow(tr("Left margin"), m_inside);
    form->addRow(tr("Right margin"), m_outside);
    form->addRow(tr("Base columns"), m_columns);
    form->addRow(tr("Gutter"), m_gutter);
    form->addRow(tr("Body size"), m_body);
    form->addRow(tr("Paper name"), m_paper);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Page number"), m_number);
    form->addRow(tr("Page name"), m_pageName);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::activated, this, &NewDocumentDialog::choosePreset);
    for (QDoubleSpinBox* b :
         {m_width, m_height, m_top, m_bottom, m_inside, m_outside, m_gutter, m_body})
        connect(b, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_updating) return;
            m_preset->setCurrentIndex(2);  // edited: custom
            update();
        });
    connect(m_columns, &QSpinBox::valueChanged, this, [this] {
        if (m_updating) return;
        m_preset->setCurrentIndex(2);
        update();
    });
    choosePreset(0);
}

void NewDocumentDialog::choosePreset(int index) {
    const auto presets = model::pagePresets();
    if (index < 0 || index >= static_cast<int>(presets.size())) {
        m_preset->setCurrentIndex(2);
        update();
        return;
    }
    const model::PageSetup& s = presets[index];
    m_updating = true;
    m_preset->setCurrentIndex(index);
    m_width->setValue(toMm(s.width));
    m_height->setValue(toMm(s.height));
    m_top->setValue(toMm(s.top));
    m_bottom->setValue(toMm(s.bottom));
    m_inside->setValue(toMm(s.inside));
    m_outside->setValue(toMm(s.outside));
    m_columns->setValue(s.columns);
    m_gutter->setValue(toMm(s.gutter));
    m_body->setValue(toPt(s.bodySize));
    m_updating = false;
    update();
}

model::PageSetup NewDocumentDialog::setup() const {
    const int i = m_preset->currentIndex();
    const auto presets = model::pagePresets();
    // A preset as it is (exact lengths, not the dialog's rounded millimetres).
    if (i >= 0 && i < static_cast<int>(presets.size())) return presets[i];
    model::PageSetup s;
    s.id = "custom";
    s.width = fromMm(m_width->value());
    s.height = fromMm(m_height->value());
    s.top = fromMm(m_top->value());
    s.bottom = fromMm(m_bottom->value());
    s.inside = fromMm(m_inside->value());
    s.outside = fromMm(m_outside->value());
    s.columns = m_columns->value();
    s.gutter = fromMm(m_gutter->value());
    s.bodySize = fromPt(m_body->value());
    return s;
}

model::PageHeader NewDocumentDialog::header() const {
    return model::PageHeader{true, toU16(m_paper->text().trimmed()),
                             toU16(m_date->text().trimmed()), toU16(m_pageName->text().trimmed())};
}

int NewDocumentDialog::pageNumber() const { return m_number->value(); }

Result<model::Document> NewDocumentDialog::document() const {
    return model::documentFromSetup(setup(), header(), pageNumber());
}

void NewDocumentDialog::update() {
    auto page = model::pageFromSetup(setup(), "p1", 1, model::PageHeader{});
    auto* ok = findChild<QDialogButtonBox*>();
    if (!page) {
        m_summary->setText(tr("This set-up does not make a page: %1").arg(toQString(page.error())));
        m_summary->setStyleSheet(QStringLiteral("color: #c00"));
        if (ok) ok->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const Length colW = model::columnsWidth(*page, 1);
    m_summary->setText(tr("Type area %1 × %2 mm; columns of %3 字 (%4 mm), gutter %5 mm; %6 "
                          "grid lines")
                           .arg(toMm(page->typeArea.w), 0, 'f', 1)
                           .arg(toMm(page->typeArea.h), 0, 'f', 1)
                           .arg(static_cast<double>(colW) / page->grid.bodySize, 0, 'f', 1)
                           .arg(toMm(colW), 0, 'f', 1)
                           .arg(toMm(page->grid.gutter), 0, 'f', 2)
                           .arg(model::gridLines(*page)));
    m_summary->setStyleSheet(QString());
    if (ok) ok->button(QDialogButtonBox::Ok)->setEnabled(true);
}

}  // namespace bm::gui
