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
    {"Cancel", "取消"},
    {"Cancelling…", "正在取消…"},
    {"Cancelled; compute again when ready.", "已取消；可重新计算。"},
    // The engine's refusals and diagnostics (autolayout_messages.cpp).
    {"frame %1", "稿件框 %1"},
    {"image %1", "图片 %1"},
    {"label %1", "标签 %1"},
    {"rule %1", "线条 %1"},
    {"page header %1", "报眉 %1"},
    {", ", "、"},
    {"the fixed items %1 surround the free area so that no straight cut divides it into "
     "rectangles; move one of them",
     "固定元素 %1 把空白区围成风车形，任何直线都切不出矩形；请移动其中一个"},
    {"the page has no free grid cells", "本版没有空白的网格"},
    {"the stories need %1–%2 column-lines, the free area has %3, and no arrangement fills it "
     "exactly; tick fewer or more stories",
     "稿件需要 %1–%2 栏行，空白区有 %3 栏行，没有正好排满的方案；请减少或增加稿件"},
    {"\"%1\" fits at no column width the house allows", "“%1”在本报允许的任何栏宽内都排不下"},
    {"unknown story \"%1\"", "没有稿件“%1”"},
    {"no image \"%1\" on page %2", "第 %2 版没有图片“%1”"},
    {"no page %1", "没有第 %1 版"},
    {"the layout engine stopped with an error (details in the tooltip)",
     "排版引擎出错（详情见提示）"},
    {"The document changed since the layouts were computed: compute again.",
     "方案计算后文档已改动，请重新计算。"},
    {"Compute &Again", "重新计算(&G)"},
    {"Search again with the same stories and priorities", "用同样的稿件和优先级重新计算"},
    {"These layouts were computed for the page as it is. The best first.",
     "这些方案就是按本版现状计算的，最优在前。"},
    {"Layout %1 is applied, so the page has changed since these layouts were computed; they are "
     "shown greyed. Compute again for layouts of the page as it is now.",
     "已应用方案 %1，本版已与计算时不同，这些方案以灰色显示。请重新计算，得到本版现状的方案。"},
    {"The page has changed since these layouts were computed; they are shown greyed. Compute "
     "again for layouts of the page as it is now.",
     "方案计算后本版已改动，这些方案以灰色显示。请重新计算，得到本版现状的方案。"},
};

}  // namespace

std::span<const ZhEntry> autoLayoutZhEntries() { return kAutoLayout; }

}  // namespace bm::gui
