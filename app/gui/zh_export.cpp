// SPDX-License-Identifier: MIT
// 简体中文 of the background export's strings (issue 16 item 3), apart from the other tables.
#include "gui/zh_translator.h"

namespace bm::gui {

namespace {

constexpr ZhEntry kExport[] = {
    {"Exporting PDF %1", "正在导出 PDF %1"},
    {"Exporting PNG %1", "正在导出 PNG %1"},
    {"%v/%m pages", "%v/%m 页"},
    {"Cancelling export…", "正在取消导出…"},
    {"Checking… (exporting %1)", "正在检查…（导出 %1）"},
    {"Waiting for your answer… (exporting %1)", "等待确认…（导出 %1）"},
    {"Export cancelled", "已取消导出"},
    {"An export is still running: wait for it to finish or cancel it first.",
     "仍在导出：请等它完成，或先取消。"},
};

}  // namespace

std::span<const ZhEntry> exportZhEntries() { return kExport; }

}  // namespace bm::gui
