// SPDX-License-Identifier: MIT
// The .docx importer (layout/import) over the fixtures of tests/data/docx (make_import_docx.py,
// make_sample_docx.py): every part of the title block in its place, headings and bold runs
// recorded, damaged files refused with the file's name.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "layout/import/import.h"

using namespace bm;

namespace {

std::string fixture(const std::string& name) { return std::string(BM_TEST_DATA) + "/docx/" + name; }

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::u16string boldText(const import::ImportedArticle& a, const import::BoldSpan& b) {
    return a.paragraphs[static_cast<size_t>(b.paragraph)].substr(
        static_cast<size_t>(b.begin), static_cast<size_t>(b.end - b.begin));
}

}  // namespace

TEST_CASE("docx: 引题 above the Title, 副题, author line, bold lead-in, heading",
          "[import][docx]") {
    auto a = import::importFile(fixture("title-block.docx"));
    REQUIRE(a);
    CHECK(a->kicker == u"市图书馆“童书漂流 书润乡梦”");
    CHECK(a->headline == u"图书捐赠活动举行");  // runs of one paragraph joined
    CHECK(a->subheadline == u"三千册图书送到乡村学校");
    CHECK(a->byline == u"宋永祥");
    CHECK(a->dateline.empty());
    const std::vector<std::u16string> body = {
        u"精心培育挖掘，做好集聚文章。我市持续优化营商环境，平台企业加快集聚。",
        u"一、平台经济蓬勃发展",
        u"全市平台企业达到一百二十家，带动就业三万人。",
    };
    CHECK(a->paragraphs == body);
    CHECK(a->headings == std::vector<int>{1});
    REQUIRE(a->bold.size() == 2);
    CHECK(a->bold[0] == import::BoldSpan{0, 0, 14});
    CHECK(boldText(*a, a->bold[0]) == u"精心培育挖掘，做好集聚文章。");
    CHECK(boldText(*a, a->bold[1]) == u"一百二十家");
    CHECK(a->bold[1].paragraph == 2);
}

TEST_CASE("docx: a Subtitle after the author line is still the 副题; 本报讯 dateline",
          "[import][docx]") {
    auto a = import::importFile(fixture("subtitle-later.docx"));
    REQUIRE(a);
    CHECK(a->kicker.empty());
    CHECK(a->headline == u"滨州市国学文化发展研究会成立");
    CHECK(a->subheadline == u"传承优秀传统文化");
    CHECK(a->byline == u"记者 刘清春");
    CHECK(a->dateline == u"本报讯（记者 刘清春 通讯员 李晓旭）");
    CHECK(a->paragraphs ==
          std::vector<std::u16string>{u"11月24日，研究会召开成立大会。",
                                      u"会议选举产生了会长、理事会理事和监事会监事。"});
    CHECK(a->bold.empty());  // w:b w:val="0" is not bold
    CHECK(a->encoding.empty());
}

TEST_CASE("docx: 本报…电 dateline, bold through a character style, any namespace prefix",
          "[import][docx]") {
    auto a = import::importFile(fixture("dateline.docx"));
    REQUIRE(a);
    CHECK(a->headline == u"黄河三角洲迎来候鸟迁徙高峰");
    CHECK(a->dateline == u"本报北京11月30日电（记者 赵六）");
    REQUIRE(a->paragraphs.size() == 1);
    CHECK(a->paragraphs[0] == u"今冬首批白鹤抵达。保护区监测到的鸟类已超过六十万只。");
    REQUIRE(a->bold.size() == 1);
    CHECK(boldText(*a, a->bold[0]) == u"今冬首批白鹤抵达。");  // shifted past the dateline
}

TEST_CASE("docx: Word's own ids, entities, tabs, breaks, deleted text, text boxes once",
          "[import][docx]") {
    auto a = import::importFile(fixture("sample.docx"));
    REQUIRE(a);
    CHECK(a->headline == u"滨州市国学文化发展研究会成立");
    CHECK(a->subheadline == u"传承优秀传统文化");
    CHECK(a->dateline == u"本报讯（记者 刘清春）");
    const std::vector<std::u16string> expected = {
        u"11月24日，研究会召开成立大会。",
        u"会议选举产生了会长、理事会理事和监事会监事。",  // <w:br/> splits the paragraph
        u"研究会将&整合资源<国学>。",                     // entities decoded
        u"第三段 含制表符。",                             // tab = space; w:delText ignored
        u"文本框文字。",                                  // text box once (no mc:Fallback copy)
        u"各位领导、各位嘉宾：",
    };
    CHECK(a->paragraphs == expected);
    const auto article = import::toArticle(*a, "sample");
    CHECK(article.flushParagraphs == std::vector<int>{5});  // the salutation is set flush
    CHECK(article.dateline == a->dateline);
}

TEST_CASE("docx: damaged files are errors naming the file, never crashes", "[import][docx]") {
    const std::string bytes = readBytes(fixture("title-block.docx"));
    REQUIRE(bytes.size() > 100);
    for (size_t n = 0; n < bytes.size(); n += 5) {
        auto cut = import::importDocx(bytes.substr(0, n), "cut.docx");
        if (!cut) CHECK(cut.error().rfind("cut.docx", 0) == 0);
    }
    for (size_t i = 0; i < bytes.size(); i += 3) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        auto r = import::importDocx(damaged, "damaged.docx");
        if (!r) CHECK(r.error().rfind("damaged.docx", 0) == 0);
    }
    auto notZip = import::importDocx("hello", "hello.docx");
    REQUIRE_FALSE(notZip);
    CHECK(notZip.error() ==
          "hello.docx: not a Word document (not a ZIP archive: Not a zip archive)");
    auto missing = import::importFile(fixture("missing.docx"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().find("missing.docx: cannot open (no such file)") != std::string::npos);
    auto kind = import::importFile(fixture("make_import_docx.py"));
    REQUIRE_FALSE(kind);
    CHECK(kind.error().find("expected .docx or .txt") != std::string::npos);
}

TEST_CASE("article ids from file names, unique in the document", "[import]") {
    model::Document doc;
    CHECK(import::articleIdFor("/x/Local News.txt", doc) == "local-news");
    CHECK(import::articleIdFor("/x/讲话.txt", doc) == "article");
    doc.articles.push_back(import::toArticle({}, "local-news"));
    CHECK(import::articleIdFor("Local_News.docx", doc) == "local-news-2");
}
