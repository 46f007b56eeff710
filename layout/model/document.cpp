// SPDX-License-Identifier: MIT
#include "layout/model/document.h"

namespace bm::model {

const Article* Document::article(const std::string& id) const {
    for (const auto& a : articles)
        if (a.id == id) return &a;
    return nullptr;
}

Article* Document::article(const std::string& id) {
    for (auto& a : articles)
        if (a.id == id) return &a;
    return nullptr;
}

const Style& Document::style(const std::string& name) const {
    static const Style kDefault{};
    auto it = styles.find(name);
    if (it != styles.end()) return it->second;
    it = styles.find("body");
    return it != styles.end() ? it->second : kDefault;
}

const Style& Document::paragraphStyle(const std::string& name) const {
    if (styles.count(name) || name == "body" || name == "caption") return style(name);
    // The built-in paragraph styles of the body (v2): 小标题 in 黑体, 引文 in 楷体, 署名 in 楷体
    // set right; 图片说明 is the document's caption style.
    static const std::map<std::string, Style> kBuiltIn = [] {
        std::map<std::string, Style> s;
        s["subhead"].role = FontRole::Hei;
        s["quote"].role = FontRole::Kai;
        s["signature"].role = FontRole::Kai;
        s["signature"].align = Align::Right;
        s["signature"].indentMilliEm = 0;
        return s;
    }();
    auto it = kBuiltIn.find(name);
    return it != kBuiltIn.end() ? it->second : style("body");
}

const std::string& Article::paragraphStyle(int p) const {
    static const std::string kBody = "body";
    for (const auto& m : paragraphStyles)
        if (m.paragraph == p) return m.style;
    return kBody;
}

Length columnX(const Page& page, int column) {
    const Length colW =
        (page.typeArea.w - (page.grid.columns - 1) * page.grid.gutter) / page.grid.columns;
    return page.typeArea.x + column * (colW + page.grid.gutter);
}

Length columnsWidth(const Page& page, int span) {
    const Length colW =
        (page.typeArea.w - (page.grid.columns - 1) * page.grid.gutter) / page.grid.columns;
    return span * colW + (span - 1) * page.grid.gutter;
}

Length lineTop(const Page& page, int line) { return page.typeArea.y + line * page.grid.pitch(); }

int gridLines(const Page& page) {
    const Length p = page.grid.pitch();
    if (p <= 0) return 0;
    // The last line needs only its em box, not the gap below it.
    return static_cast<int>((page.typeArea.h - page.grid.bodySize) / p) + 1;
}

Rect gridRectToPage(const Page& page, const GridRect& r) {
    const Length top = lineTop(page, r.line);
    const Length bottom = lineTop(page, r.line + r.lines - 1) + page.grid.bodySize;
    return Rect{columnX(page, r.column), top, columnsWidth(page, r.span), bottom - top};
}

}  // namespace bm::model
