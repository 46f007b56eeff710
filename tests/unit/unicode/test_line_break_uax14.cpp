// SPDX-License-Identifier: MIT
// Unicode's LineBreakTest-15.0.0.txt against findBreakOpportunities in plain UAX #14 mode
// (ICU root, no house table; docs/typesetting.md §12). ICU 72 tailors 22 cases; they are listed
// as expected failures and asserted to fail, so the list stays honest when ICU changes.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "layout/unicode/line_breaks.h"

using namespace bm::unicode;

namespace {

struct ConformanceCase {
    int line = 0;
    std::u16string text;
    std::vector<std::uint8_t> expected;  // same shape as findBreakOpportunities' result
};

void appendCodePoint(std::u16string& s, char32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        s.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
        s.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
        s.push_back(static_cast<char16_t>(cp));
    }
}

std::vector<ConformanceCase> loadLineBreakTest(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in.good());
    std::vector<ConformanceCase> cases;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        const size_t hash = line.find('#');
        if (hash != std::string::npos) line.resize(hash);
        std::istringstream tokens(line);
        std::string tok;
        ConformanceCase c;
        c.line = number;
        std::vector<size_t> breaks;
        bool any = false;
        while (tokens >> tok) {
            any = true;
            if (tok == "\xC3\x97") continue;  // × no break
            if (tok == "\xC3\xB7") {          // ÷ break before the next code point
                breaks.push_back(c.text.size());
                continue;
            }
            appendCodePoint(c.text, static_cast<char32_t>(std::stoul(tok, nullptr, 16)));
        }
        if (!any) continue;
        c.expected.assign(c.text.size() + 1, 0);
        for (size_t b : breaks) {
            if (b > 0) c.expected[b] = 1;  // the leading ÷ is not an opportunity
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

}  // namespace

TEST_CASE("LineBreakTest-15.0.0: plain UAX #14 mode", "[unicode][line_breaks][uax14]") {
    // ICU's own tailorings (README of tests/data/linebreak): 8 × U+002D at text start before a
    // letter (ICU rule 20.9), 14 × '.' or ',' directly before a digit.
    const std::set<int> expectedFailures = {2265, 2267, 2421, 2423, 2425, 2427, 2429, 2431,
                                            2873, 2875, 7477, 7576, 7577, 7578, 7579, 7580,
                                            7581, 7583, 7584, 7585, 7586, 7587};
    const auto cases =
        loadLineBreakTest(std::string(BM_TEST_DATA) + "/linebreak/LineBreakTest-15.0.0.txt");
    REQUIRE(cases.size() == 7654);

    BreakRules rules;
    rules.plainUax14 = true;
    std::set<int> failures;
    for (const auto& c : cases) {
        if (findBreakOpportunities(c.text, rules) != c.expected) failures.insert(c.line);
    }
    std::set<int> unexpected, nowPassing;
    for (int l : failures) {
        if (!expectedFailures.count(l)) unexpected.insert(l);
    }
    for (int l : expectedFailures) {
        if (!failures.count(l)) nowPassing.insert(l);
    }
    INFO("passed " << cases.size() - failures.size() << " of " << cases.size());
    CHECK(unexpected.empty());  // regressions, by line number
    CHECK(nowPassing.empty());  // ICU changed: recompute the README's list
    CHECK(failures.size() == 22);
    if (!unexpected.empty()) {
        std::ostringstream os;
        for (int l : unexpected) os << l << ' ';
        FAIL("unexpected failures at lines: " << os.str());
    }
}
