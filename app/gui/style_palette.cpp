// SPDX-License-Identifier: MIT
#include "gui/style_palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace bm::gui {

namespace {

constexpr model::FontRole kRoles[] = {model::FontRole::Song, model::FontRole::Hei,
                                      model::FontRole::Kai, model::FontRole::FangSong};
// The paragraph styles the palette offers, in the order page editors use them.
constexpr const char* kParagraphStyles[] = {"body", "subhead", "quote", "signature"};

QToolButton* toolButton(QWidget* parent, const QString& text, const QString& tip,
                        bool checkable = true) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    // The palette only changes the model; the text box keeps the keyboard focus.
    b->setFocusPolicy(Qt::NoFocus);
    return b;
}

}  // namespace

StylePalette::StylePalette(QWidget* parent) : QWidget(parent) {
    const QString fontText[] = {tr("Song"), tr("Hei"), tr("Kai"), tr("FangSong")};
    const QString fontTip[] = {
        tr("Song typeface"), tr("Hei typeface"), tr("Kai typeface"),
        tr("FangSong typeface (set in Kai until a FangSong face is installed)")};
    auto* chars = new QHBoxLayout;
    chars->setSpacing(1);
    for (int i = 0; i < 4; ++i) {
        m_fonts[i] = toolButton(this, fontText[i], fontTip[i]);
        const model::FontRole role = kRoles[i];
        connect(m_fonts[i], &QToolButton::clicked, this, [this, role] { emit fontChosen(role); });
        chars->addWidget(m_fonts[i]);
    }
    chars->addSpacing(6);
    m_bold = toolButton(this, tr("Bold"), tr("Bold (Ctrl+B)"));
    QFont bf = m_bold->font();
    bf.setBold(true);
    m_bold->setFont(bf);
    m_emphasis = toolButton(this, tr("Dots"), tr("Emphasis dots below the characters"));
    m_super = toolButton(this, QStringLiteral("X²"), tr("Superscript"));
    m_sub = toolButton(this, QStringLiteral("X₂"), tr("Subscript"));
    connect(m_bold, &QToolButton::clicked, this, &StylePalette::boldClicked);
    connect(m_emphasis, &QToolButton::clicked, this, &StylePalette::emphasisClicked);
    connect(m_super, &QToolButton::clicked, this,
            [this] { emit scriptClicked(model::Script::Super); });
    connect(m_sub, &QToolButton::clicked, this, [this] { emit scriptClicked(model::Script::Sub); });
    for (auto* b : {m_bold, m_emphasis, m_super, m_sub}) chars->addWidget(b);
    chars->addStretch(1);

    auto* second = new QHBoxLayout;
    second->setSpacing(4);
    m_size = new QSpinBox(this);
    m_size->setRange(50, 200);
    m_size->setSingleStep(10);
    m_size->setSuffix(QStringLiteral(" %"));
    m_size->setToolTip(tr("Character size, % of the paragraph's"));
    m_tint = new QSpinBox(this);
    m_tint->setRange(0, 100);
    m_tint->setSingleStep(10);
    m_tint->setSuffix(QStringLiteral(" %K"));
    m_tint->setToolTip(tr("Tint, % black"));
    for (QSpinBox* s : {m_size, m_tint}) {
        // A value is applied on Enter or an arrow step, not at every key typed.
        s->setKeyboardTracking(false);
        s->setFocusPolicy(Qt::ClickFocus);
    }
    m_size->setValue(100);
    m_tint->setValue(100);
    connect(m_size, &QSpinBox::valueChanged, this, &StylePalette::sizeChosen);
    connect(m_tint, &QSpinBox::valueChanged, this, &StylePalette::tintChosen);
    m_clear = toolButton(this, tr("Clear"), tr("Plain text: remove the character styles"), false);
    connect(m_clear, &QToolButton::clicked, this, &StylePalette::clearClicked);
    m_paragraph = new QComboBox(this);
    m_paragraph->setToolTip(tr("Paragraph style of the current paragraph(s)"));
    m_paragraph->setFocusPolicy(Qt::NoFocus);
    const QString names[] = {tr("Body"), tr("Subhead"), tr("Quote"), tr("Signature")};
    for (int i = 0; i < 4; ++i)
        m_paragraph->addItem(names[i], QString::fromLatin1(kParagraphStyles[i]));
    connect(m_paragraph, &QComboBox::activated, this, [this](int i) {
        emit paragraphStyleChosen(m_paragraph->itemData(i).toString().toStdString());
    });
    second->addWidget(new QLabel(tr("Size"), this));
    second->addWidget(m_size);
    second->addWidget(new QLabel(tr("Tint"), this));
    second->addWidget(m_tint);
    second->addWidget(m_clear);
    second->addStretch(1);
    second->addWidget(new QLabel(tr("Paragraph"), this));
    second->addWidget(m_paragraph);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(chars);
    layout->addLayout(second);
}

QToolButton* StylePalette::fontButton(model::FontRole role) const {
    return m_fonts[static_cast<int>(role)];
}

void StylePalette::showState(const model::CharAttrs& attrs, const std::string& paragraphStyle) {
    for (int i = 0; i < 4; ++i) m_fonts[i]->setChecked(attrs.font && *attrs.font == kRoles[i]);
    m_bold->setChecked(attrs.bold);
    m_emphasis->setChecked(attrs.emphasisDots);
    m_super->setChecked(attrs.script == model::Script::Super);
    m_sub->setChecked(attrs.script == model::Script::Sub);
    {
        const QSignalBlocker a(m_size);
        const QSignalBlocker b(m_tint);
        m_size->setValue(attrs.sizePercent);
        m_tint->setValue(attrs.tintPercent);
    }
    const int i = m_paragraph->findData(QString::fromStdString(paragraphStyle));
    m_paragraph->setCurrentIndex(i >= 0 ? i : 0);
}

}  // namespace bm::gui
