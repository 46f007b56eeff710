// SPDX-License-Identifier: MIT
// The checker as the editor and the CLI use it: the seed page, incremental re-checks, fixes as
// undoable edits, waivers, fingerprints, profiles and the JSON report.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "layout/check/fix_edit.h"
#include "layout/check/report.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "unit/check/check_fixture.h"

using namespace bm;
using namespace bm::check;
using namespace bm::check::test;

namespace {

const std::string kSamples = std::string(BM_SOURCE_DIR) + "/samples";

model::Document seed() {
    auto doc = model::loadDocument(kSamples + "/seed-page.bmdoc.json");
    REQUIRE(doc.ok());
    return *doc;
}

struct Session {
    page::LayoutSession layout{registry()};
    Checker checker{&registry()};
    Session() {
        layout.setDocumentDir(kSamples);
        checker.setDocumentDir(kSamples);
    }
    CheckResult check(const model::Document& doc) {
        auto l = layout.layout(doc);
        REQUIRE(l.ok());
        return checker.check(doc, **l);
    }
};

}  // namespace

TEST_CASE("checker: the seed page has no errors", "[check]") {
    Session s;
    const auto r = s.check(seed());
    for (const auto& f : r.findings) {
        INFO(f.rule << " " << locationText(f.location) << " " << f.zh);
        CHECK(f.severity != Severity::Error);
    }
    CHECK(r.summary.error == 0);
    CHECK(r.summary.blocking == 0);
    CHECK(r.profile == "daily-default");
}

TEST_CASE("checker: after moving one frame only its article and page are re-checked",
          "[check][incremental]") {
    Session s;
    model::Document doc = seed();
    s.check(doc);
    CHECK(s.checker.articlesRechecked() == doc.articles.size());
    s.check(doc);
    CHECK(s.checker.articlesRechecked() == 0);
    CHECK(s.checker.pagesRechecked() == 0);
    REQUIRE(model::applyEdit(doc, model::MoveFrame{"p3", "f-tree", -1, {0, 0, 83, 0}}).ok());
    const auto incremental = s.check(doc);
    CHECK(s.checker.articlesRechecked() == 1);
    CHECK(s.checker.pagesRechecked() == 1);
    // The same findings as a checker that starts from nothing.
    Session fresh;
    CHECK(fresh.check(doc).findings == incremental.findings);
}

TEST_CASE("checker: 全部修正 is one undoable edit that clears the safe findings", "[check][fix]") {
    Session s;
    model::Document doc = seed();
    const model::Document before = doc;
    const auto r = s.check(doc);
    int safe = 0;
    for (const auto& f : r.findings) safe += f.fix && f.fix->safe;
    REQUIRE(safe == 2);  // the half-width brackets and the space of one dateline
    auto edit = fixAllSafeEdit(r.findings);
    REQUIRE(edit);
    auto applied = model::applyEdit(doc, *edit);
    REQUIRE(applied.ok());
    CHECK(doc.article("platform-economy")->dateline ==
          u"本报讯（记者 李伟伟 通讯员 吕超 陈磊 报道）");
    const auto after = s.check(doc);
    for (const auto& f : after.findings) CHECK_FALSE((f.fix && f.fix->safe));
    CHECK(after.findings.size() == r.findings.size() - 2);
    REQUIRE(model::applyEdit(doc, applied->inverse).ok());
    CHECK(doc == before);
}

TEST_CASE("checker: a single fix, and a stale one is refused", "[check][fix]") {
    model::Document doc = document();
    doc.articles = {article("a", 1, 2)};
    doc.articles[0].paragraphs[0] = u"今天,我们出发。" + doc.articles[0].paragraphs[0];
    doc.pages[0].articleFrames = {frame("a-1", "a", {0, 4, 0, 20})};
    Session s;
    auto r = s.check(doc);
    const Finding* f = findRule(r, "ZH-HALFWIDTH-PUNCT");
    REQUIRE(f);
    auto edit = fixEdit(*f);
    REQUIRE(edit);
    model::Document edited = doc;
    REQUIRE(model::applyEdit(edited, *edit).ok());
    CHECK(edited.articles[0].paragraphs[0].substr(0, 8) == u"今天，我们出发。");
    // Applying it again: the text no longer holds ','.
    CHECK_FALSE(model::applyEdit(edited, *edit).ok());
}

TEST_CASE("checker: waivers hide a finding and survive edits elsewhere", "[check][waiver]") {
    Session s;
    model::Document doc = seed();
    const auto r = s.check(doc);
    const Finding* underset = findRule(r, "LAY-UNDERSET");
    REQUIRE(underset);
    doc.checks.waivers = {{fingerprintHex(underset->fingerprint), "LAY-UNDERSET", "版面如此"},
                          {"0123456789abcdef", "ZH-REPEAT", "stale"}};
    const auto w = s.check(doc);
    CHECK(w.summary.waived == 1);
    CHECK(w.summary.warning == r.summary.warning - 1);
    CHECK(findRule(w, "LAY-UNDERSET")->waived);
    CHECK(liveWaivers(doc, w).size() == 1);
    // An edit in another article keeps every other fingerprint.
    model::Document edited = doc;
    edited.article("speech")->paragraphs[3] += u"补一句。";
    const auto e = s.check(edited);
    CHECK(findRule(e, "LAY-UNDERSET")->waived);
    CHECK(findRule(e, "ZH-HALFWIDTH-PUNCT")->fingerprint ==
          findRule(r, "ZH-HALFWIDTH-PUNCT")->fingerprint);
}

TEST_CASE("checker: the JSON report has the specification's shape and is deterministic",
          "[check][report]") {
    Session s;
    const auto r = s.check(seed());
    const std::string a = resultToJson(r, "seed.json");
    Session again;
    CHECK(resultToJson(again.check(seed()), "seed.json") == a);
    const auto j = nlohmann::ordered_json::parse(a);
    CHECK(j["format"] == "banmian-check");
    CHECK(j["version"] == 1);
    std::vector<std::string> keys;
    for (const auto& item : j["summary"].items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"error", "warning", "info", "waived", "blocking"});
    const auto& f = j["findings"][0];
    keys.clear();
    for (const auto& item : f.items()) keys.push_back(item.key());
    CHECK(keys == std::vector<std::string>{"rule", "severity", "class", "location", "excerpt",
                                           "message", "fix", "fingerprint"});
    CHECK(f["fingerprint"].get<std::string>().size() == 16);
    CHECK(f["location"]["cp"].size() == 2);
    CHECK(resultToText(r).find("0 errors, 3 warnings, 0 info; 0 block export under x1a") !=
          std::string::npos);
}

TEST_CASE("profiles: built-ins, house JSON that extends one, and typos", "[check][profile]") {
    const Profile d = *builtinProfile("daily-default");
    CHECK(d.blockExport.count(RuleClass::Furniture));
    CHECK_FALSE(d.enabled("ZH-TRAD-CHAR"));
    CHECK(builtinProfile("proof-only")->enabled("ZH-REPEAT"));
    CHECK_FALSE(builtinProfile("proof-only")->enabled("LAY-OVERSET"));
    CHECK_FALSE(builtinProfile("print-basic")->enabled("ZH-REPEAT"));
    auto house = profileFromJson(R"({"format": "banmian-check-profile", "version": 1,
        "name": "binzhou-daily", "extends": "daily-default",
        "blockExport": ["print", "image", "layout"], "failOn": "warning",
        "rules": {"ZH-SPACE-MIXED": {"enabled": false}, "IMG-PPI-LOW": {"params": {"warnBelow": 180}},
                  "ZH-PERCENT-WIDTH": {"params": {"percentForm": "full"}},
                  "ZH-TRAD-CHAR": {"severity": "warning"}, "ZH-REPEAT": {"severity": "off"}},
        "lists": {"repeatAllow": ["把把关"], "roleWords": ["融媒记者"], "tradAllow": ["於"]}})",
                                 "house.json");
    REQUIRE(house.ok());
    CHECK(house->name == "binzhou-daily");
    CHECK_FALSE(house->enabled("ZH-SPACE-MIXED"));
    CHECK_FALSE(house->enabled("ZH-REPEAT"));
    CHECK(house->enabled("ZH-TRAD-CHAR"));
    CHECK(house->params.ppiWarnBelow == 180);
    CHECK(house->params.percentForm == RuleParams::PercentForm::Full);
    CHECK(house->failOn == Severity::Warning);
    CHECK_FALSE(house->blockExport.count(RuleClass::Furniture));
    CHECK(house->lists.roleWords == std::vector<std::u16string>{u"融媒记者"});
    for (const char* bad :
         {R"({"rules": {"ZH-NOPE": {}}})", R"({"rules": {"IMG-PPI-LOW": {"params": {"x": 1}}}})",
          R"({"colour": 1})", R"({"failOn": "fatal"})", R"({"extends": "nothing-like-it"})",
          R"({"rules": {"ZH-REPEAT": {"severity": "loud"}}})"}) {
        INFO(bad);
        CHECK_FALSE(profileFromJson(bad, "p").ok());
    }
    // A document's embedded profile wins over its name.
    model::Document doc = document();
    doc.checks.profile = "proof-only";
    CHECK(documentProfile(doc)->name == "proof-only");
    doc.checks.profileJson = R"({"extends": "print-basic", "name": "house"})";
    CHECK(documentProfile(doc)->name == "house");
}

TEST_CASE(
    "取消 during an export's preflight: no picture is decoded any more, and no such answer "
    "is remembered",
    "[check]") {
    ImageCache cache;
    std::atomic<bool> cancel{true};
    cache.setCancel(&cancel);
    const std::string photo = kSamples + "/photos/job-fair.jpg";
    CHECK(cache.probe(photo).detail == "check cancelled");
    cache.prefetch({photo, kSamples + "/photos/tree-warming.jpg"});
    // Not cancelled any more: the photo is read for real, not the skipped answer.
    cancel = false;
    const ImageProbe& p = cache.probe(photo);
    CHECK(p.state == ImageProbe::State::Ok);
    CHECK(p.width > 0);
}
