// SPDX-License-Identifier: MIT
// The proofing rows of the specification's test table (tests/data/check/proofing-cases.tsv):
// every input gives exactly the listed rule ids; clean inputs give none; every safe fix,
// applied, removes its finding and creates none, and undoing it restores the original bytes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "layout/base/utf.h"
#include "layout/check/proofing.h"
#include "layout/check/rules.h"
#include "support/tsv.h"

using namespace bm;
using namespace bm::check;

namespace {

struct Case {
    std::string id;
    FieldContext context;
    Profile profile;
    std::u16string input;
    std::vector<std::string> expected;
};

FieldKind parseField(const std::string& s) {
    for (int k = 0; k <= static_cast<int>(FieldKind::HeaderPageName); ++k)
        if (s == fieldName(static_cast<FieldKind>(k))) return static_cast<FieldKind>(k);
    FAIL("unknown field " << s);
    return FieldKind::Paragraphs;
}

std::vector<Case> loadCases() {
    std::vector<Case> out;
    for (const auto& row :
         testing::readTsv(std::string(BM_TEST_DATA) + "/check/proofing-cases.tsv")) {
        REQUIRE(row.size() == 5);
        Case c;
        c.id = row[0];
        const bool mid = row[1] == "paragraphs-mid";
        c.context.kind = parseField(mid ? "paragraphs" : row[1]);
        c.context.lastParagraph = !mid;
        c.profile = *builtinProfile("daily-default");
        if (row[2] != "-") {
            for (const auto& opt : testing::split(row[2], ",")) {
                if (opt == "ZH-TRAD-CHAR=on")
                    c.profile.rules["ZH-TRAD-CHAR"].enabled = true;
                else if (opt == "percentForm=full")
                    c.profile.params.percentForm = RuleParams::PercentForm::Full;
                else
                    FAIL("unknown option " << opt);
            }
        }
        c.input = *utf8ToUtf16(row[3]);
        if (row[4] != "-") c.expected = testing::split(row[4], " ");
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::string> ruleIds(const std::vector<Finding>& fs) {
    std::vector<std::string> ids;
    for (const auto& f : fs) ids.push_back(f.rule);
    return ids;
}

/// Applies a fix's edits to the text (ranges of the original, applied back to front) and
/// returns the edits that undo it.
std::u16string applyEdits(std::u16string text, const Fix& fix, std::vector<TextEdit>& undo) {
    auto edits = fix.edits;
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.utf16.begin < b.utf16.begin; });
    int shift = 0;
    std::u16string out;
    int at = 0;
    for (const auto& e : edits) {
        out += text.substr(static_cast<size_t>(at), static_cast<size_t>(e.utf16.begin - at));
        const int newBegin = e.utf16.begin + shift;
        undo.push_back({{newBegin, newBegin + static_cast<int>(e.text.size())},
                        {},
                        text.substr(static_cast<size_t>(e.utf16.begin),
                                    static_cast<size_t>(e.utf16.end - e.utf16.begin))});
        out += e.text;
        shift += static_cast<int>(e.text.size()) - (e.utf16.end - e.utf16.begin);
        at = e.utf16.end;
    }
    out += text.substr(static_cast<size_t>(at));
    return out;
}

std::u16string undoEdits(std::u16string text, std::vector<TextEdit> undo) {
    std::sort(undo.begin(), undo.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.utf16.begin > b.utf16.begin; });
    for (const auto& e : undo)
        text.replace(static_cast<size_t>(e.utf16.begin),
                     static_cast<size_t>(e.utf16.end - e.utf16.begin), e.text);
    return text;
}

const Case& caseById(const std::vector<Case>& cases, const std::string& id) {
    for (const auto& c : cases)
        if (c.id == id) return c;
    FAIL("no case " << id);
    return cases.front();
}

}  // namespace

TEST_CASE("proofing: every row of the spec's table gives exactly its rule ids", "[check][proof]") {
    const auto cases = loadCases();
    REQUIRE(cases.size() >= 55);
    for (const auto& c : cases) {
        INFO("case " << c.id << ": " << utf16ToUtf8(c.input));
        if (c.id == "33b" && !tradCheckAvailable()) {
            WARN("ZH-TRAD-CHAR: this build has no OpenCC");
            continue;
        }
        CHECK(ruleIds(proofField(c.input, c.context, c.profile)) == c.expected);
    }
}

TEST_CASE("proofing: a safe fix removes its finding, creates none, and undoes exactly",
          "[check][proof]") {
    const auto cases = loadCases();
    int safeFixes = 0;
    for (const auto& c : cases) {
        const auto before = proofField(c.input, c.context, c.profile);
        for (size_t k = 0; k < before.size(); ++k) {
            if (!before[k].fix || !before[k].fix->safe) continue;
            ++safeFixes;
            INFO("case " << c.id << " finding " << k << " " << before[k].rule);
            std::vector<TextEdit> undo;
            const std::u16string fixed = applyEdits(c.input, *before[k].fix, undo);
            auto expected = ruleIds(before);
            expected.erase(expected.begin() + static_cast<long>(k));
            auto after = ruleIds(proofField(fixed, c.context, c.profile));
            std::sort(expected.begin(), expected.end());
            std::sort(after.begin(), after.end());
            CHECK(after == expected);
            CHECK(undoEdits(fixed, undo) == c.input);
        }
    }
    CHECK(safeFixes >= 15);
}

TEST_CASE("proofing: ranges, fixes and severities of single rows", "[check][proof]") {
    const auto cases = loadCases();
    auto run = [&](const std::string& id) {
        const Case& c = caseById(cases, id);
        return proofField(c.input, c.context, c.profile);
    };
    auto fixed = [&](const std::string& id, size_t k = 0) {
        const Case& c = caseById(cases, id);
        const auto fs = proofField(c.input, c.context, c.profile);
        REQUIRE(fs.size() > k);
        REQUIRE(fs[k].fix);
        std::vector<TextEdit> undo;
        return utf16ToUtf8(applyEdits(c.input, *fs[k].fix, undo));
    };
    {
        const auto f = run("1");
        REQUIRE(f.size() == 1);
        CHECK(f[0].location.cp == Range{2, 3});
        CHECK(f[0].location.utf16 == Range{2, 3});
        REQUIRE(f[0].fix);
        CHECK(f[0].fix->safe);
        CHECK(utf16ToUtf8(f[0].fix->edits.at(0).text) == "，");
        CHECK(f[0].zh == "半角“,”应为“，”");
        CHECK(utf16ToUtf8(f[0].excerpt->before) == "今天");
        CHECK(utf16ToUtf8(f[0].excerpt->after) == "我们出发。");
        CHECK(f[0].severity == Severity::Warning);
    }
    CHECK(run("3").at(0).fix->edits.size() == 2);
    CHECK(fixed("3") == "记者（张三）报道。");
    CHECK_FALSE(run("4").at(0).fix->safe);
    CHECK(fixed("6") == "营收增长3.7%。");
    CHECK_FALSE(run("7").at(0).fix);
    CHECK(run("7").at(0).severity == Severity::Error);
    CHECK(fixed("8") == "他说：“老师说‘明天考试’。”");
    CHECK(run("9").at(0).fix->safe);
    CHECK(fixed("9") == "“中国”队获胜。");
    CHECK(run("10").at(0).fix->safe);
    CHECK(fixed("10") == "这是一个问题——谁来解决？");
    CHECK(fixed("11") == "北京—上海列车。");
    CHECK(fixed("12") == "我们等待着……");
    CHECK(fixed("15") == "会议回顾了2023—2024年的工作。");
    CHECK(fixed("16") == "活动于11月18日—19日举行。");
    CHECK(run("17").at(0).fix->safe);
    CHECK(fixed("17") == "每组5～8人。");
    CHECK(fixed("18") == "增长10%～20%。");
    CHECK(fixed("19") == "投资9亿～16亿元。");
    CHECK(fixed("20") == "这是我的书。");
    CHECK(fixed("21") == "我们要努力。");
    CHECK(fixed("23") == "中国北京欢迎你。");
    CHECK(run("25").at(0).severity == Severity::Info);
    CHECK(fixed("26a") == "今天天气很好。");
    CHECK(fixed("26b") == "会议指出。");
    CHECK(run("27").at(0).fix->safe);
    CHECK(fixed("27") == "产值1000万元。");
    CHECK(fixed("28") == "二〇二四年是关键一年。");
    CHECK(fixed("29") == "来了三四个人。");
    CHECK(run("31").at(0).severity == Severity::Info);
    CHECK(fixed("31") == "增长3.7%。");
    CHECK(fixed("32") == "《红楼梦》《西游记》都是名著。");
    CHECK(fixed("34b") == "增长3.7％。");
    for (const auto& f : run("35")) CHECK(f.severity == Severity::Error);
}

TEST_CASE("proofing: house options change what is flagged", "[check][proof]") {
    Profile p = *builtinProfile("daily-default");
    FieldContext body;
    auto ids = [&](const char* s) { return ruleIds(proofField(*utf8ToUtf16(s), body, p)); };
    CHECK(ids("气温5～8℃。").empty());
    p.params.rangeConnector = RuleParams::RangeConnector::Dash;
    CHECK(ids("气温5～8℃。") == std::vector<std::string>{"ZH-RANGE-CONNECTOR"});
    p.params.thousandsSeparator = RuleParams::Thousands::Comma;
    CHECK(ids("产值1,000万元。").empty());
    p.rules["ZH-REPEAT"].enabled = false;
    CHECK(ids("这是我的的书。").empty());
    p.lists.repeatAllow.push_back(u"把把关");
    p.rules["ZH-REPEAT"].enabled = true;
    CHECK(ids("他把把关的事做好。").empty());
    CHECK(ids("他把把书放下。") == std::vector<std::string>{"ZH-REPEAT"});
    // Spaces in display text are flagged only when the house says so.
    FieldContext headline{FieldKind::Headline};
    CHECK(ruleIds(proofField(u"中国 北京欢迎你", headline, p)).empty());
    p.params.spaceInDisplayTextAllowed = false;
    CHECK(ruleIds(proofField(u"中国 北京欢迎你", headline, p)) ==
          std::vector<std::string>{"ZH-SPACE-CJK"});
}

TEST_CASE("proofing: false positives the specification lists stay quiet", "[check][proof]") {
    const Profile p = *builtinProfile("daily-default");
    const FieldContext body;
    for (const char* s : {"今年GDP增长3.7%，达到1,000亿元。",
                          "西安Xi'an是古都。",
                          "现在在家。",
                          "受不了了。",
                          "所以以后再说。",
                          "矿—氧化铝—电解铝产业链。",
                          "价格100—150kg不等。",
                          "温度-36～-8℃。",
                          "按GB/T 15834-2011执行。",
                          "见表2-8。",
                          "型号WD-40。",
                          "COVID-19疫情。",
                          "编号3-2-11。",
                          "日期2024-11-20。",
                          "一个一个地来，研究研究。",
                          "记者 张三 李四报道。",
                          "他说：“‘好’字怎么写？”",
                          "详见Mr. Smith的报告。",
                          "请发邮件至news@example.com。",
                          "他们在三十几个村里开展。"}) {
        INFO(s);
        auto ids = ruleIds(proofField(*utf8ToUtf16(s), body, p));
        // 1,000 in a Chinese sentence is a house-style info; everything else must be clean.
        ids.erase(std::remove(ids.begin(), ids.end(), "ZH-NUM-THOUSANDS"), ids.end());
        CHECK(ids.empty());
    }
}
