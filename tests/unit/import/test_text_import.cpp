// SPDX-License-Identifier: MIT
// Plain-text import (layout/import): the encodings a newsroom sends (UTF-8 with or without BOM,
// UTF-16 with a BOM, GB18030) and the headline rule that never takes a salutation.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "layout/import/import.h"

using namespace bm;

namespace {

/// UTF-16 code units of `s` as bytes, little or big endian, after a BOM.
std::string utf16Bytes(const std::u16string& s, bool little) {
    std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
    for (const char16_t c : s) {
        const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
        out += little ? lo : hi;
        out += little ? hi : lo;
    }
    return out;
}

}  // namespace

TEST_CASE("text: a short first line followed by a blank line is the headline", "[import][text]") {
    auto a = import::importText("\xEF\xBB\xBF标题\n\n　　第一段。\n第二段。\n", "a.txt");
    REQUIRE(a);
    CHECK(a->encoding == "UTF-8");
    CHECK(a->headline == u"标题");
    CHECK(a->paragraphs == std::vector<std::u16string>{u"第一段。", u"第二段。"});

    auto wrapped = import::importText("Title\n\nfirst line\nof one\n\nsecond para\n", "b.txt");
    REQUIRE(wrapped);
    CHECK(wrapped->headline == u"Title");
    CHECK(wrapped->paragraphs == std::vector<std::u16string>{u"first line of one", u"second para"});

    // Not followed by a blank line: no headline.
    auto noBlank = import::importText("标题\n第一段。\n", "c.txt");
    REQUIRE(noBlank);
    CHECK(noBlank->headline.empty());
    CHECK(noBlank->paragraphs.size() == 2);
    // A long first line is a paragraph, not a headline.
    auto longLine = import::importText(
        "这是一段很长的开头文字，它不是标题而是第一段正文的内容，应当留在正文里面，"
        "哪怕它没有以句号结束也一样不能当作标题使用\n\n二段。",
        "d.txt");
    REQUIRE(longLine);
    CHECK(longLine->headline.empty());
}

TEST_CASE("text: speech.txt's salutation never becomes the 主题", "[import][text]") {
    auto a = import::importFile(std::string(BM_SOURCE_DIR) + "/samples/speech.txt");
    REQUIRE(a);
    CHECK(a->headline.empty());
    REQUIRE(!a->paragraphs.empty());
    CHECK(a->paragraphs[0] == u"各位领导、各位嘉宾，女士们、先生们、朋友们：");
    const auto article = import::toArticle(*a, "speech");
    CHECK(!article.flushParagraphs.empty());
    CHECK(article.flushParagraphs[0] == 0);  // the salutation is set flush
    for (const char* ending : {"。", "，", "："}) {
        auto t = import::importText(std::string("各位领导") + ending + "\n\n正文。", "e.txt");
        REQUIRE(t);
        CHECK(t->headline.empty());
    }
}

TEST_CASE("text: UTF-16 LE and BE with a BOM, GB18030 by detection", "[import][text]") {
    const std::u16string text = u"黄河新闻\r\n\r\n本报讯（记者 王明）今天开幕。\r\n第二段。";
    for (const bool little : {true, false}) {
        auto a = import::importText(utf16Bytes(text, little), "u16.txt");
        REQUIRE(a);
        CHECK(a->encoding == (little ? "UTF-16LE" : "UTF-16BE"));
        CHECK(a->headline == u"黄河新闻");
        CHECK(a->dateline == u"本报讯（记者 王明）");
        CHECK(a->paragraphs == std::vector<std::u16string>{u"今天开幕。", u"第二段。"});
    }
    // 黄河新闻 / 本报讯今天开幕，群众踊跃参加。 in GB18030 (GBK) bytes.
    const std::string gb =
        "\xbb\xc6\xba\xd3\xd0\xc2\xce\xc5\n\n\xb1\xbe\xb1\xa8\xd1\xb6\xbd\xf1\xcc\xec\xbf\xaa"
        "\xc4\xbb\xa3\xac\xc8\xba\xd6\xda\xd3\xbb\xd4\xbe\xb2\xce\xbc\xd3\xa1\xa3\n";
    auto g = import::importText(gb, "gb.txt");
    REQUIRE(g);
    CHECK(g->encoding == "GB18030");
    CHECK(g->headline == u"黄河新闻");
    CHECK(g->dateline == u"本报讯");
    CHECK(g->paragraphs == std::vector<std::u16string>{u"今天开幕，群众踊跃参加。"});

    // An unpaired surrogate in UTF-16, bytes no detector takes for GB18030, empty text.
    auto broken = import::importText(std::string("\xFF\xFE\x00\xD8\x41\x00", 6), "bad16.txt");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().rfind("bad16.txt: invalid UTF-16LE", 0) == 0);
    auto binary = import::importText(std::string("\x80\xff\x00\xfe\x81", 5), "bin.txt");
    REQUIRE_FALSE(binary);
    CHECK(binary.error().rfind("bin.txt: not UTF-8, UTF-16 (with a BOM) or GB18030", 0) == 0);
    CHECK_FALSE(import::importText("\n \u3000\n", "blank.txt"));
}
