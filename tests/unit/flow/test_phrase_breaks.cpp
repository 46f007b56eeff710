// SPDX-License-Identifier: MIT
// Headlines break between phrases: never inside a word, a number and its unit, or a Latin name;
// at a typed space when one serves; into even lines. The seed page's headlines, given without
// their manual breaks, break where the printed page broke them.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/flow/headline_block.h"
#include "layout/flow/phrase_breaks.h"
#include "layout/model/serialize.h"

using namespace bm;

namespace {

struct Setter {
    fonts::FontRegistry fonts;
    flow::TextSetter setter{fonts};
    model::Document doc;
    Setter() {
        auto d = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
        if (!d) FAIL(d.error());
        doc = std::move(*d);
    }
    /// The lines of `text` set in `styleName` at `width`, joined with '|'.
    std::string lines(const std::u16string& text, const char* styleName, Length width) {
        auto st = setter.resolve(doc.style(styleName));
        REQUIRE(st.ok());
        const auto pl = flow::setPhrased(text, *st, width, setter);
        std::string out;
        for (const auto& l : pl.lines) {
            if (!out.empty()) out += "|";
            out += utf16ToUtf8(pl.text.substr(l.begin, l.end - l.begin));
        }
        return out;
    }
    Length columns(int span) const { return model::columnsWidth(doc.pages[0], span); }
};

}  // namespace

TEST_CASE("a headline breaks between words, not inside one", "[flow][headline]") {
    Setter s;
    // 14 字 at 30 pt in a width for 10: two lines, split between 前三季度 and 经济.
    const Length w = 30000 * 10;
    CHECK(s.lines(u"我市前三季度经济运行稳中有进", "headline", w) ==
          "我市前三季度|经济运行稳中有进");
    // Fits on one line: untouched.
    CHECK(s.lines(u"经济运行稳中有进", "headline", w) == "经济运行稳中有进");
}

TEST_CASE("numbers keep their units, Latin names stay whole, typed spaces are phrase breaks",
          "[flow][headline]") {
    Setter s;
    const Length w = 30000 * 8;
    const std::string a = s.lines(u"全市新增就业岗位12000个创历史新高", "headline", w);
    CHECK(a.find("12000|") == std::string::npos);
    CHECK(a.find("|个") == std::string::npos);
    const std::string b = s.lines(u"Tim Cook再次到访滨州考察", "headline", w);
    CHECK(b.find("Tim|") == std::string::npos);
    CHECK(b.find("Tim Cook") != std::string::npos);
    // A typed space between two phrases is where the line breaks, even if less even.
    CHECK(s.lines(u"稳中求进 以进促稳再创佳绩", "headline", w) == "稳中求进 |以进促稳再创佳绩");
}

TEST_CASE("the seed headlines break like the printed page", "[flow][headline]") {
    Setter s;
    // The headlines as the reporters typed them (samples/src/seed-page.json: '\n' only where
    // the editor wanted two parallel halves), set at the width of their frame on the page.
    std::ifstream in(std::string(BM_SOURCE_DIR) + "/samples/src/seed-page.json");
    const auto seed = nlohmann::json::parse(in);
    auto typed = [&](const std::string& id) {
        for (const auto& a : seed["articles"])
            if (a["id"] == id) return utf8ToUtf16(a["headline"].get<std::string>()).value();
        FAIL("no article " << id);
        return std::u16string();
    };
    auto set = [&](const std::string& id, int span) {
        const std::u16string h = typed(id);
        std::string out;
        for (size_t start = 0; start <= h.size();) {
            const size_t end = std::min(h.find(u'\n', start), h.size());
            if (!out.empty()) out += "|";
            out += s.lines(h.substr(start, end - start), "headline", s.columns(span));
            start = end + 1;
        }
        return out;
    };
    // Typed breaks are kept: the two parallel halves of the printed page.
    CHECK(set("speech", 6) == "扛起发展新质生产力大旗|加快铝业绿色低碳高质量发展");
    CHECK(set("library-books", 6) == "150册少儿图书|免费赠与乡村娃");
    CHECK(set("tree-warming", 5) == "绿化树木“穿棉衣”|防冻保暖过寒冬");
    // Automatic breaks in a two-column frame: between phrases, as the page set them.
    CHECK(set("job-fair", 2) == "省会经济圈|求职招聘直通车|“开”进滨州");
    // The printed page wrapped this one as 滨州市国学文化发展研究会|成立 (forced by its
    // width); two even phrases read better.
    CHECK(set("guoxue-society", 2) == "滨州市国学文化|发展研究会成立");
    // Three lines of even length, each break between words (ICU has no 平台经济 compound, so
    // this is 滨州省级平台|经济… where the page had 滨州省级平台经济|产业集聚区).
    const std::string platform = set("platform-economy", 2);
    CHECK(std::count(platform.begin(), platform.end(), '|') == 2);
    CHECK(platform.find("数量居全省第一") != std::string::npos);
}
