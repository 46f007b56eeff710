// SPDX-License-Identifier: MIT
#pragma once
// The title block's text fields of an article in the inspector: 引题, 副题, 作者, 本报讯 dateline
// and photo credit (主题 has its own multi-line field). Each field commits one SetArticleText
// when editing finishes, so every change is one undo step; a refresh never rewrites the field
// that has the keyboard focus.
#include <QObject>
#include <array>
#include <functional>

#include "layout/model/document.h"
#include "layout/model/edit.h"

class QFormLayout;
class QLineEdit;
class QWidget;

namespace bm::gui {

class TitleFields : public QObject {
    Q_OBJECT
public:
    using Commit = std::function<void(const model::Edit&)>;
    /// Adds the rows to `form` (after whatever it already has); `commit` applies an edit.
    TitleFields(QWidget* parent, QFormLayout* form, Commit commit);
    /// Shows `article`'s fields (empty fields for nullptr).
    void show(const model::Article* article);

private:
    struct Field {
        const char* key;  ///< SetArticleText's field name
        QLineEdit* edit = nullptr;
    };
    void commitField(size_t index);

    Commit m_commit;
    std::string m_articleId;
    std::u16string valueOf(const model::Article& a, const char* key) const;
    std::array<Field, 5> m_fields{
        {{"kicker"}, {"subheadline"}, {"byline"}, {"dateline"}, {"credit"}}};
    std::array<std::u16string, 5>
        m_shown;  ///< the article's values (an unchanged field commits nothing)
};

}  // namespace bm::gui
