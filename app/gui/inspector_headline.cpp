// SPDX-License-Identifier: MIT
#include "gui/inspector_headline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

#include "gui/qt_convert.h"
#include "layout/model/chinese_sizes.h"

namespace bm::gui {

namespace {

// Combo data: -1 = the document's style; otherwise the size in mpt (or the FontRole).
constexpr int kDocumentDefault = -1;
constexpr int kOtherSize = -2;

}  // namespace

HeadlineType::HeadlineType(QWidget* parent, QFormLayout* articleForm, QFormLayout* frameForm,
                           Commit commit)
    : QObject(parent), m_commit(std::move(commit)) {
    m_sizeName = new QComboBox(parent);
    m_sizeName->setObjectName(QStringLiteral("headlineSizeName"));
    m_sizeName->addItem(tr("Document style"), kDocumentDefault);
    for (const model::NamedSize& s : model::chineseSizes())
        m_sizeName->addItem(QString::fromUtf8(s.name), static_cast<int>(s.size));
    m_sizeName->addItem(tr("Other"), kOtherSize);
    m_size = new QDoubleSpinBox(parent);
    m_size->setObjectName(QStringLiteral("headlineSize"));
    m_size->setRange(4, 400);
    m_size->setDecimals(1);
    m_size->setSuffix(tr(" pt"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizeName, 1);
    sizeRow->addWidget(m_size, 1);
    articleForm->addRow(tr("Headline size"), sizeRow);

    m_font = new QComboBox(parent);
    m_font->setObjectName(QStringLiteral("headlineFont"));
    m_font->addItem(tr("Document style"), kDocumentDefault);
    m_font->addItem(tr("Song (宋体)"), static_cast<int>(model::FontRole::Song));
    m_font->addItem(tr("Hei (黑体)"), static_cast<int>(model::FontRole::Hei));
    m_font->addItem(tr("Kai (楷体)"), static_cast<int>(model::FontRole::Kai));
    articleForm->addRow(tr("Headline font"), m_font);

    m_width = new QSpinBox(parent);
    m_width->setObjectName(QStringLiteral("headlineWidth"));
    m_width->setRange(50, 200);
    m_width->setSingleStep(5);
    m_width->setSuffix(QStringLiteral(" %"));
    m_width->setToolTip(
        tr("Glyph width of the headline: below 100 % 长字 (narrow), above 100 % "
           "扁字 (wide)"));
    articleForm->addRow(tr("Headline width (长/扁)"), m_width);

    m_showHeadline = new QCheckBox(tr("Title block at the head of this frame"), parent);
    m_showHeadline->setObjectName(QStringLiteral("showHeadline"));
    m_span = new QSpinBox(parent);
    m_span->setObjectName(QStringLiteral("headlineSpan"));
    m_span->setRange(0, 99);
    m_span->setSpecialValueText(tr("Whole frame"));
    m_span->setSuffix(tr(" columns"));
    m_span->setToolTip(tr("Base columns the headline block spans, from the frame's left edge"));
    frameForm->addRow(tr("Title block"), m_showHeadline);
    frameForm->addRow(tr("Headline span"), m_span);

    connect(m_sizeName, &QComboBox::activated, this, [this] {
        const int data = m_sizeName->currentData().toInt();
        if (data > 0) m_size->setValue(data / 1000.0);
        if (data != kOtherSize) commitArticle();
    });
    connect(m_size, &QDoubleSpinBox::editingFinished, this, [this] {
        syncSizeName();
        commitArticle();
    });
    connect(m_font, &QComboBox::activated, this, [this] { commitArticle(); });
    connect(m_width, &QSpinBox::editingFinished, this, [this] { commitArticle(); });
    connect(m_showHeadline, &QCheckBox::toggled, this, [this] { commitFrame(); });
    connect(m_span, &QSpinBox::editingFinished, this, [this] { commitFrame(); });
}

void HeadlineType::syncSizeName() {
    const Length size = fromPt(m_size->value());
    int index = m_sizeName->findData(static_cast<int>(size));
    if (index < 0) index = m_sizeName->findData(kOtherSize);
    m_sizeName->setCurrentIndex(index);
}

void HeadlineType::show(const model::Document& doc, const model::Article* article,
                        const model::Page* page, const model::ArticleFrame* frame) {
    m_updating = true;
    m_articleId = article ? article->id : std::string();
    if (article) {
        m_shownArticle = *article;
        const model::Style& style = doc.style("headline");
        const Length size = article->headlineSize.value_or(style.size);
        if (!m_size->hasFocus()) m_size->setValue(size / 1000.0);
        if (article->headlineSize)
            syncSizeName();
        else
            m_sizeName->setCurrentIndex(m_sizeName->findData(kDocumentDefault));
        m_size->setEnabled(article->headlineSize.has_value() ||
                           m_sizeName->currentData().toInt() == kOtherSize);
        m_font->setCurrentIndex(m_font->findData(
            article->headlineFont ? static_cast<int>(*article->headlineFont) : kDocumentDefault));
        if (!m_width->hasFocus()) m_width->setValue(article->headlineScale);
    }
    m_pageId = page && frame ? page->id : std::string();
    m_frameId = frame ? frame->id : std::string();
    if (page && frame) {
        m_shownFrame = *frame;
        m_showHeadline->setChecked(frame->showHeadline);
        m_span->setRange(0, page->grid.columns);
        if (!m_span->hasFocus()) m_span->setValue(frame->headlineSpan);
        // A continued frame never shows the title block (the flow sets it on the first only).
        m_span->setEnabled(frame->showHeadline && frame->sequence == 0);
        m_showHeadline->setEnabled(frame->sequence == 0);
    }
    m_updating = false;
}

void HeadlineType::commitArticle() {
    if (m_updating || m_articleId.empty()) return;
    model::SetArticleHeadline edit{m_articleId, std::nullopt, std::nullopt, m_width->value()};
    const int sizeData = m_sizeName->currentData().toInt();
    if (sizeData != kDocumentDefault) edit.size = fromPt(m_size->value());
    if (const int font = m_font->currentData().toInt(); font != kDocumentDefault)
        edit.font = static_cast<model::FontRole>(font);
    m_size->setEnabled(sizeData != kDocumentDefault);
    if (edit.size == m_shownArticle.headlineSize && edit.font == m_shownArticle.headlineFont &&
        edit.widthPercent == m_shownArticle.headlineScale)
        return;
    m_commit(edit);
}

void HeadlineType::commitFrame() {
    if (m_updating || m_frameId.empty()) return;
    const model::SetFrameOptions edit{m_pageId, m_frameId, m_showHeadline->isChecked(),
                                      m_span->value(), m_shownFrame.balance};
    if (edit.showHeadline == m_shownFrame.showHeadline &&
        edit.headlineSpan == m_shownFrame.headlineSpan)
        return;
    m_commit(edit);
}

}  // namespace bm::gui
