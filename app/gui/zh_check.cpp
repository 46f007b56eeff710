// SPDX-License-Identifier: MIT
// 简体中文 of the 检查 dock's strings (the list, its buttons, the status-bar count) and of the
// checker's undo steps, kept apart from the other tables so that teams do not edit one list.
#include "gui/zh_translator.h"

namespace bm::gui {

namespace {

constexpr ZhEntry kCheck[] = {
    {"Check", "检查"},
    {"Fix", "修正"},
    {"Fix All Safe", "全部修正"},
    {"Ignore", "忽略"},
    {"Unignore", "取消忽略"},
    {"Show ignored", "显示已忽略"},
    {"Finding", "问题"},
    {"Rule id", "规则"},
    {"Excerpt", "摘录"},
    {"Apply the selected finding's fix (one undo step)", "应用所选问题的修正（一步撤销）"},
    {"Apply every safe fix in the list (one undo step)", "应用列表中全部安全修正（一步撤销）"},
    {"Ignore this finding here; the document remembers it", "忽略此处的问题（记在文档里）"},
    {"Check profile: %1", "检查方案：%1"},
    {"Fix: %1", "修正：%1"},
    {"Ignored", "已忽略"},
    {"Not on a page", "未上版"},
    {"Page %1", "第 %1 版"},
    {"Page items", "版面对象"},
    {"Errors %1 · Warnings %2 · Info %3", "错误 %1 · 警告 %2 · 提示 %3"},
    {" · %1 ignored", " · 已忽略 %1"},
    {" · %1 block print export", " · %1 项阻止印刷导出"},
    {"Profile %1 · checked in %2 ms", "检查方案 %1 · 用时 %2 毫秒"},
    {"Fixed: %1", "已修正：%1"},
    {"Applied every safe fix", "已应用全部安全修正"},
    {"No longer ignored: %1", "已取消忽略：%1"},
    {"Ignored: %1", "已忽略：%1"},
    {"Preflight and proofing: click to open the Check panel", "检查与校对：单击打开检查面板"},
    {"Errors %1 · Warnings %2", "错误 %1 · 警告 %2"},
    // The export's preflight gate (the editor's --allow-preflight-errors).
    {"Preflight errors", "检查错误"},
    {"%n error(s) would print wrong in a print (PDF/X-1a) file:",
     "%n 项错误会在印刷文件（PDF/X-1a）中印错："},
    {"… and %1 more", "……另有 %1 项"},
    {"Export Anyway", "仍然导出"},
    {"Not exported: %n preflight error(s) (see the Check panel)",
     "未导出：%n 项检查错误（见检查面板）"},
    {"%n preflight error(s) allowed (--allow-preflight-errors): %1",
     "放行 %n 项检查错误（--allow-preflight-errors）：%1"},
    {"Warning: %n preflight error(s) in this plain PDF: %1",
     "警告：此普通 PDF 有 %n 项检查错误：%1"},
    // Undo steps of fixes and waivers (model::editLabel).
    {"Correct kicker", "修正引题"},
    {"Correct headline", "修正主题"},
    {"Correct subheadline", "修正副题"},
    {"Correct byline", "修正署名"},
    {"Correct dateline", "修正电头"},
    {"Correct paragraphs", "修正正文"},
    {"Correct caption", "修正图说"},
    {"Correct credit", "修正摄影署名"},
    {"Correct label", "修正标签"},
    {"Correct header.paperName", "修正报眉报名"},
    {"Correct header.date", "修正报眉日期"},
    {"Correct header.pageName", "修正报眉版名"},
    {"Change check settings", "修改检查设置"},
    {"page %1", "第 %1 版"},
    {"frame %1", "文框 %1"},
    {"story %1", "稿件 %1"},
    {"paragraph %1", "第 %1 段"},
    {"line %1", "第 %1 行"},
    {"the document", "全文档"},
};

}  // namespace

std::span<const ZhEntry> checkZhEntries() { return kCheck; }

}  // namespace bm::gui
