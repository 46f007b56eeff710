// SPDX-License-Identifier: MIT
#pragma once
// The 正文 dock's two palettes (issue 14): character styles (宋/黑/楷/仿宋, 加粗, 着重号,
// 上标/下标, 字号 %, 灰度 K%, 清除) acting on the selection, and paragraph styles
// (正文/小标题/引文/署名) acting on the current paragraph(s). The palette only asks; the dock
// turns each request into one undoable edit.
#include <QWidget>
#include <string>

#include "layout/model/document.h"

class QComboBox;
class QSpinBox;
class QToolButton;

namespace bm::gui {

class StylePalette : public QWidget {
    Q_OBJECT
public:
    explicit StylePalette(QWidget* parent = nullptr);

    /// Shows what is in force at the cursor (no signal is sent).
    void showState(const model::CharAttrs& attrs, const std::string& paragraphStyle);

    QToolButton* fontButton(model::FontRole role) const;
    QToolButton* boldButton() const { return m_bold; }
    QToolButton* emphasisButton() const { return m_emphasis; }
    QToolButton* superButton() const { return m_super; }
    QToolButton* subButton() const { return m_sub; }
    QSpinBox* sizeBox() const { return m_size; }
    QSpinBox* tintBox() const { return m_tint; }
    QComboBox* paragraphBox() const { return m_paragraph; }

signals:
    void fontChosen(model::FontRole role);
    void boldClicked();
    void emphasisClicked();
    void scriptClicked(model::Script script);
    void sizeChosen(int percent);
    void tintChosen(int percent);
    void clearClicked();
    void paragraphStyleChosen(const std::string& style);

private:
    QToolButton* m_fonts[4] = {};
    QToolButton* m_bold;
    QToolButton* m_emphasis;
    QToolButton* m_super;
    QToolButton* m_sub;
    QToolButton* m_clear;
    QSpinBox* m_size;
    QSpinBox* m_tint;
    QComboBox* m_paragraph;
};

}  // namespace bm::gui
