// SPDX-License-Identifier: MIT
#include "layout/model/templates.h"

#include "layout/model/json_reader.h"

namespace bm::model {

namespace {

Style style(FontRole role, double pt, Align align, int indentMilliEm, bool bold = false) {
    Style s;
    s.role = role;
    s.size = fromPt(pt);
    s.align = align;
    s.indentMilliEm = indentMilliEm;
    s.bold = bold;
    return s;
}

/// Seed articles whose credit runs in at the end of the last line, as the seed README records
/// for the printed page (the seed format has no field for it).
bool seedCreditRunsIn(const std::string& id) { return id == "job-fair"; }

}  // namespace

Page duikai8Template(const std::string& id, int number) {
    Page p;
    p.id = id;
    p.number = number;
    p.width = fromMm(390);
    p.height = fromMm(545);
    p.grid.columns = 8;
    p.grid.bodySize = fromPt(9);
    p.grid.lineGapMilliEm = 500;
    const Length areaW = fromMm(350);
    const Length areaH = fromMm(490);
    // 13 字 per column: what is left of the 版心 goes into the 7 gutters (≈ 2.83 mm ≈ 0.9 字).
    p.grid.gutter = (areaW - 8 * 13 * p.grid.bodySize) / 7;
    // 天头 30 mm holds the 报眉 (two lines and the 眉线); 地脚 gets the rest (25 mm).
    p.typeArea = Rect{(p.width - areaW) / 2, fromMm(30), areaW, areaH};
    p.header.show = true;
    return p;
}

std::map<std::string, Style> defaultStyles() {
    std::map<std::string, Style> s;
    s["body"] = style(FontRole::Song, 9, Align::Justify, 2000);
    s["kicker"] = style(FontRole::Kai, 14, Align::Center, 0);
    s["headline"] = style(FontRole::Hei, 30, Align::Center, 0, true);
    s["headline"].lineGapMilliEm = 200;  // two-line headlines sit close together
    s["subheadline"] = style(FontRole::Kai, 14, Align::Center, 0);
    s["byline"] = style(FontRole::Kai, 10.5, Align::Center, 0);
    // The dateline runs into the first paragraph, so it has the body size and the body indent.
    s["dateline"] = style(FontRole::Hei, 9, Align::Justify, 2000);
    s["caption"] = style(FontRole::Kai, 9, Align::Justify, 0);
    s["credit"] = style(FontRole::Song, 7.875, Align::Right, 0);
    s["header"] = style(FontRole::Song, 9, Align::Left, 0);
    s["jump"] = style(FontRole::Song, 9, Align::Right, 0);
    return s;
}

Document newDocument() {
    Document d;
    d.title = "未命名";
    d.styles = defaultStyles();
    d.pages.push_back(duikai8Template("p1", 1));
    return d;
}

bool isSalutation(const std::u16string& p) {
    return !p.empty() && p.back() == u'：' && p.find(u'。') == std::u16string::npos;
}

Result<std::vector<Article>> importSeedArticles(const std::string& seedJsonPath) {
    try {
        auto text = detail::readFile(seedJsonPath);
        if (!text) return Error{text.error()};
        auto parsed = detail::parseJson(*text, seedJsonPath);
        if (!parsed) return Error{parsed.error()};
        const detail::Json& root = *parsed;
        detail::JsonReader r;
        std::vector<Article> out;
        if (!r.isObject(root, "(top level)"))
            return Error{detail::joinProblems(r.problems, seedJsonPath)};
        const detail::Json* arts = r.member(root, "articles", "", true);
        if (arts && r.isArray(*arts, "articles")) {
            for (size_t i = 0; i < arts->size(); ++i) {
                const std::string path = detail::JsonReader::index("articles", i);
                const detail::Json& j = (*arts)[i];
                if (!r.isObject(j, path)) continue;
                Article a;
                r.readString(j, "id", path, a.id, true);
                r.readText(j, "kicker", path, a.kicker, false, true);
                r.readText(j, "headline", path, a.headline, true, false);
                r.readText(j, "subheadline", path, a.subheadline, false, true);
                r.readText(j, "byline", path, a.byline, false, true);
                r.readText(j, "dateline", path, a.dateline, false, true);
                r.readText(j, "credit", path, a.credit, false, true);
                a.creditRunIn = seedCreditRunsIn(a.id);
                r.readBool(j, "credit_run_in", path, a.creditRunIn);
                const std::string pp = detail::JsonReader::key(path, "paragraphs");
                const detail::Json* ps = r.member(j, "paragraphs", path, true);
                if (ps && r.isArray(*ps, pp)) {
                    for (size_t k = 0; k < ps->size(); ++k) {
                        auto t = r.text((*ps)[k], detail::JsonReader::index(pp, k));
                        if (!t) continue;
                        if (isSalutation(*t))
                            a.flushParagraphs.push_back(static_cast<int>(a.paragraphs.size()));
                        a.paragraphs.push_back(std::move(*t));
                    }
                }
                if (a.credit.empty()) a.creditRunIn = false;
                out.push_back(std::move(a));
            }
        }
        if (!r.problems.empty()) return Error{detail::joinProblems(r.problems, seedJsonPath)};
        return out;
    } catch (const std::exception& e) {
        return Error{seedJsonPath + ": cannot import: " + e.what()};
    }
}

}  // namespace bm::model
