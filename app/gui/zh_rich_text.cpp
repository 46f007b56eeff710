// SPDX-License-Identifier: MIT
// 简体中文 of the rich text strings (issue 14): the 正文 dock's title fields and style
// palettes, HTML paste, the paragraph style editor and their undo history labels.
#include "gui/zh_translator.h"

namespace bm::gui {

namespace {

constexpr ZhEntry kRichText[] = {
    // Title block fields of the 正文 dock.
    {"Kicker", "引题"},
    {"Headline", "主题"},
    {"Subheadline", "副题"},
    {"Byline", "作者"},
    {"↵ marks an intended line break of the headline", "↵ 表示主题的换行"},
    // Character palette.
    {"Song", "宋"},
    {"Hei", "黑"},
    {"Kai", "楷"},
    {"FangSong", "仿宋"},
    {"Song typeface", "宋体"},
    {"Hei typeface", "黑体"},
    {"Kai typeface", "楷体"},
    {"FangSong typeface (set in Kai until a FangSong face is installed)",
     "仿宋（未安装仿宋字体时以楷体排）"},
    {"Bold", "加粗"},
    {"Bold (Ctrl+B)", "加粗 (Ctrl+B)"},
    {"Dots", "着重号"},
    {"Emphasis dots below the characters", "着重号：字下加点"},
    {"Superscript", "上标"},
    {"Subscript", "下标"},
    {"Size", "字号"},
    {"Character size, % of the paragraph's", "字号，段落字号的百分比"},
    {"Tint", "灰度"},
    {"Tint, % black", "灰度（K 百分比）"},
    {"Clear", "清除"},
    {"Plain text: remove the character styles", "清除字符样式"},
    {"Select the characters to style first.", "请先选中要设置的文字。"},
    // Paragraph palette and the style editor.
    {"Paragraph", "段落"},
    {"Paragraph style of the current paragraph(s)", "当前段落的段落样式"},
    {"Body", "正文"},
    {"Subhead", "小标题"},
    {"Quote", "引文"},
    {"Signature", "署名"},
    {"F&ormat", "格式(&O)"},
    {"&Paragraph Styles…", "段落样式(&P)…"},
    {"&Bold", "加粗(&B)"},
    {"Apply Paragraph &Style", "应用段落样式(&S)"},
    {"Paragraph Styles", "段落样式"},
    {"Style", "样式"},
    {"Font", "字体"},
    {"Alignment", "对齐"},
    {"Justify", "两端对齐"},
    {"Left", "左对齐"},
    {"Centre", "居中"},
    {"Right", "右对齐"},
    {"First-line indent", "首行缩进"},
    {" em", " 字"},
    {"%n paragraph(s) in this document use this style", "本文档有 %n 段使用此样式"},
    // Undo history (model::editLabel and the dock's Batch labels).
    {"Character style", "字符样式"},
    {"Clear character style", "清除字符样式"},
    {"Character styles", "字符样式"},
    {"Paragraph style", "段落样式"},
    {"Character font", "字体"},
    {"Emphasis dots", "着重号"},
    {"Character size", "字号"},
    {"Character tint", "灰度"},
    {"Paste", "粘贴"},
    {"Change style subhead", "修改样式 小标题"},
    {"Change style quote", "修改样式 引文"},
    {"Change style signature", "修改样式 署名"},
};

}  // namespace

std::span<const ZhEntry> richTextZhEntries() { return kRichText; }

}  // namespace bm::gui
