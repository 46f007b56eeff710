// SPDX-License-Identifier: MIT
// The house 禁则 table on top of ICU: the T-BRK-* rows of cjk-layout-cases.tsv (parsed from the
// file), the never-split runs of the seed page, context rules, and hostile input.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "support/tsv.h"
#include "unit/unicode/break_test_util.h"

using namespace bm::unicode;
using bm::testing::breaksAt;
using bm::testing::markBreaks;
using bm::testing::stripBars;
using bm::testing::u16;

namespace {

KinsokuLevel levelFromOptions(const std::string& options) {
    KinsokuLevel level = KinsokuLevel::Gb;  // preset news-gb
    if (options == "-") return level;
    for (const auto& kv : bm::testing::split(options, ";")) {
        const size_t eq = kv.find('=');
        if (eq == std::string::npos || kv.substr(0, eq) != "level") continue;
        const std::string v = kv.substr(eq + 1);
        level = v == "strict"  ? KinsokuLevel::Strict
                : v == "none"  ? KinsokuLevel::None
                : v == "basic" ? KinsokuLevel::Basic
                               : KinsokuLevel::Gb;
    }
    return level;
}

}  // namespace

TEST_CASE("T-BRK rows of cjk-layout-cases.tsv", "[unicode][line_breaks][cases]") {
    const auto rows =
        bm::testing::readTsv(std::string(BM_TEST_DATA) + "/linebreak/cjk-layout-cases.tsv");
    int count = 0;
    for (const auto& r : rows) {
        if (r.size() < 6 || r[1] != "breaks") continue;
        ++count;
        INFO(r[0] << " options " << r[4]);
        REQUIRE(stripBars(r[5]) == r[2]);
        CHECK(breaksAt(r[2], levelFromOptions(r[4])) == r[5]);
    }
    CHECK(count == 13);
}

TEST_CASE("T-BRK variants named in the notes", "[unicode][line_breaks][cases]") {
    // T-BRK-4: same at basic, gb and strict (ELLIPSIS2 never starts a line, [deviation] §2.3).
    CHECK(breaksAt("等待……然后", KinsokuLevel::Basic) == "等|待……|然|后");
    CHECK(breaksAt("等待……然后", KinsokuLevel::Strict) == "等|待……|然|后");
    CHECK(breaksAt("等待——然后", KinsokuLevel::Basic) == "等|待|——|然|后");
    CHECK(breaksAt("等待——然后", KinsokuLevel::None) == "等|待|——|然|后");
    // R-TAIL-3 is a gb rule: at basic a solidus may end a line.
    CHECK(breaksAt("北京／上海", KinsokuLevel::Basic) == "北|京／|上|海");
    CHECK(breaksAt("北京／上海", KinsokuLevel::None) == "北|京|／|上|海");
    // ICU normal gives the same house result for Chinese.
    CHECK(breaksAt("他说：“你好。”我们走吧。", KinsokuLevel::Gb, "normal") ==
          "他|说：|“你|好。”|我|们|走|吧。");
}

TEST_CASE("seed page: runs that are never broken", "[unicode][line_breaks][cases]") {
    const auto gb = KinsokuLevel::Gb;
    CHECK(breaksAt("全省——这", gb) == "全|省|——|这");
    CHECK(breaksAt("不知道……”然后", gb) == "不|知|道……”|然|后");
    CHECK(breaksAt("增长3.7%。", gb) == "增|长|3.7%。");
    CHECK(breaksAt("使用WQAL®WHS体系", gb) == "使|用|WQAL®WHS|体|系");
    CHECK(breaksAt("装机2GW，", gb) == "装|机|2GW，");
    CHECK(breaksAt("达157.4亿", gb) == "达|157.4|亿");
    CHECK(breaksAt("约1/3的", gb) == "约|1/3|的");
    // The single — between dates is the 一字线 connector: never at line start (R-TAIL-2).
    CHECK(breaksAt("11月18日—19日", gb) == "11|月|18|日—|19|日");
    // · never starts a line (R-TAIL-1); after it the 间隔号 may end a line like any mark.
    CHECK(breaksAt("山东·2024", gb) == "山|东·|2024");
    CHECK(breaksAt("价格¥100元", KinsokuLevel::None) == "价|格|¥100|元");
    CHECK(breaksAt("4,000吨", KinsokuLevel::None) == "4,000|吨");
    CHECK(breaksAt("我国GDP增长", KinsokuLevel::None) == "我|国|GDP|增|长");
    for (auto level :
         {KinsokuLevel::None, KinsokuLevel::Basic, KinsokuLevel::Gb, KinsokuLevel::Strict}) {
        CHECK(breaksAt("——", level) == "——");
        CHECK(breaksAt("――", level) == "――");
        CHECK(breaksAt("……", level) == "……");
        CHECK(breaksAt("⋯⋯", level) == "⋯⋯");
        CHECK(breaksAt("好？！", level).find("？|！") == std::string::npos);
        CHECK(breaksAt("3.7%", level) == "3.7%");
        CHECK(breaksAt("WQAL®WHS", level) == "WQAL®WHS");
        CHECK(breaksAt("2GW", level) == "2GW");
        CHECK(breaksAt("157.4", level) == "157.4");
        CHECK(breaksAt("1/3", level) == "1/3");
        CHECK(breaksAt("¥100", level) == "¥100");
    }
}

TEST_CASE("house table details", "[unicode][line_breaks][cases]") {
    const auto gb = KinsokuLevel::Gb;
    SECTION("R-TAIL-8: U+2015 is a dash, not a Latin letter") {
        CHECK(breaksAt("GDP――增长", gb) == "GDP|――|增|长");
        CHECK(breaksAt("等待――然后", KinsokuLevel::Strict) == "等|待――|然|后");
        CHECK(breaksAt("日―19", gb) == "日―|19");  // a lone ― is a connector
        CHECK(breaksAt("等⸺然后", gb) == "等|⸺|然|后");
        CHECK(breaksAt("等⸺然后", KinsokuLevel::Strict) == "等⸺|然|后");
    }
    SECTION("R-TAIL-1/2: all middle dots and connectors") {
        CHECK(breaksAt("娜・罗‧斯･蒂", gb) == "娜・|罗‧|斯･|蒂");
        CHECK(breaksAt("5〜8度", gb) == "5〜|8|度");
        CHECK(breaksAt("5–8度", gb) == "5–|8|度");
        CHECK(breaksAt("第五–八章", gb) == "第|五–|八|章");
    }
    SECTION("R-TAIL-3: ASCII / between CJK atoms is a solidus; inside Latin it is not") {
        CHECK(breaksAt("北京/上海", gb) == "北|京/上|海");
        CHECK(breaksAt("km/h", gb) == "km/h");  // paper-kaiming: `/` inside Latin runs holds
        CHECK(breaksAt("A/B中", KinsokuLevel::None) == "A/B|中");
        CHECK(breaksAt("见 http://a.cn/x", gb) == "见 |http://|a.cn/x");
        CHECK(breaksAt("北京/上海", KinsokuLevel::Basic) == "北|京/|上|海");
    }
    SECTION("R-CHAIN-1/2: chains of marks move together") {
        CHECK(breaksAt("好。”》我", gb) == "好。”》|我");
        CHECK(breaksAt("说“《论语》", gb) == "说|“《论|语》");
        CHECK(breaksAt("好！！！吧", gb) == "好！！！|吧");
        CHECK(breaksAt("好！！！吧", KinsokuLevel::None) == "好|！！|！|吧");
        CHECK(breaksAt("（测试）（二）", KinsokuLevel::None) == "（|测|试|）|（|二|）");
    }
    SECTION("single quotes are marks; an apostrophe stays in its word") {
        CHECK(breaksAt("他说‘你好’我们", gb) == "他|说|‘你|好’|我|们");
        CHECK(breaksAt("他说it’s好", gb) == "他|说|it’s|好");
        CHECK(breaksAt("l·l中", gb) == "l·l|中");
    }
    SECTION("spaces, Latin words and numbers next to marks") {
        CHECK(breaksAt("中文 English 中文", gb) == "中|文 |English |中|文");
        CHECK(breaksAt("GDP，增长", gb) == "GDP，|增|长");
        CHECK(breaksAt("他说“OK”了", gb) == "他|说|“OK”|了");
        CHECK(breaksAt("中（GDP）中", gb) == "中|（GDP）|中");
        CHECK(breaksAt("，々", gb) == "，々");
        CHECK(breaksAt("中　文", gb) == "中　|文");
        CHECK(breaksAt("全年100%，", gb) == "全|年|100%，");
    }
    SECTION("hard line breaks stay even before a mark") {
        CHECK(breaksAt("好\n，好", gb) == "好\n|，|好");
        CHECK(breaksAt("好\r\n。", gb) == "好\r\n|。");
    }
}

TEST_CASE("never inside a surrogate pair or a grapheme cluster", "[unicode][line_breaks]") {
    const auto gb = KinsokuLevel::Gb;
    // Ext. B ideographs are surrogate pairs; a break is reported only between them.
    const std::u16string ext = u16("𠀀𠀁，𠀂");
    const auto b = findBreakOpportunities(ext, BreakRules{});
    REQUIRE(b.size() == ext.size() + 1);
    CHECK(b == std::vector<std::uint8_t>{0, 0, 1, 0, 0, 1, 0, 1});
    CHECK(breaksAt("e\u0301中", gb) == "e\u0301|中");
    CHECK(breaksAt("中 \u0308文", gb) == "中 \u0308|文");  // UAX #14 alone has SP ÷ CM
    CHECK(breaksAt("中\u0301\u0301文", KinsokuLevel::None) == "中\u0301\u0301|文");
    CHECK(breaksAt("中\uFE0F文", gb) == "中\uFE0F|文");
    CHECK(breaksAt("👩‍👩‍👧中", gb) == "👩‍👩‍👧|中");  // ZWJ sequence
    CHECK(breaksAt("好👍🏽！", gb) == "好|👍🏽！");                // skin-tone modifier
    CHECK(breaksAt("中🇨🇳中", gb) == "中|🇨🇳|中");  // regional indicator pair
    CHECK(breaksAt("한국어中", gb) == "한|국|어|中");
    // GB4: a combining mark after a line feed starts a new cluster; the hard break stays.
    CHECK(breaksAt("中\n\u0301中", gb) == "中\n|\u0301|中");
}

TEST_CASE("plain UAX #14 mode is ICU root (R-BRK-3)", "[unicode][line_breaks]") {
    const std::u16string text = u16("他说：“你好。”我们");
    BreakRules plain;
    plain.plainUax14 = true;
    CHECK(markBreaks(text, findBreakOpportunities(text, plain)) == "他|说：“你|好。”我|们");
    CHECK(markBreaks(text, findBreakOpportunities(text, BreakRules{})) ==
          "他|说：|“你|好。”|我|们");
}

// findBreakOpportunities asks ICU only for the stretches between ideograph–ideograph boundaries:
// ICU (root as in UAX #14 mode, and the zh locales under the house table) breaks there and starts
// afresh after them, so a text split at such a boundary gives the same answers in two halves.
TEST_CASE("between two ideographs: always a break, and the halves break alone",
          "[unicode][line_breaks]") {
    const std::u16string alphabet =
        u16("中国人民的了在有这上大地为子说生年着就那和要出也得里后自以会，。、：；！？“”‘’（）《》"
            "—…·～／　abcXY019 .,:;!?()\"'-/%$#&*+@\u00A0\u00B7\u2019\u2014\u2013\u00AD\u200B"
            "\u200D\u2060\u0301\u3099\uFE0F\u20AC\u00A5\u2030\u3005\u30FC\u3041\u30A1\u3063"
            "\uFF21\u3400\uF900\u0E01\u0E48\u1100\uAC00\u05D0\n\r\t\u2028😀👍🏽𠀀🇨🇳");
    std::uint32_t seed = 20240601;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    auto isIdeograph = [](char16_t c) { return c >= 0x4E00 && c <= 0x9FFF; };
    std::vector<BreakRules> variants;
    for (auto level :
         {KinsokuLevel::None, KinsokuLevel::Basic, KinsokuLevel::Gb, KinsokuLevel::Strict})
        for (const char* strictness : {"strict", "normal"}) {
            BreakRules r;
            r.level = level;
            r.icuStrictness = strictness;
            variants.push_back(r);
        }
    variants.push_back(BreakRules{});
    variants.back().plainUax14 = true;
    size_t checked = 0;
    for (int t = 0; t < 1500; ++t) {
        std::u16string text;
        const size_t len = 2 + next() % 30;
        while (text.size() < len) {
            // Two thirds from the 30 ideographs in front, so that ideograph–ideograph boundaries
            // fall between every kind of stretch.
            const size_t range = next() % 3 ? 30 : alphabet.size();
            const char16_t c = alphabet[next() % range];
            if (c >= 0xD800 && c <= 0xDBFF) continue;  // whole pairs only (below)
            if (c >= 0xDC00 && c <= 0xDFFF) {
                text += u"𠀀";
                continue;
            }
            text.push_back(c);
        }
        for (size_t k = 1; k < text.size(); ++k) {
            if (!isIdeograph(text[k - 1]) || !isIdeograph(text[k])) continue;
            for (const BreakRules& rules : variants) {
                const auto whole = findBreakOpportunities(text, rules);
                const auto head = findBreakOpportunities(text.substr(0, k), rules);
                const auto tail = findBreakOpportunities(text.substr(k), rules);
                INFO(bm::utf16ToUtf8(text) << " split at " << k << " plain " << rules.plainUax14
                                           << " level " << static_cast<int>(rules.level));
                REQUIRE(whole[k] == 1);
                for (size_t i = 1; i < k; ++i) REQUIRE(whole[i] == head[i]);
                for (size_t i = 1; i < tail.size(); ++i) REQUIRE(whole[k + i] == tail[i]);
                ++checked;
            }
        }
    }
    CHECK(checked > 10000);
}

TEST_CASE("concurrent callers each get their own ICU iterator", "[unicode][line_breaks]") {
    const std::u16string text = u16("2024年GDP增长5.2%，约1.2亿元。他说：“你好。”");
    const auto expected = findBreakOpportunities(text, BreakRules{});
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int k = 0; k < 2000; ++k) {
                if (findBreakOpportunities(text, BreakRules{}) != expected) ++mismatches;
            }
        });
    }
    for (auto& th : threads) th.join();
    CHECK(mismatches == 0);
}

TEST_CASE("hostile input: size + 1 entries, no crash", "[unicode][line_breaks]") {
    for (bool plain : {false, true}) {
        for (auto level : {KinsokuLevel::None, KinsokuLevel::Gb, KinsokuLevel::Strict}) {
            BreakRules rules;
            rules.level = level;
            rules.plainUax14 = plain;
            INFO("plain " << plain << " level " << static_cast<int>(level));
            const auto empty = findBreakOpportunities(u"", rules);
            REQUIRE(empty.size() == 1);
            CHECK(empty[0] == 0);

            const std::u16string lone = {0xD800, u'中', 0xDC00, 0xDC00, 0xD800, u'，', 0xDBFF};
            const auto b = findBreakOpportunities(lone, rules);
            REQUIRE(b.size() == lone.size() + 1);
            CHECK(b[0] == 0);
            CHECK(b.back() == 1);

            const std::u16string one = u"中";
            CHECK(findBreakOpportunities(one, rules) == std::vector<std::uint8_t>{0, 1});
        }
    }
    // A million characters of mixed text, and a million of one mark (no quadratic runs).
    std::u16string big;
    const std::u16string unit = u16("他说：“2024年GDP增长5.2%——好！？”……（测试）ok 𠀀");
    while (big.size() < 1000000) big += unit;
    big.resize(1000000);
    const auto b = findBreakOpportunities(big, BreakRules{});
    REQUIRE(b.size() == big.size() + 1);
    CHECK(b.back() == 1);
    const std::u16string bangs(1000000, u'！');
    BreakRules none;
    none.level = KinsokuLevel::None;
    const auto c = findBreakOpportunities(bangs, none);
    REQUIRE(c.size() == bangs.size() + 1);
    CHECK(c[1] == 0);
    CHECK(c[2] == 1);
}
