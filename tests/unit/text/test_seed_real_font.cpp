// SPDX-License-Identifier: MIT
// The reference page's paragraphs set with the real Noto Serif CJK SC at the measures:
// 禁则 respected, —— / …… / numbers / Latin words never split, every line but the last
// justified exactly to the measure, and the lines give back the paragraph.
#include <catch2/catch.hpp>

#include <cmath>

#include "fonts/font_registry.h"
#include "layout/base/utf.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/salutation.h"
#include "layout/text/shape.h"
#include "support/seed_page.h"

using namespace bm;
using namespace bm::text;

namespace {

const std::u16string kNoStart = u"。．，、：；！？”’）］｝〕】〗》〉」』｠〙〞〟·・‧･～〜–／%‰℃";
const std::u16string kNoEnd = u"“‘（［｛〔【〖《〈「『｟〘〝／";

bool isWordChar(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
           c == u'.' || c == u'%' || c == u'®' || c == u'/';
}

struct Setup {
    fonts::FontRegistry registry;
    std::vector<fonts::FaceId> chain;
    ShapeCache cache;
    Setup() {
        auto c = registry.chain(fonts::Role::Song);
        if (!c) FAIL(c.error());
        chain = *c;
    }
};

}  // namespace

TEST_CASE("seed page with the real font: rules hold at every measure", "[text][font][seed]") {
    static Setup setup;
    const Length size = 9000;
    const TypesetOptions o = *presetByName("paper-kaiming");
    const auto articles = testing::loadSeedArticles();
    REQUIRE(articles.size() == 6);
    size_t linesChecked = 0;
    for (double measureEm : {8.0, 11.0, 13.0, 15.0, 15.5, 16.0}) {
        const Length W = static_cast<Length>(std::llround(measureEm * size));
        for (const auto& art : articles) {
            for (size_t p = 0; p < art.paragraphs.size(); ++p) {
                const std::u16string para = *utf8ToUtf16(art.paragraphs[p]);
                const Length indent = looksLikeSalutation(para) ? 0 : 2 * size;
                const auto mp = measureWithFonts(para, size, o, indent, {}, setup.registry,
                                                 setup.chain, &setup.cache);
                const auto pl = layoutParagraph(mp, LineWidths{{W}});
                INFO(art.id << " paragraph " << p << " at " << measureEm << " em");
                CHECK(mp.diagnostics.empty());
                std::u16string joined;
                for (size_t i = 0; i < pl.lines.size(); ++i) {
                    const auto& l = pl.lines[i];
                    const std::u16string_view t =
                        std::u16string_view(para).substr(l.begin, l.end - l.begin);
                    INFO("line " << i << ": " << utf16ToUtf8(t));
                    joined += t;
                    REQUIRE(!t.empty());
                    if (i > 0) {
                        CHECK(kNoStart.find(t.front()) == std::u16string::npos);
                        CHECK(!(t.size() >= 1 && t.front() == u'…' && l.begin > 0 &&
                                para[l.begin - 1] == u'…'));
                        const char16_t prev = para[l.begin - 1];
                        CHECK(!(prev == u'—' && t.front() == u'—'));  // —— never split
                        CHECK(!(prev == u'…' && t.front() == u'…'));
                        CHECK(!(isWordChar(prev) && isWordChar(t.front())));  // numbers, words
                    }
                    if (!l.isLast) {
                        CHECK(kNoEnd.find(t.back()) == std::u16string::npos);
                        CHECK(l.offset + l.width == W);  // justified exactly (integer mpt)
                    } else {
                        CHECK(l.offset + l.width <= W);
                    }
                    CHECK(!l.overfull);
                    ++linesChecked;
                }
                CHECK(joined == para);
            }
        }
    }
    CHECK(linesChecked > 2000);
}

TEST_CASE("paper-kaiming examples hold with the real font", "[text][font][paper-kaiming]") {
    static Setup setup;
    const TypesetOptions o = *presetByName("paper-kaiming");
    const Length size = 9000;
    const std::pair<const char*, const char*> cases[] = {
        {"今天上午，市委书记来到企业调研，详细了解生产经营、技术创新和安全生产等情况。",
         "今天上午，市委书记来到｜企业调研，详细了解生产经营、｜技术创新和安全生产等情况。"},
        {"会议要求：一是抓好落实；二是强化督导；三是严格考核。",
         "会议要求：一是｜抓好落实；二是强化｜督导；三是严格考核。"},
    };
    const double measures[] = {13, 9};
    for (size_t i = 0; i < 2; ++i) {
        const auto para = *utf8ToUtf16(cases[i].first);
        const auto mp = measureWithFonts(para, size, o, 2 * size, {}, setup.registry, setup.chain,
                                         &setup.cache);
        const auto pl = layoutParagraph(mp, LineWidths{{static_cast<Length>(measures[i] * size)}});
        std::string got;
        for (const auto& l : pl.lines)
            got += (got.empty() ? "" : "｜") +
                   utf16ToUtf8(std::u16string_view(para).substr(l.begin, l.end - l.begin));
        CHECK(got == cases[i].second);
    }
}

TEST_CASE("real font: quotes are full width, —— is one 2-em glyph, digits half width",
          "[text][font]") {
    static Setup setup;
    const TypesetOptions o = *presetByName("news-gb");
    const Length size = 10000;
    const auto para = *utf8ToUtf16("他说“好”——2024年");
    auto opts = o;
    opts.halfWidthDigits = true;
    const auto mp = measureWithFonts(para, size, opts, 0, {}, setup.registry, setup.chain, nullptr);
    // atoms: 他 说 “ 好 ” —— 2024 年
    REQUIRE(mp.atoms.size() == 8);
    CHECK(mp.m[2].full == size);  // “ full width with zh-Hans
    CHECK(mp.m[5].full == 2 * size);
    CHECK(mp.m[5].glyphEnd - mp.m[5].glyphBegin == 1);  // the font's ligature
    CHECK(mp.m[6].full == 2 * size);                    // hwid: four digits = 2 em
    CHECK(mp.m[7].glue > 0);                            // autospace between 2024 and 年
}
