// SPDX-License-Identifier: MIT
// Slicing trees: normalised Polish expressions, moves that keep them so, exact sizing.
#include <catch2/catch.hpp>

#include "layout/autolayout/slicing.h"

using namespace bm::autolayout;

namespace {

/// A story that fits at width w in exactly the given heights (cost 0).
LeafShapes leaf(const std::string& id, int columns, const std::vector<std::pair<int, int>>& wh) {
    LeafShapes s;
    s.articleId = id;
    s.feasible.assign(columns + 1, Heights{});
    s.best.assign(columns + 1, {});
    for (auto [w, h] : wh) {
        s.feasible[w].set(h);
        s.best[w][h] = Variant{};
    }
    return s;
}

}  // namespace

TEST_CASE("slicing: normalised expressions", "[autolayout]") {
    CHECK(isNormalised({0, 1, kCutV}, 2));
    CHECK(isNormalised({0, 1, kCutV, 2, kCutH}, 3));
    CHECK_FALSE(isNormalised({0, 1, 2, kCutV, kCutV}, 3));  // V V in a row
    CHECK_FALSE(isNormalised({0, kCutV, 1}, 2));            // balloting
    CHECK_FALSE(isNormalised({0, 0, kCutV}, 2));            // a story twice
    std::mt19937 rng(3);
    Expression e = {0, 1, kCutV, 2, kCutH, 3, kCutV};
    for (int i = 0; i < 500; ++i) {
        e = randomMove(e, 4, rng);
        REQUIRE(isNormalised(e, 4));
    }
}

TEST_CASE("slicing: exact sizing with a gap line between stacked stories", "[autolayout]") {
    // a: 2 columns × 10 or 12 lines; b: 2 × 7; c: 4 × 5 or 6.
    const std::vector<LeafShapes> leaves = {leaf("a", 4, {{2, 10}, {2, 12}}),
                                            leaf("b", 4, {{2, 7}}), leaf("c", 4, {{4, 5}, {4, 6}})};
    // (a | b) cannot: a is never 7 lines.
    CHECK_FALSE(sizeTree({0, 1, kCutV}, leaves, {0, 4, 0, 12}, 1).feasible);
    // (a / b) at 2 columns: 10 + 1 + 7 = 18 lines, or 12 + 1 + 7 = 20.
    CHECK(sizeTree({0, 1, kCutH}, leaves, {0, 2, 0, 18}, 1).feasible);
    CHECK(sizeTree({0, 1, kCutH}, leaves, {0, 2, 0, 20}, 1).feasible);
    const Sizing off = sizeTree({0, 1, kCutH}, leaves, {0, 2, 0, 19}, 1);
    CHECK_FALSE(off.feasible);
    CHECK(off.gap == 1);
    // (c / (a | a-twin)) tiles 4 × 19 as c(6) + gap + 12.
    const std::vector<LeafShapes> four = {leaves[2], leaves[0], leaf("d", 4, {{2, 12}})};
    const Sizing s = sizeTree({0, 1, 2, kCutV, kCutH}, four, {0, 4, 0, 19}, 1);
    REQUIRE(s.feasible);
    REQUIRE(s.leaves.size() == 3);
    CHECK(s.leaves[0].area == bm::model::GridRect{0, 4, 0, 6});
    CHECK(s.leaves[1].area == bm::model::GridRect{0, 2, 7, 12});
    CHECK(s.leaves[2].area == bm::model::GridRect{2, 2, 7, 12});
    REQUIRE(s.gaps.size() == 1);
    CHECK(s.gaps[0] == bm::model::GridRect{0, 4, 6, 1});
}
