// SPDX-License-Identifier: MIT
#include "gui/inspector.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/inspector_headline.h"
#include "gui/inspector_section.h"
#include "gui/inspector_title.h"
#include "gui/messages.h"
#include "gui/model_lookup.h"
#include "gui/qt_convert.h"
#include "layout/model/page_objects.h"
#include "layout/text/options.h"

namespace bm::gui {

namespace {

constexpr int kHeadlineDebounceMs = 600;

QString presetLabel(const std::string& id) {
    if (id == "paper-kaiming") return Inspector::tr("Newspaper 开明式 (reference page)");
    if (id == "news-gb") return Inspector::tr("全角式, push in first (GB)");
    if (id == "line-end-half") return Inspector::tr("Half-width at line ends");
    if (id == "kaiming") return Inspector::tr("开明式");
    if (id == "half") return Inspector::tr("Half-width punctuation");
    if (id == "none") return Inspector::tr("No punctuation compression");
    return toQString(id);
}

std::u16string stripTrailingNewlines(std::u16string s) {
    while (!s.empty() && (s.back() == u'\n' || s.back() == u'\r')) s.pop_back();
    return s;
}

}  // namespace

Inspector::Inspector(EditorSession* session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    // Frame.
    m_frameBox = new QGroupBox(tr("Frame"), this);
    m_framePlace = new QLabel(m_frameBox);
    m_span = new QSpinBox(m_frameBox);
    m_span->setRange(1, 64);
    m_lines = new QSpinBox(m_frameBox);
    m_lines->setRange(1, 9999);
    m_textColumns = new QSpinBox(m_frameBox);
    m_textColumns->setRange(1, 32);
    m_measure = new QDoubleSpinBox(m_frameBox);
    m_measure->setRange(0, 200);
    m_measure->setDecimals(2);
    m_measure->setSingleStep(0.25);
    m_measure->setSpecialValueText(tr("Auto"));
    m_measure->setSuffix(tr(" em"));
    auto* frameForm = new QFormLayout(m_frameBox);
    frameForm->addRow(tr("Position"), m_framePlace);
    frameForm->addRow(tr("Columns"), m_span);
    frameForm->addRow(tr("Height (lines)"), m_lines);
    frameForm->addRow(tr("Text columns"), m_textColumns);
    frameForm->addRow(tr("Measure"), m_measure);

    // Article.
    m_articleBox = new QGroupBox(tr("Article"), this);
    m_articleLabel = new QLabel(m_articleBox);
    m_headline = new QPlainTextEdit(m_articleBox);
    m_headline->setTabChangesFocus(true);
    m_headline->setFixedHeight(m_headline->fontMetrics().lineSpacing() * 3 + 12);
    m_headline->setPlaceholderText(tr("Headline (one line per headline line)"));
    m_tracking = new QSpinBox(m_articleBox);
    m_tracking->setRange(-200, 500);
    m_tracking->setSingleStep(5);
    m_tracking->setSuffix(tr(" ‰ em"));
    m_tracking->setToolTip(tr("Tracking of the whole body text, in thousandths of an em"));
    m_fit = new QLabel(m_articleBox);
    m_fit->setWordWrap(true);
    auto* articleForm = new QFormLayout(m_articleBox);
    articleForm->addRow(tr("Id"), m_articleLabel);
    articleForm->addRow(tr("Headline"), m_headline);
    m_title = new TitleFields(m_articleBox, articleForm,
                              [this](const model::Edit& edit) { commit(edit); });
    m_headlineType = new HeadlineType(m_articleBox, articleForm, frameForm,
                                      [this](const model::Edit& edit) { commit(edit); });
    articleForm->addRow(tr("Tracking"), m_tracking);
    articleForm->addRow(tr("Fit"), m_fit);

    // Shared styles.
    m_stylesBox = new QGroupBox(tr("Styles (whole document)"), this);
    m_headlineSize = new QDoubleSpinBox(m_stylesBox);
    m_headlineSize->setRange(4, 400);
    m_headlineSize->setDecimals(1);
    m_headlineSize->setSuffix(tr(" pt"));
    m_preset = new QComboBox(m_stylesBox);
    // Names a page editor reads; the id stays as the item's data (and the tooltip).
    for (const auto& name : text::presetNames()) {
        m_preset->addItem(presetLabel(name), toQString(name));
        m_preset->setItemData(m_preset->count() - 1, toQString(name), Qt::ToolTipRole);
    }
    auto* stylesForm = new QFormLayout(m_stylesBox);
    stylesForm->addRow(tr("Headline size"), m_headlineSize);
    stylesForm->addRow(tr("Body preset"), m_preset);

    m_page = new PageSection(session, this);
    m_geometry = new GeometrySection(session, this);
    m_picture = new PictureSection(session, this);
    m_rule = new RuleSection(session, this);
    m_label = new LabelSection(session, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    for (InspectorSection* section :
         std::initializer_list<InspectorSection*>{m_page, m_geometry, m_picture, m_rule, m_label}) {
        layout->addWidget(section);
        connect(section, &InspectorSection::message, this, &Inspector::message);
    }
    layout->addWidget(m_frameBox);
    layout->addWidget(m_articleBox);
    layout->addWidget(m_stylesBox);
    layout->addStretch();

    m_headlineDebounce.setSingleShot(true);
    m_headlineDebounce.setInterval(kHeadlineDebounceMs);
    connect(&m_headlineDebounce, &QTimer::timeout, this, &Inspector::commitHeadline);
    connect(m_headline, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) m_headlineDebounce.start();
    });
    connect(m_span, &QSpinBox::editingFinished, this,
            [this] { commitFrameArea(m_span->value(), m_lines->value()); });
    connect(m_lines, &QSpinBox::editingFinished, this,
            [this] { commitFrameArea(m_span->value(), m_lines->value()); });
    connect(m_textColumns, &QSpinBox::editingFinished, this, &Inspector::commitTextColumns);
    connect(m_measure, &QDoubleSpinBox::editingFinished, this, &Inspector::commitTextColumns);
    connect(m_tracking, &QSpinBox::editingFinished, this, &Inspector::commitTracking);
    connect(m_headlineSize, &QDoubleSpinBox::editingFinished, this, &Inspector::commitHeadlineSize);
    connect(m_preset, &QComboBox::activated, this, &Inspector::commitPreset);
    connect(session, &EditorSession::layoutChanged, this, &Inspector::refresh);
    connect(session, &EditorSession::documentReset, this, [this] { showSelection({}, {}); });
    refresh();
}

void Inspector::showSelection(const QString& frameId, const QString& articleId) {
    if (m_headlineDebounce.isActive()) {
        m_headlineDebounce.stop();
        commitHeadline();
    }
    m_frameId = frameId;
    m_articleId = articleId;
    refresh();
}

void Inspector::setPage(int index) {
    m_pageIndex = index;
    refresh();
}

void Inspector::refresh() {
    m_updating = true;
    const auto& doc = m_session->document();
    const int pageIndex = m_frameId.isEmpty() ? -1 : pageOfFrame(doc, toUtf8(m_frameId));
    const model::ArticleFrame* frame =
        pageIndex < 0 ? nullptr : findArticleFrame(doc.pages[pageIndex], toUtf8(m_frameId));
    // Only what applies to the selection is shown: no greyed values of another object (or of
    // the previous document).
    const std::string id = pageIndex < 0 ? std::string() : toUtf8(m_frameId);
    const int shownPage = pageIndex < 0 ? m_pageIndex : pageIndex;
    for (InspectorSection* section :
         std::initializer_list<InspectorSection*>{m_page, m_geometry, m_picture, m_rule, m_label})
        section->showFor(shownPage, id);
    m_frameBox->setVisible(frame != nullptr);
    if (frame) {
        const model::Page& page = doc.pages[pageIndex];
        const model::GridRect b = frameBounds(*frame);
        m_framePlace->setText(
            tr("Page %1, column %2, line %3").arg(page.number).arg(b.column + 1).arg(b.line + 1));
        m_span->setRange(1, page.grid.columns);
        m_span->setValue(b.span);
        m_lines->setRange(1, model::gridLines(page));
        m_lines->setValue(b.lines);
        const model::FrameRect& r = frame->rects.front();
        m_textColumns->setValue(r.textColumns);
        m_measure->setValue(r.measureMilliEm ? *r.measureMilliEm / 1000.0 : 0.0);
    } else {
        m_framePlace->setText(tr("No frame selected"));
    }

    const model::Article* article = doc.article(toUtf8(m_articleId));
    m_articleBox->setVisible(article != nullptr);
    if (article) {
        m_articleLabel->setText(m_articleId);
        const QString headline = toQString(article->headline);
        // Never rewrite the field under the user's cursor with what they just typed.
        if (m_headline->toPlainText() != headline && !m_headlineDebounce.isActive())
            m_headline->setPlainText(headline);
        m_title->show(article);
        m_tracking->setValue(article->tracking.empty() ? 0 : article->tracking.front().milliEm);
        const auto& fits = m_session->layout()->fits;
        if (auto it = fits.find(article->id); it != fits.end()) {
            const auto& f = it->second;
            QString text = tr("%1 chars").arg(f.totalChars);
            if (!f.placed)
                text += QStringLiteral(", ") + tr("Unplaced");
            else if (f.oversetChars > 0)
                text += QStringLiteral(", ") + tr("Overset +%1").arg(f.oversetChars) +
                        QStringLiteral(" (") + tr("%1 lines").arg(f.oversetLines) + u')';
            else if (f.undersetLines > 0)
                text += QStringLiteral(", ") + tr("%1 empty lines").arg(f.undersetLines);
            m_fit->setText(text);
        } else {
            m_fit->clear();
        }
    } else {
        m_articleLabel->clear();
        m_title->show(nullptr);
        if (!m_headlineDebounce.isActive()) m_headline->clear();
        m_fit->clear();
    }

    m_headlineType->show(doc, article, frame ? &doc.pages[pageIndex] : nullptr, frame);
    const model::Style& head = doc.style("headline");
    m_headlineSize->setValue(toScene(head.size));
    m_preset->setCurrentIndex(m_preset->findData(toQString(doc.style("body").preset)));
    m_updating = false;
}

void Inspector::commit(const model::Edit& edit) {
    const QString error = m_session->apply(edit);
    if (!error.isEmpty()) {
        emit message(explainEditError(error));
        refresh();  // back to the model's values
    }
}

void Inspector::commitFrameArea(int span, int lines) {
    if (m_updating) return;
    const auto& doc = m_session->document();
    const int pageIndex = pageOfFrame(doc, toUtf8(m_frameId));
    if (pageIndex < 0) return;
    const model::Page& page = doc.pages[pageIndex];
    const auto* frame = findArticleFrame(page, toUtf8(m_frameId));
    if (!frame) return;
    const model::GridRect b = frameBounds(*frame);
    model::GridRect to = clampToGrid(page, {b.column, span, b.line, lines});
    if (to == b) return;
    // 栏数 and 分栏 move together unless 分栏 was set explicitly (placeOnGridEdit).
    const auto object = model::findObject(page, frame->id);
    commit(object ? model::placeOnGridEdit(page, *object, to)
                  : model::Edit(model::ResizeFrame{page.id, frame->id, -1, to}));
}

void Inspector::commitTextColumns() {
    if (m_updating) return;
    const auto& doc = m_session->document();
    const int pageIndex = pageOfFrame(doc, toUtf8(m_frameId));
    if (pageIndex < 0) return;
    const model::Page& page = doc.pages[pageIndex];
    const auto* frame = findArticleFrame(page, toUtf8(m_frameId));
    if (!frame) return;
    std::optional<int> measure;
    if (m_measure->value() > 0) measure = static_cast<int>(std::lround(m_measure->value() * 1000));
    const int columns = m_textColumns->value();
    bool same = true;
    for (const auto& r : frame->rects)
        same = same && r.textColumns == columns && r.measureMilliEm == measure;
    if (same) return;
    commit(model::SetTextColumns{page.id, frame->id, -1, columns, measure});
}

void Inspector::commitHeadline() {
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    const std::u16string text = stripTrailingNewlines(toU16(m_headline->toPlainText()));
    if (text == article->headline) return;
    commit(model::SetArticleText{article->id, "headline", text});
}

void Inspector::commitHeadlineSize() {
    if (m_updating) return;
    model::Style style = m_session->document().style("headline");
    const Length size = fromScene(m_headlineSize->value());
    if (size == style.size) return;
    style.size = size;
    commit(model::SetStyle{"headline", style});
}

void Inspector::commitPreset() {
    if (m_updating) return;
    model::Style style = m_session->document().style("body");
    const std::string preset = toUtf8(m_preset->currentData().toString());
    if (preset == style.preset) return;
    style.preset = preset;
    commit(model::SetStyle{"body", style});
}

void Inspector::commitTracking() {
    if (m_updating) return;
    const model::Article* article = m_session->document().article(toUtf8(m_articleId));
    if (!article) return;
    const int milliEm = m_tracking->value();
    // Whole-article tracking = one range per paragraph (hand fitting of a single line keeps
    // its own ranges in the file; this control replaces them).
    std::vector<model::TrackingRange> ranges;
    if (milliEm != 0) {
        for (size_t i = 0; i < article->paragraphs.size(); ++i) {
            const int len = static_cast<int>(article->paragraphs[i].size());
            if (len > 0) ranges.push_back({static_cast<int>(i), 0, len, milliEm});
        }
    }
    if (ranges == article->tracking) return;
    commit(model::SetTracking{article->id, ranges});
}

}  // namespace bm::gui
