// SPDX-License-Identifier: MIT
// Trial layouts count exactly the lines the page shows: the body at a measure is the sum of its
// paragraphs, the headline block's 占行 matches the flow, and trials are memoised.
#include <algorithm>

#include "place_fixture.h"

using namespace bm;
using bm::testing::kSeedArticles;

namespace {

int bodyLines(const flow::ArticleFlow& f) {
    return static_cast<int>(std::count_if(
               f.lines.begin(), f.lines.end(),
               [](const auto& l) { return l.role == "body" || l.role == "credit"; })) +
           f.oversetLines;
}

}  // namespace

TEST_CASE("a body trial counts the lines the flow sets at the frame's measure", "[place][trials]") {
    bm::testing::PlaceFixture fx;
    for (const char* id : kSeedArticles) {
        INFO(id);
        const flow::ArticleFlow f = fx.flowOf(fx.seed, id);
        const Length measure = f.columns.front().measure;
        auto trials = place::ArticleTrials::make(fx.seed, *fx.seed.article(id), fx.cache);
        REQUIRE(trials.ok());
        const place::BodyTrial body = trials->body(measure);
        CHECK(body.lines == bodyLines(f));
        CHECK(body.chars == f.totalChars);
        // What a frame one row shorter leaves overset, in 字.
        CHECK(body.charsAfter(body.lines) == 0);
        CHECK(body.charsAfter(body.lines - 1) > 0);
    }
}

TEST_CASE("the fitting-trial formula gives the seed frames' heights", "[place][trials]") {
    bm::testing::PlaceFixture fx;
    // tree-warming: one rect, 4 text columns at 15 em, headline over 5 base columns; its
    // printed frame is fitted (no overset, at most one short row).
    const auto& page = fx.seed.pages[0];
    const auto& frame = page.articleFrames[4];
    REQUIRE(frame.id == "f-tree");
    const auto& r = frame.rects[0];
    auto lines = fx.cache.frameLines(fx.seed, *fx.seed.article("tree-warming"), page,
                                     page.grid.bodySize * 15, r.textColumns,
                                     model::columnsWidth(page, r.area.span));
    REQUIRE(lines.ok());
    CHECK(*lines == r.area.lines);
}

TEST_CASE("trials are memoised and a tracking plan changes only what it touches",
          "[place][trials]") {
    bm::testing::PlaceFixture fx;
    const model::Article& a = *fx.seed.article("speech");
    auto trials = place::ArticleTrials::make(fx.seed, a, fx.cache);
    REQUIRE(trials.ok());
    const Length m = fx.seed.pages[0].grid.bodySize * 16;
    const int own = trials->body(m).lines;
    const size_t misses = fx.cache.misses();
    CHECK(trials->body(m).lines == own);
    CHECK(fx.cache.misses() == misses);  // all from the cache
    // Tightening every paragraph by 60‰ never needs more lines, loosening never fewer.
    place::TrackingPlan tight(trials->modelParagraphs(), -60), loose(trials->modelParagraphs(), 30);
    CHECK(trials->body(m, tight).lines < own);
    CHECK(trials->body(m, loose).lines >= own);
    // A plan is whole-paragraph ranges.
    const auto ranges = place::planRanges(a, {0, -20, 0});
    REQUIRE(ranges.size() == 1);
    CHECK(ranges[0] == model::TrackingRange{1, 0, static_cast<int>(a.paragraphs[1].size()), -20});
}
