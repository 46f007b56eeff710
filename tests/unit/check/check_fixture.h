// SPDX-License-Identifier: MIT
#pragma once
// Helpers of the checker tests: documents built on the 对开 8 栏 template, laid out with the real
// fonts and checked; the rule ids of the result.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "layout/check/checker.h"
#include "layout/model/templates.h"
#include "layout/page/layout_session.h"

namespace bm::check::test {

inline fonts::FontRegistry& registry() {
    static fonts::FontRegistry r;
    return r;
}

/// Plain copy that no proofing rule flags: N sentences of clean Chinese.
inline std::u16string cleanText(int sentences) {
    std::u16string s;
    for (int i = 0; i < sentences; ++i) s += u"今天天气很好，我们一起去公园散步。";
    return s;
}

inline model::Article article(const std::string& id, int paragraphs, int sentences,
                              std::u16string headline = u"") {
    model::Article a;
    a.id = id;
    a.headline = std::move(headline);
    for (int i = 0; i < paragraphs; ++i) a.paragraphs.push_back(cleanText(sentences));
    return a;
}

inline model::ArticleFrame frame(const std::string& id, const std::string& articleId,
                                 model::GridRect r, int textColumns = 1, int sequence = 0) {
    model::ArticleFrame f;
    f.id = id;
    f.articleId = articleId;
    f.sequence = sequence;
    f.rects = {model::FrameRect{r, textColumns, std::nullopt}};
    return f;
}

/// A page with a complete 报眉 (so the furniture rules are quiet unless a test breaks them).
inline model::Page makePage(const std::string& id, int number) {
    model::Page p = model::duikai8Template(id, number);
    p.header.paperName = u"滨州日报";
    p.header.date = u"2024年11月22日 星期五";
    p.header.pageName = u"要闻";
    return p;
}

inline model::Document document() {
    model::Document d = model::newDocument();
    d.pages = {makePage("p1", 1)};
    return d;
}

struct Checked {
    std::shared_ptr<const page::DocumentLayout> layout;
    CheckResult result;
};

inline Checked runCheck(const model::Document& doc, const Profile& profile,
                        const std::string& dir = "") {
    page::LayoutSession session(registry());
    session.setDocumentDir(dir);
    auto layout = session.layout(doc);
    if (!layout) throw std::runtime_error(layout.error());
    Checker checker(&registry());
    checker.setDocumentDir(dir);
    checker.setProfile(profile);
    return {*layout, checker.check(doc, **layout)};
}

inline std::vector<std::string> ruleIds(const CheckResult& r) {
    std::vector<std::string> ids;
    for (const auto& f : r.findings)
        if (!f.waived) ids.push_back(f.rule);
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline const Finding* findRule(const CheckResult& r, const std::string& rule) {
    for (const auto& f : r.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

/// A fresh empty directory, removed when the object goes out of scope.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "bm-check-XXXXXX").string();
        if (char* p = ::mkdtemp(tmpl.data())) path = p;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace bm::check::test
