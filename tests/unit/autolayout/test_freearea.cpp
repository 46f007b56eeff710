// SPDX-License-Identifier: MIT
// 智能组版 around fixed items (autolayout.md §3.3): the free area cut into rectangles along
// lines that cross no item, the stories partitioned among them, and every candidate still
// without overlap (the fixed items included) and without overset.
#include "unit/autolayout/autolayout_fixture.h"

#include <set>

#include "layout/autolayout/freearea.h"
#include "layout/place/fit.h"

using namespace bm;
using bm::testing::AutoLayoutFixture;

namespace {

int cells(const model::GridRect& r) { return r.span * r.lines; }

bool inside(const model::GridRect& a, const model::GridRect& b) {
    return a.column >= b.column && a.column + a.span <= b.column + b.span && a.line >= b.line &&
           a.line + a.lines <= b.line + b.lines;
}

struct FreeAreaFixture : AutoLayoutFixture {
    /// The seed page without frames and rules, its label 稳进新好 (2 栏 × 16 lines) kept.
    model::Document withLabel() const {
        model::Document d = cleared();
        d.pages[0].rules.clear();
        return d;
    }

    /// The label moved to a corner: left or right, top or bottom.
    model::Document labelAt(bool right, bool bottom) const {
        model::Document d = withLabel();
        auto& label = d.pages[0].labels.at(0).area;
        label.column = right ? d.pages[0].grid.columns - label.span : 0;
        label.line = bottom ? model::gridLines(d.pages[0]) - label.lines : 0;
        return d;
    }

    /// Proposes for the seed stories and checks what an editor relies on in every candidate.
    void expectCandidates(const model::Document& doc) {
        const auto request = seedRequest(doc);
        auto result = autolayout::propose(doc, 0, request, cache);
        if (!result) FAIL(result.error());
        INFO(result->diagnostic);
        REQUIRE(!result->candidates.empty());
        for (const auto& c : result->candidates) {
            INFO(c.structure);
            model::Document out = doc;
            auto a = model::applyEdit(out, model::Batch{autolayout::toEdits(doc, 0, c)});
            REQUIRE(a);
            // No overlap with each other or with the fixed items (the label, the ad).
            CHECK(overlaps(out) == 0);
            for (const auto& m : c.modules) {
                INFO(m.articleId);
                CHECK(flowOf(out, m.articleId).oversetLines == 0);
                auto fit = place::copyFit(out, m.articleId, cache);
                REQUIRE(fit);
                CHECK(fit->fits());
            }
            // Modules and separator lines cover exactly the free cells.
            int covered = 0;
            for (const auto& m : c.modules) covered += cells(m.area);
            for (const auto& g : c.gaps) covered += cells(g);
            CHECK(covered == result->freeCells);
            CHECK(c.fill.ratio() == Approx(1.0));
            // The lead on top.
            const auto lead = std::find_if(c.modules.begin(), c.modules.end(),
                                           [](const auto& m) { return m.articleId == "speech"; });
            REQUIRE(lead != c.modules.end());
            CHECK(lead->area.line == result->freeArea.line);
            expectRules(out, c);
        }
    }
};

}  // namespace

TEST_CASE_METHOD(FreeAreaFixture, "free area: a corner label gives two decompositions",
                 "[autolayout]") {
    const model::Document doc = withLabel();
    const auto& page = doc.pages[0];
    auto free = autolayout::freeArea(doc, page, seedRequest(doc), 1);
    if (!free) FAIL(free.error());
    const auto& b = free->bounds;
    const auto& label = page.labels.at(0).area;  // columns 7–8, lines 1–16
    CHECK(free->freeCells == cells(b) - cells(label));
    REQUIRE(free->decompositions.size() == 2);
    for (const auto& d : free->decompositions) {
        int covered = 0;
        for (const auto& r : d.rects) {
            CHECK(inside(r, b));
            CHECK(!(r.column < label.column + label.span && label.column < r.column + r.span &&
                    r.line < label.line + label.lines && label.line < r.line + r.lines));
            covered += cells(r);
        }
        for (const auto& g : d.gaps) covered += cells(g);
        CHECK(covered == free->freeCells);
    }
    // Cut at the label's left edge: 6 栏 full height beside a 2 栏 column below the label and a
    // separator line. Cut at its foot: 6 栏 beside the label over the full width below it.
    const int x = label.column, y = label.line + label.lines;
    using R = model::GridRect;
    const std::vector<R> left = {{b.column, x - b.column, b.line, b.lines},
                                 {x, b.column + b.span - x, y + 1, b.line + b.lines - y - 1}};
    const std::vector<R> foot = {{b.column, x - b.column, b.line, y - b.line},
                                 {b.column, b.span, y + 1, b.line + b.lines - y - 1}};
    const auto& d0 = free->decompositions[0].rects;
    const auto& d1 = free->decompositions[1].rects;
    CHECK(((d0 == left && d1 == foot) || (d0 == foot && d1 == left)));
}

TEST_CASE_METHOD(FreeAreaFixture, "free area: the seed stories around the seed page's label",
                 "[autolayout]") {
    expectCandidates(withLabel());
}

TEST_CASE_METHOD(FreeAreaFixture, "free area: beside the label the candidates differ",
                 "[autolayout]") {
    // The candidates beside the corner label put different stories in the strip under it
    // (not only the same three in another order), and no two look nearly alike.
    const model::Document doc = withLabel();
    auto request = seedRequest(doc);
    request.budget = autolayout::Request{}.budget;  // the CLI's and the dialog's search
    auto result = autolayout::propose(doc, 0, request, cache);
    REQUIRE(result);
    REQUIRE(result->candidates.size() >= 3);
    const int strip = doc.pages[0].labels.at(0).area.column;
    std::set<std::set<std::string>> strips;
    for (const auto& c : result->candidates) {
        std::set<std::string> in;
        for (const auto& m : c.modules)
            if (m.area.column >= strip) in.insert(m.articleId);
        strips.insert(in);
    }
    CHECK(strips.size() >= 2);
    const auto& cs = result->candidates;
    for (size_t i = 0; i < cs.size(); ++i)
        for (size_t j = i + 1; j < cs.size(); ++j) {
            INFO(cs[i].structure << " vs " << cs[j].structure);
            CHECK(disagreement(cs[i], cs[j], result->freeCells) >= 0.1);
        }
}

TEST_CASE_METHOD(FreeAreaFixture, "free area: a label in each corner", "[autolayout]") {
    for (const bool right : {false, true})
        for (const bool bottom : {false, true}) {
            INFO("right " << right << ", bottom " << bottom);
            expectCandidates(labelAt(right, bottom));
        }
}

TEST_CASE_METHOD(FreeAreaFixture, "free area: an ad across the foot and the corner label",
                 "[autolayout]") {
    model::Document doc = withLabel();
    auto& page = doc.pages[0];
    model::ImageFrame ad;
    ad.id = "ad-foot";
    ad.area = {0, page.grid.columns, model::gridLines(page) - 12, 12};
    ad.captionLines = 0;
    page.images.push_back(ad);
    expectCandidates(doc);
}

TEST_CASE_METHOD(FreeAreaFixture,
                 "free area: the seed page without its frames keeps no rule across a new story",
                 "[autolayout]") {
    const model::Document doc = cleared();  // the label and the old stories' rules kept
    REQUIRE(!doc.pages[0].rules.empty());
    expectCandidates(doc);  // overlaps() counts a rule crossing a frame
    auto result = autolayout::propose(doc, 0, seedRequest(doc), cache);
    REQUIRE(result);
    REQUIRE(!result->candidates.empty());
    const auto& c = result->candidates.front();
    model::Document out = doc;
    REQUIRE(model::applyEdit(out, model::Batch{autolayout::toEdits(doc, 0, c)}));
    // A rule along every separator line and between side-by-side modules, where a page
    // editor would draw them, and the old stories' rules gone from the new layout's area.
    expectRules(out, c);
    for (const auto& r : out.pages[0].rules) CHECK(r.id.rfind("rule-auto-", 0) == 0);
}

TEST_CASE_METHOD(FreeAreaFixture,
                 "free area: a pinwheel of fixed items is refused, naming the items",
                 "[autolayout]") {
    // Four labels around the page like the blades of a pinwheel, with white channels between
    // them: every column boundary and every grid line at one of their edges runs through
    // another of them, so no straight cut divides the free area into rectangles (§3.3).
    model::Document doc = emptyPage();
    auto& page = doc.pages[0];
    page.images.clear();  // the photos stood where the blades go
    const int lines = model::gridLines(page);
    auto label = [&](const char* id, int column, int span, int line, int count) {
        model::LabelFrame l;
        l.id = id;
        l.area = {column, span, line, count};
        l.text = u"固定";
        page.labels.push_back(l);
    };
    label("blade-top", 0, 5, 0, lines / 4);
    label("blade-right", 6, 2, 0, 5 * lines / 8);
    label("blade-bottom", 3, 5, 3 * lines / 4, lines - 3 * lines / 4);
    label("blade-left", 0, 2, 3 * lines / 8, lines - 3 * lines / 8);
    REQUIRE(overlaps(doc) == 0);
    auto result = autolayout::propose(doc, 0, seedRequest(doc), cache);
    REQUIRE(!result);
    INFO(result.error());
    CHECK(result.error().find("pinwheel") != std::string::npos);
    for (const char* id : {"blade-top", "blade-right", "blade-bottom", "blade-left"})
        CHECK(result.error().find(std::string("label ") + id) != std::string::npos);
    // One blade moved off the pinwheel (no longer beside the top one): straight cuts again.
    page.labels[1].area.line = lines / 4;
    page.labels[1].area.lines = lines / 8;
    CHECK(autolayout::freeArea(doc, page, seedRequest(doc), 1));
}
