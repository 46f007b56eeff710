// SPDX-License-Identifier: MIT
// Format version 2 furniture: rule kinds (line, box, 底纹), 花线, tints and lock flags load,
// save and validate; a version 1 rule means what it meant.
#include <catch2/catch.hpp>

#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "layout/model/validate.h"
#include "model_fixtures.h"

using namespace bm;
using namespace bm::model;

namespace {

Document furnishedDocument() {
    Document d = newDocument();
    Page& p = d.pages[0];
    RuleFrame box;
    box.id = "box";
    box.kind = RuleFrame::Kind::Box;
    box.from = Point{60000, 100000};
    box.to = Point{300000, 260000};
    box.width = 750;
    box.fillPercent = 15;
    box.tintPercent = 80;
    box.locked = true;
    p.rules.push_back(box);
    RuleFrame flower;
    flower.id = "huaxian";
    flower.from = Point{60000, 300000};
    flower.to = Point{500000, 300000};
    flower.width = 1500;
    flower.style = RuleFrame::Style::Double;
    p.rules.push_back(flower);
    p.labels.push_back(LabelFrame{"lab", GridRect{0, 2, 10, 3}, u"反白", "headline", true, true});
    ImageFrame im;
    im.id = "img";
    im.area = GridRect{2, 3, 20, 12};
    im.locked = true;
    p.images.push_back(im);
    return d;
}

}  // namespace

TEST_CASE("v2 rule kinds, tints and locks survive save and load", "[model][furniture]") {
    const Document d = furnishedDocument();
    REQUIRE(validateDocument(d).empty());
    auto back = parseDocument(serializeDocument(d), "furnished");
    INFO((back ? "" : back.error()));
    REQUIRE(back);
    CHECK(*back == d);
    CHECK(back->pages[0].rules[0].kind == RuleFrame::Kind::Box);
    CHECK(back->pages[0].rules[0].fillPercent == 15);
    CHECK(back->pages[0].rules[1].style == RuleFrame::Style::Double);
    CHECK(back->pages[0].labels[0].locked);
}

TEST_CASE("a version 1 rule is a solid 100 % K line, unlocked", "[model][furniture]") {
    Document d = newDocument();
    std::string json = serializeDocument(d);
    const std::string rules = "\"rules\": []";
    const auto at = json.find(rules);
    REQUIRE(at != std::string::npos);
    json.replace(
        at, rules.size(),
        R"("rules": [{"id": "r", "from": {"x": 60, "y": 100}, "to": {"x": 400, "y": 100}, "width": 0.5}])");
    auto doc = parseDocument(json, "v1 rule");
    INFO((doc ? "" : doc.error()));
    REQUIRE(doc);
    const RuleFrame& r = doc->pages[0].rules.at(0);
    CHECK(r.kind == RuleFrame::Kind::Line);
    CHECK(r.style == RuleFrame::Style::Solid);
    CHECK(r.tintPercent == 100);
    CHECK(r.fillPercent == 0);
    CHECK_FALSE(r.locked);
}

TEST_CASE("bad rule tints and fills are refused with the field named", "[model][furniture]") {
    Document d = furnishedDocument();
    d.pages[0].rules[1].fillPercent = 30;  // a line has no fill
    d.pages[0].rules[0].tintPercent = 0;
    const auto problems = validateDocument(d);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("tint") != std::string::npos);
    CHECK(problems[1].find("only a box has a fill") != std::string::npos);
    Document ok = furnishedDocument();
    ok.pages[0].rules[0].width = 0;  // a 底纹 without an outline is fine
    CHECK(validateDocument(ok).empty());
    ok.pages[0].rules[0].fillPercent = 0;  // … but not a box with neither
    CHECK_FALSE(validateDocument(ok).empty());
}
