// SPDX-License-Identifier: MIT
// 简体中文 of the find/replace dialog's strings (issue 14), apart from the other tables.
#include "gui/zh_translator.h"

namespace bm::gui {

namespace {

constexpr ZhEntry kFind[] = {
    {"&Find and Replace…", "查找和替换(&F)…"},
    {"Find and Replace", "查找和替换"},
    {"Regular expression", "正则表达式"},
    {"Match case", "区分大小写"},
    {"Whole word", "全字匹配"},
    {"Selected article", "所选稿件"},
    {"This page", "本版"},
    {"Whole issue", "全部版面"},
    {"Find:", "查找："},
    {"Replace with:", "替换为："},
    {"In:", "范围："},
    {"Count", "计数"},
    {"Replace All", "全部替换"},
    {"%n match(es)", "%n 处匹配"},
    {"Replaced %n match(es)", "已替换 %n 处"},
};

}  // namespace

std::span<const ZhEntry> findZhEntries() { return kFind; }

}  // namespace bm::gui
