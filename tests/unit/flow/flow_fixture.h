// SPDX-License-Identifier: MIT
#pragma once
// Shared by the flow tests: a one-page document with generated articles and frames, laid out
// with the real fonts by one LayoutSession.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/flow/style_text.h"
#include "layout/model/templates.h"
#include "layout/page/layout_session.h"

namespace bm::test {

/// The ideographic em box of a document's body face: where body baselines sit on the grid.
inline fonts::EmBox bodyEmBox(fonts::FontRegistry& registry, const model::Document& doc) {
    flow::TextSetter setter(registry);
    auto body = setter.resolve(doc.style("body"));
    if (!body) FAIL(body.error());
    return body->emBox;
}

inline std::u16string repeat(const std::u16string& s, int n) {
    std::u16string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

inline const std::u16string kSentence =
    u"本市今年新建改建道路十二条，新增公交线路八条，市民出行更加便利。";

inline model::Article makeArticle(const std::string& id, int paragraphs, int sentencesEach) {
    model::Article a;
    a.id = id;
    a.headline = u"测试标题";
    for (int i = 0; i < paragraphs; ++i) a.paragraphs.push_back(repeat(kSentence, sentencesEach));
    return a;
}

inline model::ArticleFrame frame(const std::string& id, const std::string& article, int column,
                                 int span, int line, int lines, int textColumns) {
    model::ArticleFrame f;
    f.id = id;
    f.articleId = article;
    model::FrameRect r;
    r.area = {column, span, line, lines};
    r.textColumns = textColumns;
    f.rects.push_back(r);
    return f;
}

struct Fixture {
    fonts::FontRegistry registry;
    page::LayoutSession session{registry};
    model::Document doc = model::newDocument();
    std::shared_ptr<const page::DocumentLayout> layout;

    void run() {
        auto r = session.layout(doc);
        if (!r) FAIL(r.error());
        layout = *r;
    }
    fonts::EmBox bodyEmBox() { return test::bodyEmBox(registry, doc); }
    std::vector<page::PlacedLine> bodyLines(const std::string& article, size_t page = 0) const {
        std::vector<page::PlacedLine> out;
        for (const auto& l : layout->pages[page].lines)
            if (l.articleId == article && l.role == "body") out.push_back(l);
        return out;
    }
};

}  // namespace bm::test
