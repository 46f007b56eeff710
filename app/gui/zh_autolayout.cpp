// SPDX-License-Identifier: MIT
// 简体中文 of the 自动组版 dialog's strings (issue 15), apart from the other tables.
#include "gui/zh_translator.h"

namespace bm::gui {

namespace {

constexpr ZhEntry kAutoLayout[] = {
    {"Auto &Layout…", "自动组版(&L)…"},
    {"Auto Layout", "自动组版"},
    {"Auto layout", "自动组版"},  // the undo step
    {"&Compute Layouts", "计算方案(&C)"},
    {"&Apply", "应用(&A)"},
    {"Close", "关闭"},
    {"Story", "稿件"},
    {"Length", "字数"},
    {"State", "状态"},
    {"Priority", "优先级"},
    {"Placed", "已排"},
    {"Tick the stories for this page; priority 1 is the lead", "勾选本版稿件；优先级 1 为头条"},
    {"Tick the stories, give each a priority (1 = the lead), then compute.",
     "勾选稿件并给出优先级（1 = 头条），然后计算方案。"},
    {"Tick at least one story.", "请至少勾选一篇稿件。"},
    {"Computing…", "正在计算…"},
    {"Cannot lay out this page: %1", "本版无法自动组版：%1"},
    {"No layout fits: %1", "没有排得下的方案：%1"},
    {"%n layout(s) for %1 stories in %2 s (thumbnails %3 s). The best first.",
     "%1 篇稿件，%n 个方案，用时 %2 秒（缩略图 %3 秒），最优在前。"},
    {"Layout %1: score %2", "方案 %1：%2 分"},
    {"Layout %1 — score %2 = 100 − %3:", "方案 %1 — 得分 %2 = 100 − %3："},
    {"%1 (P%2) %3 col. × %4 lines", "%1（P%2）%3 栏 × %4 行"},
    {"fill", "填满"},
    {"fit effort", "紧排/松排"},
    {"hierarchy", "主次"},
    {"balance", "均衡"},
    {"shape", "版块形状"},
    {"side-by-side heads", "标题并列"},
    {"wishes", "指定要求"},
    {"Choose a layout first.", "请先选择一个方案。"},
    {"The document changed since the layouts were computed: compute again.",
     "方案计算后文档已改动，请重新计算。"},
};

}  // namespace

std::span<const ZhEntry> autoLayoutZhEntries() { return kAutoLayout; }

}  // namespace bm::gui
