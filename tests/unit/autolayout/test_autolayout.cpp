// SPDX-License-Identifier: MIT
// 智能组版 on the six seed stories and an empty 对开 page: the hard rules asserted on the applied
// result with the engine's own overlap model and the export's flow.
#include "unit/autolayout/autolayout_fixture.h"

#include "layout/place/fit.h"

using namespace bm;
using bm::testing::AutoLayoutFixture;

namespace {

model::Document applied(const model::Document& doc, const autolayout::Candidate& c) {
    model::Document out = doc;
    auto a = model::applyEdit(out, model::Batch{autolayout::toEdits(doc, 0, c)});
    if (!a) FAIL(a.error());
    return out;
}

int cells(const model::GridRect& r) { return r.span * r.lines; }

}  // namespace

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: the seed stories tile an empty page and fit",
                 "[autolayout]") {
    const model::Document doc = emptyPage();
    const auto request = seedRequest(doc);
    REQUIRE(request.articles.size() == 6);
    auto result = autolayout::propose(doc, 0, request, cache);
    if (!result) FAIL(result.error());
    INFO(result->diagnostic);
    REQUIRE(!result->candidates.empty());
    for (const auto& c : result->candidates) {
        INFO(c.structure);
        const model::Document out = applied(doc, c);
        // No overlap, by the same occupancy model the canvas, export and checker use.
        CHECK(overlaps(out) == 0);
        // Every story fits: no overset in the export's flow, at most a short last row.
        for (const auto& m : c.modules) {
            INFO(m.articleId);
            CHECK(flowOf(out, m.articleId).oversetLines == 0);
            auto fit = place::copyFit(out, m.articleId, cache);
            REQUIRE(fit);
            CHECK(fit->fits());
            CHECK(m.measureZi >= 10.0);
            CHECK(m.measureZi <= 24.05);
        }
        // The modules and the separator lines tile the free area exactly.
        int covered = 0;
        for (const auto& m : c.modules) covered += cells(m.area);
        for (const auto& g : c.gaps) covered += cells(g);
        CHECK(covered == cells(result->freeArea));
        // The speech leads: on top, widest, biggest headline.
        const auto lead = std::find_if(c.modules.begin(), c.modules.end(),
                                       [](const auto& m) { return m.articleId == "speech"; });
        REQUIRE(lead != c.modules.end());
        CHECK(lead->area.line == result->freeArea.line);
        for (const auto& m : c.modules) {
            if (m.articleId == "speech") continue;
            CHECK(m.area.span <= lead->area.span);
            CHECK(m.headlineSize < lead->headlineSize);
        }
        // Photos stay with their stories: directly above the frame, as wide.
        for (const auto& m : c.modules)
            if (!m.photoId.empty()) {
                CHECK(m.photo.line + m.photo.lines == m.frame.line);
                CHECK(m.photo.span == m.frame.span);
            }
    }
}

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: same seed, same layouts; one undo step",
                 "[autolayout]") {
    const model::Document doc = emptyPage();
    const auto request = seedRequest(doc);
    auto a = autolayout::propose(doc, 0, request, cache);
    auto b = autolayout::propose(doc, 0, request, cache);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(!a->candidates.empty());
    REQUIRE(a->candidates.size() == b->candidates.size());
    for (size_t i = 0; i < a->candidates.size(); ++i)
        CHECK(applied(doc, a->candidates[i]) == applied(doc, b->candidates[i]));
    // Applied as one batch; its inverse restores the page exactly.
    model::Document out = doc;
    auto edit = model::applyEdit(out, model::Batch{autolayout::toEdits(doc, 0, a->candidates[0])});
    REQUIRE(edit);
    CHECK(out != doc);
    REQUIRE(model::applyEdit(out, edit->inverse));
    CHECK(out == doc);
}

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: bad requests and a free area it cannot cut",
                 "[autolayout]") {
    const model::Document doc = emptyPage();
    autolayout::Request r;
    r.articles = {{"no-such-story", 1, "", std::nullopt}};
    auto unknown = autolayout::propose(doc, 0, r, cache);
    REQUIRE(!unknown);
    CHECK(unknown.error() == "unknown article \"no-such-story\"");
    // The seed page's label in the top-right corner leaves an L-shaped free area.
    model::Document withLabel = cleared();
    withLabel.pages[0].rules.clear();
    auto corner = autolayout::propose(withLabel, 0, seedRequest(withLabel), cache);
    REQUIRE(!corner);
    CHECK(corner.error().find("not one rectangle") != std::string::npos);
}

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: too much copy gives no layout and says why",
                 "[autolayout]") {
    model::Document doc = emptyPage();
    // Three times the speech does not fit one page.
    for (const char* id : {"speech-2", "speech-3"}) {
        model::Article copy = *doc.article("speech");
        copy.id = id;
        doc.articles.push_back(copy);
    }
    auto r = seedRequest(doc);
    r.budget = 200;
    auto result = autolayout::propose(doc, 0, r, cache);
    REQUIRE(result);
    CHECK(result->candidates.empty());
    CHECK(result->diagnostic.find("column-lines") != std::string::npos);
}
