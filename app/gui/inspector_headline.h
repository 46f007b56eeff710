// SPDX-License-Identifier: MIT
#pragma once
// The 主题's type in the inspector, per article and per frame: size in 字号 (初号 … 小五) or
// points, font role (宋/黑/楷), 长/扁 width in %, and on the selected frame whether it shows
// the title block and how many base columns the headline spans. The document's headline style
// stays the default ("文档默认"): a 48 pt lead and a 20 pt 简讯 can share a page.
// Each change commits one SetArticleHeadline or SetFrameOptions, so it is one undo step.
#include <QObject>
#include <functional>
#include <string>

#include "layout/model/document.h"
#include "layout/model/edit.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace bm::gui {

class HeadlineType : public QObject {
    Q_OBJECT
public:
    using Commit = std::function<void(const model::Edit&)>;
    /// Adds the article's rows to `articleForm` and the frame's rows to `frameForm`.
    HeadlineType(QWidget* parent, QFormLayout* articleForm, QFormLayout* frameForm, Commit commit);
    /// Shows the settings of `article` (nullptr: none) and of `frame` on `page` (nullptr: none).
    void show(const model::Document& doc, const model::Article* article, const model::Page* page,
              const model::ArticleFrame* frame);

private:
    void commitArticle();
    void commitFrame();
    void syncSizeName();

    Commit m_commit;
    bool m_updating = false;
    std::string m_articleId;
    std::string m_pageId;
    std::string m_frameId;
    // What is shown, so that a field left unchanged commits nothing (no empty undo steps).
    model::Article m_shownArticle;
    model::ArticleFrame m_shownFrame;
    QComboBox* m_sizeName;  ///< 文档默认, 初号 … 小五, 其他
    QDoubleSpinBox* m_size;
    QComboBox* m_font;  ///< 文档默认, 宋, 黑, 楷
    QSpinBox* m_width;
    QCheckBox* m_showHeadline;
    QSpinBox* m_span;
};

}  // namespace bm::gui
