// SPDX-License-Identifier: MIT
#include "gui/inspector_title.h"

#include <QFormLayout>
#include <QLineEdit>
#include <cstring>

#include "gui/qt_convert.h"

namespace bm::gui {

namespace {

// A multi-line 副题 is typed with " / " between its lines in the one-line field (the model keeps
// '\n', as the 主题 field's lines do).
const QString kLineSeparator = QStringLiteral(" / ");

}  // namespace

TitleFields::TitleFields(QWidget* parent, QFormLayout* form, Commit commit)
    : QObject(parent), m_commit(std::move(commit)) {
    const QString labels[] = {tr("Kicker (引题)"), tr("Subheadline (副题)"), tr("Byline"),
                              tr("Dateline (本报讯)"), tr("Photo credit")};
    const QString hints[] = {
        tr("Above the headline; empty for none"), tr("Below the headline; \" / \" between lines"),
        tr("e.g. 记者 李伟伟"), tr("e.g. 本报讯"), tr("e.g. 通讯员 卢燕 摄影")};
    for (size_t i = 0; i < m_fields.size(); ++i) {
        Field& f = m_fields[i];
        f.edit = new QLineEdit(parent);
        f.edit->setPlaceholderText(hints[i]);
        f.edit->setObjectName(QString::fromLatin1(f.key));
        form->addRow(labels[i], f.edit);
        connect(f.edit, &QLineEdit::editingFinished, this, [this, i] { commitField(i); });
    }
}

std::u16string TitleFields::valueOf(const model::Article& a, const char* key) const {
    if (!std::strcmp(key, "kicker")) return a.kicker;
    if (!std::strcmp(key, "subheadline")) return a.subheadline;
    if (!std::strcmp(key, "byline")) return a.byline;
    if (!std::strcmp(key, "dateline")) return a.dateline;
    return a.credit;
}

void TitleFields::show(const model::Article* article) {
    m_articleId = article ? article->id : std::string();
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const Field& f = m_fields[i];
        m_shown[i] = article ? valueOf(*article, f.key) : std::u16string();
        f.edit->setEnabled(article != nullptr);
        if (f.edit->hasFocus()) continue;  // never under the user's cursor
        const QString text = toQString(m_shown[i]).replace(u'\n', kLineSeparator);
        if (f.edit->text() != text) f.edit->setText(text);
    }
}

void TitleFields::commitField(size_t index) {
    if (m_articleId.empty()) return;
    QString text = m_fields[index].edit->text().trimmed();
    text.replace(kLineSeparator, QStringLiteral("\n"));
    const std::u16string value = toU16(text);
    if (value == m_shown[index]) return;
    m_shown[index] = value;
    m_commit(model::SetArticleText{m_articleId, m_fields[index].key, value});
}

}  // namespace bm::gui
