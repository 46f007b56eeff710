// SPDX-License-Identifier: MIT
// Importing .docx (tests/data/docx/sample.docx, made by make_sample_docx.py) and .txt articles.
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <fstream>
#include <iterator>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/article_import.h"
#include "gui/docx_import.h"
#include "gui/editor_session.h"
#include "gui/zip_reader.h"

using namespace bm;

namespace {

const std::string kSample = std::string(BM_TEST_DATA) + "/docx/sample.docx";

std::vector<std::uint8_t> readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("docx: headline from the Title style, subtitle, paragraphs in order", "[gui][import]") {
    auto a = gui::importDocxFile(kSample);
    REQUIRE(a);
    CHECK(a->headline == u"滨州市国学文化发展研究会成立");
    CHECK(a->subheadline == u"传承优秀传统文化");
    const std::vector<std::u16string> expected = {
        u"本报讯（记者 刘清春）11月24日，研究会召开成立大会。",  // ideographic indent dropped
        u"会议选举产生了会长、理事会理事和监事会监事。",         // <w:br/> splits the paragraph
        u"研究会将&整合资源<国学>。",                            // entities decoded
        u"第三段 含制表符。",                                    // tab = space; w:delText ignored
        u"文本框文字。",  // text box once (no mc:Fallback copy)
        u"各位领导、各位嘉宾：",
    };
    CHECK(a->paragraphs == expected);
}

TEST_CASE("docx: damaged files are errors, never crashes", "[gui][import]") {
    const auto bytes = readBytes(kSample);
    REQUIRE(bytes.size() > 100);
    // Every truncation, and single-byte damage spread over the file.
    for (size_t n = 0; n < bytes.size(); n += 7) {
        std::vector<std::uint8_t> cut(bytes.begin(), bytes.begin() + n);
        (void)gui::importDocxBytes(cut, "cut.docx");
    }
    for (size_t i = 0; i < bytes.size(); i += 3) {
        auto damaged = bytes;
        damaged[i] ^= 0x5A;
        (void)gui::importDocxBytes(damaged, "damaged.docx");
    }
    auto notZip = gui::importDocxBytes({'h', 'e', 'l', 'l', 'o'}, "hello.docx");
    REQUIRE_FALSE(notZip);
    CHECK(notZip.error().find("hello.docx") != std::string::npos);
    auto archive = gui::zip::Archive::open(bytes, "sample.docx");
    REQUIRE(archive);
    CHECK(archive->contains("word/styles.xml"));
    CHECK_FALSE(archive->read("word/missing.xml"));
}

TEST_CASE("plain text: headline then one paragraph per line, or blocks when hard-wrapped",
          "[gui][import]") {
    auto lines = gui::importPlainText("\xEF\xBB\xBF标题\n\n　　第一段。\n第二段。\n", "a.txt");
    REQUIRE(lines);
    CHECK(lines->headline == u"标题");
    CHECK(lines->paragraphs == std::vector<std::u16string>{u"第一段。", u"第二段。"});

    auto wrapped = gui::importPlainText("Title\n\nfirst line\nof one\n\nsecond para\n", "b.txt");
    REQUIRE(wrapped);
    CHECK(wrapped->paragraphs == std::vector<std::u16string>{u"first line of one", u"second para"});

    CHECK_FALSE(gui::importPlainText("\xff\xfe", "c.txt"));
    CHECK_FALSE(gui::importPlainText("\n  \n", "d.txt"));
}

TEST_CASE("importing files adds articles to the bin", "[gui][import]") {
    testing::app();
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("Local News.txt"));
    {
        QFile f(txt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // GB18030 text (一段 = D2BB B6CE), still common in Chinese newsrooms.
        f.write("\xb1\xea\xcc\xe2\n\xd2\xbb\xb6\xce\xa1\xa3\n");
    }
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    w.session()->resetDocument(model::newDocument(), QString());
    REQUIRE(
        w.importArticles({QString::fromStdString(kSample), txt, QString::fromStdString(kSample)}));
    CHECK(prompts.errors.isEmpty());
    const auto& doc = w.session()->document();
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[0].id == "sample");
    CHECK(doc.articles[1].id == "local-news");
    CHECK(doc.articles[2].id == "sample-2");
    CHECK(doc.articles[0].flushParagraphs == std::vector<int>{5});  // the salutation
    CHECK(doc.articles[1].headline == u"标题");
    CHECK(doc.articles[1].paragraphs == std::vector<std::u16string>{u"一段。"});
    CHECK(w.bin()->stateText(QStringLiteral("sample")) == gui::ArticleBin::tr("Unplaced"));
    CHECK(w.session()->undoStack()->count() == 3);

    CHECK_FALSE(w.importArticles({dir.filePath(QStringLiteral("missing.docx"))}));
    CHECK(prompts.errors.size() == 1);
}
