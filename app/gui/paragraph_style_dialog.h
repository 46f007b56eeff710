// SPDX-License-Identifier: MIT
#pragma once
// 格式 → 段落样式…: the definition of a paragraph style (小标题, 引文, 署名): font, bold,
// alignment, first-line indent. Applying it is one SetStyle edit, so every paragraph of that
// style follows at once and one undo puts them all back.
#include <QDialog>
#include <string>

#include "layout/model/document.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace bm::gui {

class EditorSession;

class ParagraphStyleDialog : public QDialog {
    Q_OBJECT
public:
    explicit ParagraphStyleDialog(EditorSession* session, QWidget* parent = nullptr);

    /// Shows style `name` (e.g. "subhead").
    void showStyle(const std::string& name);
    /// The definition the fields describe, over the style's current one.
    model::Style definition() const;
    /// Applies the shown definition (nothing when unchanged). Returns the error, if any.
    QString apply();

    QComboBox* styleBox() const { return m_style; }
    QComboBox* fontBox() const { return m_font; }
    QCheckBox* boldBox() const { return m_bold; }
    QComboBox* alignBox() const { return m_align; }
    QDoubleSpinBox* indentBox() const { return m_indent; }

private:
    std::string currentName() const;
    void showUsage();

    EditorSession* m_session;
    QComboBox* m_style;
    QComboBox* m_font;
    QCheckBox* m_bold;
    QComboBox* m_align;
    QDoubleSpinBox* m_indent;
    QLabel* m_usage;
};

}  // namespace bm::gui
