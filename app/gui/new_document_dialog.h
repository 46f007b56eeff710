// SPDX-License-Identifier: MIT
#pragma once
// 文件→新建: the page set-up of a new document. A preset (对开 8 栏, 4 开 6 栏) or custom trim,
// margins, columns, gutter and body size in mm/pt, and the first page's 报眉 (报名, 日期, 版次,
// 版名). What the grid comes to (字 per column, gutter, grid lines) shows as the values change.
#include <QDialog>
#include <optional>

#include "layout/model/document.h"
#include "layout/model/page_setup.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bm::gui {

class NewDocumentDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewDocumentDialog(QWidget* parent = nullptr);

    /// The set-up as entered (also for tests).
    model::PageSetup setup() const;
    model::PageHeader header() const;
    int pageNumber() const;
    /// The document, or the reason it cannot be made.
    Result<model::Document> document() const;
    void choosePreset(int index);

private:
    void update();

    QComboBox* m_preset;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QDoubleSpinBox* m_top;
    QDoubleSpinBox* m_bottom;
    QDoubleSpinBox* m_inside;
    QDoubleSpinBox* m_outside;
    QSpinBox* m_columns;
    QDoubleSpinBox* m_gutter;
    QDoubleSpinBox* m_body;
    QLineEdit* m_paper;
    QLineEdit* m_date;
    QSpinBox* m_number;
    QLineEdit* m_pageName;
    QLabel* m_summary;
    bool m_updating = false;
};

}  // namespace bm::gui
