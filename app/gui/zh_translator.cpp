// SPDX-License-Identifier: MIT
#include "gui/zh_translator.h"

#include <QHash>

namespace bm::gui {

/// The 检查 dock's strings (zh_check.cpp).
std::span<const ZhEntry> checkZhEntries();
/// The find/replace dialog's strings (zh_find.cpp).
std::span<const ZhEntry> findZhEntries();
/// The 自动组版 dialog's strings (zh_autolayout.cpp).
std::span<const ZhEntry> autoLayoutZhEntries();
/// The rich text strings: 正文 dock palettes, paste, paragraph styles (zh_rich_text.cpp).
std::span<const ZhEntry> richTextZhEntries();
/// The background export's strings (zh_export.cpp).
std::span<const ZhEntry> exportZhEntries();

namespace {

struct Entry {
    const char* en;
    const char* zh;
};

// English source text → 简体中文. Keys are exact source strings (with their & accelerators,
// which Chinese UIs show as a trailing "(&X)").
constexpr Entry kTable[] = {
    // Menus and actions.
    {"&File", "文件(&F)"},
    {"&New", "新建(&N)"},
    {"&Open…", "打开(&O)…"},
    {"Open &Recent", "最近打开(&R)"},
    {"(none)", "（无）"},
    {"&Save", "保存(&S)"},
    {"Save &As…", "另存为(&A)…"},
    {"&Import Articles…", "导入稿件(&I)…"},
    {"Export &PDF…", "导出 PDF(&P)…"},
    {"Export P&NG…", "导出 PNG(&N)…"},
    {"&Quit", "退出(&Q)"},
    {"&Edit", "编辑(&E)"},
    {"&Undo", "撤销(&U)"},
    {"&Redo", "重做(&R)"},
    {"&Delete Frame", "删除文框(&D)"},
    {"&View", "视图(&V)"},
    {"Fit &Page", "适合页面(&P)"},
    {"Fit &Width", "适合宽度(&W)"},
    {"&Actual Size (100%)", "实际大小 100%(&A)"},
    {"Zoom &In", "放大(&I)"},
    {"Zoom &Out", "缩小(&O)"},
    {"P&review", "预览(&R)"},
    {"Hide guides, frames and handles: what will print", "隐藏参考线、文框和控制点：所见即印刷"},
    {"&Baseline Grid", "基线网格(&B)"},
    {"Previous Page", "上一版"},
    {"Next Page", "下一版"},
    {"Panels", "面板"},
    {"&Page", "版面(&P)"},
    {"&Add Page", "添加版面(&A)"},
    {"&Remove Page", "删除版面(&R)"},
    {"&Settings", "设置(&S)"},
    {"&Language", "界面语言(&L)"},
    {"Follow the system", "跟随系统"},
    {"The language changes when Banmian is started again.", "界面语言将在重新启动版面后生效。"},
    {"&Help", "帮助(&H)"},
    {"&About Banmian", "关于版面(&A)"},
    {"About Banmian", "关于版面"},
    {"Banmian (版面): newspaper layout and pagination for Chinese newspapers.",
     "版面：中文报纸排版与组版工具。"},
    // Window, docks, status.
    {"Banmian", "版面"},
    {"%1[*] — Banmian", "%1[*] — 版面"},
    {"Untitled", "未命名"},
    {"Articles", "稿件"},
    {"Pages", "版面"},
    {"Inspector", "属性"},
    {"Text", "正文"},
    {"History", "历史记录"},
    {"<original document>", "<原始文档>"},
    {"Zoom %1%", "缩放 %1%"},
    {"Layout %1 ms", "排版 %1 毫秒"},
    {"Autosave failed: %1", "自动保存失败：%1"},
    {"Saved %1", "已保存 %1"},
    {"Exported %1", "已导出 %1"},
    {"Cannot undo or redo: %1", "无法撤销或重做：%1"},
    // File dialogs and questions.
    {"Open Document", "打开文档"},
    {"Save Document", "保存文档"},
    {"Banmian documents (*.bmdoc.json *.json)", "版面文档 (*.bmdoc.json *.json)"},
    {"Import Articles", "导入稿件"},
    {"Articles (*.txt *.docx)", "稿件 (*.txt *.docx)"},
    {"Export PDF", "导出 PDF"},
    {"Export PNG", "导出 PNG"},
    {"PDF (*.pdf)", "PDF (*.pdf)"},
    {"PNG image (*.png)", "PNG 图像 (*.png)"},
    {"Recover unsaved work?", "恢复未保存的工作？"},
    {"An autosaved version newer than the document was found:\n%1\n\nRecover it?",
     "发现比文档更新的自动保存版本：\n%1\n\n是否恢复？"},
    {"Recovered the autosaved version of %1", "已恢复 %1 的自动保存版本"},
    {"Unsaved changes", "未保存的修改"},
    {"The document has unsaved changes. Save them?", "文档有未保存的修改，是否保存？"},
    // Article bin.
    {"Article", "稿件"},
    {"Length", "字数"},
    {"State", "状态"},
    {"Import…", "导入…"},
    {"Remove", "删除"},
    {"Import .txt or .docx files as articles", "将 .txt 或 .docx 文件导入为稿件"},
    {"Remove the article and its frames", "删除稿件及其文框"},
    {"%1 chars", "%1字"},
    {"Unplaced", "未排"},
    {"Placed", "已排"},
    {"Overset +%1", "超 +%1字"},
    // Pages.
    {"Add page", "添加版面"},
    {"Remove page", "删除版面"},
    {"Page %1  (%2 frames)", "第 %1 版（%2 个文框）"},
    // Inspector.
    {"Frame", "文框"},
    {"Position", "位置"},
    {"Columns", "栏数"},
    {"Height (lines)", "高度（行）"},
    {"Text columns", "分栏"},
    {"Measure", "栏宽"},
    {"Auto", "自动"},
    {" em", " 字"},
    {" pt", " 磅"},
    {" ‰ em", " ‰字"},
    {"Page %1, column %2, line %3", "第 %1 版，第 %2 栏，第 %3 行"},
    {"No frame selected", "未选中文框"},
    {"Id", "编号"},
    {"Headline", "主题"},
    {"Headline (one line per headline line)", "主题（每行一行标题）"},
    {"Tracking", "字距"},
    {"Tracking of the whole body text, in thousandths of an em",
     "整篇正文的字距，单位为千分之一字"},
    {"Fit", "容量"},
    {"%1 lines", "%1 行"},
    {"%1 empty lines", "空 %1 行"},
    {"Styles (whole document)", "样式（全文档）"},
    {"Headline size", "主题字号"},
    {"Body preset", "正文规则"},
    // Text panel.
    {"No article selected", "未选中稿件"},
    {"Select an article to edit its text (one paragraph per line)",
     "选择稿件以编辑正文（每行一段）"},
    // Undo history (model::editLabel).
    {"Place article", "排入稿件"},
    {"Remove frame", "删除文框"},
    {"Move frame", "移动文框"},
    {"Resize frame", "调整文框大小"},
    {"Reshape frame", "调整文框形状"},
    {"Set text columns", "设置分栏"},
    {"Edit kicker", "编辑引题"},
    {"Edit headline", "编辑主题"},
    {"Edit subheadline", "编辑副题"},
    {"Edit byline", "编辑署名"},
    {"Edit dateline", "编辑电头"},
    {"Edit credit", "编辑摄影署名"},
    {"Edit paragraphs", "编辑正文"},
    {"Add article", "添加稿件"},
    {"Remove article", "删除稿件"},
    {"Change style headline", "修改主题样式"},
    {"Change style body", "修改正文样式"},
    {"Set tracking", "设置字距"},
    {"Add page", "添加版面"},
    {"Remove page", "删除版面"},
    {"Move image", "移动图片"},
    {"Add image", "添加图片"},
    {"Remove image", "删除图片"},
    {"Edit", "编辑"},
    // Qt's own dialog buttons (no Qt translations are installed with the app).
    {"OK", "确定"},
    {"Cancel", "取消"},
    {"&Yes", "是(&Y)"},
    {"&No", "否(&N)"},
    {"Save", "保存"},
    {"Discard", "不保存"},
    {"Close without Saving", "不保存并关闭"},
    {"&OK", "确定(&O)"},
    {"&Cancel", "取消(&C)"},
    {"&Open", "打开(&O)"},
    {"&Save", "保存(&S)"},
    {"&Choose", "选择(&C)"},
    {"Look in:", "查找范围："},
    {"File &name:", "文件名(&N)："},
    {"Files of type:", "文件类型："},
};

const QHash<QString, QString>& table() {
    static const QHash<QString, QString> t = [] {
        QHash<QString, QString> h;
        for (const Entry& e : kTable) h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : editingZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : checkZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : findZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : autoLayoutZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : richTextZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        for (const ZhEntry& e : exportZhEntries())
            h.insert(QString::fromUtf8(e.en), QString::fromUtf8(e.zh));
        return h;
    }();
    return t;
}

}  // namespace

QString zhText(const QString& source) { return table().value(source); }

QString ZhTranslator::translate(const char*, const char* sourceText, const char*, int) const {
    if (!sourceText) return {};
    const QString source = QString::fromUtf8(sourceText);
    QString zh = zhText(source);
    if (!zh.isNull()) return zh;
    // Style names vary ("Change style caption"): translate the verb, keep the name.
    if (source.startsWith(QLatin1String("Change style ")))
        return QStringLiteral("修改样式 ") + source.mid(13);
    if (source.startsWith(QLatin1String("Remove style ")))
        return QStringLiteral("删除样式 ") + source.mid(13);
    return {};
}

}  // namespace bm::gui
