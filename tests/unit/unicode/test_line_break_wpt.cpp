// SPDX-License-Identifier: MIT
// WPT css-text zh line-break assertions (tests/data/linebreak/wpt-css-text-zh-line-break.tsv):
// `文文文文文文` + X + `字字`, may a line start with X? Per the data README: every `strict` row
// exactly, every `no` row with the ICU strictness of its row. `loose` rows are not asserted: the
// engine never uses loose for Chinese (R-BRK-2), and the house table forbids a break before –
// (R-TAIL-2), which WPT's `normal` allows.
#include <catch2/catch.hpp>

#include <string>

#include "layout/unicode/line_breaks.h"
#include "support/tsv.h"

using namespace bm::unicode;

namespace {

bool breakBefore(char32_t x, KinsokuLevel level, const char* strictness) {
    std::u16string text = u"文文文文文文";
    if (x >= 0x10000) {
        text.push_back(static_cast<char16_t>(0xD800 + ((x - 0x10000) >> 10)));
        text.push_back(static_cast<char16_t>(0xDC00 + ((x - 0x10000) & 0x3FF)));
    } else {
        text.push_back(static_cast<char16_t>(x));
    }
    text += u"字字";
    BreakRules rules;
    rules.level = level;
    rules.icuStrictness = strictness;
    return findBreakOpportunities(text, rules)[6] != 0;
}

}  // namespace

TEST_CASE("WPT zh line-break: strict rows exactly, no rows always", "[unicode][line_breaks][wpt]") {
    const auto rows = bm::testing::readTsv(std::string(BM_TEST_DATA) +
                                           "/linebreak/wpt-css-text-zh-line-break.tsv");
    REQUIRE(rows.size() == 108);
    int strictRows = 0, noRows = 0;
    for (const auto& r : rows) {
        REQUIRE(r.size() >= 4);
        const std::string& cssLevel = r[0];
        const char32_t x = static_cast<char32_t>(std::stoul(r[1], nullptr, 16));
        const bool yes = r[3] == "yes";
        INFO(cssLevel << " U+" << r[1] << " " << r[2] << " expects " << r[3]);
        if (cssLevel == "strict") {
            ++strictRows;
            CHECK(breakBefore(x, KinsokuLevel::Gb, "strict") == yes);
        }
        if (!yes) {
            ++noRows;
            // The house table only adds prohibitions from `basic` up, so a `no` holds at each.
            const char* strictness = cssLevel == "normal" ? "normal" : "strict";
            CHECK_FALSE(breakBefore(x, KinsokuLevel::Basic, strictness));
            CHECK_FALSE(breakBefore(x, KinsokuLevel::Gb, strictness));
            CHECK_FALSE(breakBefore(x, KinsokuLevel::Strict, strictness));
        }
    }
    CHECK(strictRows == 36);
    CHECK(noRows == 68);  // the 4 `normal` hyphen rows say yes
}

TEST_CASE("icuStrictness other than normal means strict, never loose (R-BRK-2)",
          "[unicode][line_breaks][wpt]") {
    // ICU loose would allow 文|々 and 文|：; the engine maps "loose" (and garbage) to strict.
    for (const char* s : {"loose", "", "LOOSE", static_cast<const char*>(nullptr)}) {
        CHECK_FALSE(breakBefore(0x3005, KinsokuLevel::Gb, s));
        CHECK_FALSE(breakBefore(0x30FC, KinsokuLevel::Gb, s));  // ー is CJ: NS under strict
    }
    CHECK(breakBefore(0x30FC, KinsokuLevel::Gb, "normal"));  // CSS normal: CJ is ID
}
