// SPDX-License-Identifier: MIT
// 智能组版 on the six seed stories and an empty 对开 page: the hard rules asserted on the applied
// result with the engine's own overlap model and the export's flow.
#include "unit/autolayout/autolayout_fixture.h"
#include "unit/autolayout/random_sets.h"

#include "layout/check/checker.h"
#include "layout/page/layout_session.h"
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

/// Findings of `rule` on the document by the preflight (images probed from samples/).
size_t findings(const model::Document& doc, const std::string& rule) {
    fonts::FontRegistry registry;
    page::LayoutSession session(registry);
    auto layout = session.layout(doc);
    if (!layout) FAIL(layout.error());
    check::Checker checker(&registry);
    checker.setDocumentDir(std::string(BM_SOURCE_DIR) + "/samples");
    const auto result = checker.check(doc, **layout);
    return static_cast<size_t>(std::count_if(result.findings.begin(), result.findings.end(),
                                             [&](const auto& f) { return f.rule == rule; }));
}

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
        // So the page's fill as the desk counts it (separator lines are where rules print) is
        // whole; the modules alone leave the separator lines.
        CHECK(c.fill.ratio() == Approx(1.0));
        CHECK(c.fill.moduleRatio() < 1.0);
        CHECK(c.fill.moduleCells + c.fill.separatorCells == c.fill.freeCells);
        CHECK(c.fill.emptyColumnLines >= 0);
        // The page the relayout check verified comes back for previews: the same frames.
        REQUIRE(c.verified);
        CHECK(c.verified->pages[0].articleFrames == out.pages[0].articleFrames);
        // The speech leads: top-left (Chinese pages read from there), widest, biggest headline.
        const auto lead = std::find_if(c.modules.begin(), c.modules.end(),
                                       [](const auto& m) { return m.articleId == "speech"; });
        REQUIRE(lead != c.modules.end());
        CHECK(lead->area.line == result->freeArea.line);
        CHECK(lead->area.column == result->freeArea.column);
        for (const auto& m : c.modules) {
            if (m.articleId == "speech") continue;
            CHECK(m.area.span <= lead->area.span);
            CHECK(m.headlineSize < lead->headlineSize);
        }
        // Photos stay with their stories: inside the story's module, under its headline (which
        // spans the photo and the text), never at the module's foot.
        int photos = 0;
        for (const auto& m : c.modules) {
            if (m.photoId.empty()) continue;
            ++photos;
            INFO(m.photoId);
            CHECK(m.frame == m.area);
            CHECK(m.photo.line == m.frame.line + m.headlineLines);
            CHECK(m.photo.column >= m.area.column);
            CHECK(m.photo.column + m.photo.span <= m.area.column + m.area.span);
            CHECK(m.photo.line + m.photo.lines < m.area.line + m.area.lines);
            // In the real flow: every headline line above the photo, body text below or beside.
            const Length photoTop = model::lineTop(out.pages[0], m.photo.line);
            for (const auto& line : flowOf(out, m.articleId).lines)
                if (line.role == "kicker" || line.role == "headline" ||
                    line.role == "subheadline" || line.role == "byline")
                    CHECK(line.baseline < photoTop);
        }
        CHECK(photos == 2);
        expectRules(out, c);
        // Effective resolution ≥ 200 ppi (the plant's limit), by the preflight itself.
        CHECK(findings(out, "IMG-PPI-LOW") == 0);
    }
}

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: the candidates are different layouts",
                 "[autolayout]") {
    // Five thumbnails that differ only in the order of two briefs are one choice, not five
    // (§3.7: every pair of candidates owns ≥ 20 % of the cells differently).
    const model::Document doc = emptyPage();
    auto request = seedRequest(doc);
    request.budget = autolayout::Request{}.budget;  // the CLI's and the dialog's search
    auto result = autolayout::propose(doc, 0, request, cache);
    REQUIRE(result);
    REQUIRE(result->candidates.size() == 5);
    const auto& cs = result->candidates;
    for (size_t i = 0; i < cs.size(); ++i)
        for (size_t j = i + 1; j < cs.size(); ++j) {
            INFO(cs[i].structure << " vs " << cs[j].structure);
            CHECK(disagreement(cs[i], cs[j], result->freeCells) >= 0.2);
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

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: bad requests", "[autolayout]") {
    const model::Document doc = emptyPage();
    autolayout::Request r;
    r.articles = {{"no-such-story", 1, "", std::nullopt}};
    auto unknown = autolayout::propose(doc, 0, r, cache);
    REQUIRE(!unknown);
    CHECK(unknown.error() == "unknown article \"no-such-story\"");
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

TEST_CASE_METHOD(AutoLayoutFixture, "autolayout: a lead narrower than the page goes top-left",
                 "[autolayout]") {
    // The seed stories put the speech across all 8 栏, where the corner is never in question.
    // This set of 8 (the benchmark's random set 2) leads with a 4-栏 story, which fits as well
    // at the top right: only the reading order (Chinese pages read from the top left) decides.
    auto [doc, request] = bm::testing::randomSet(emptyPage(), 8, 2);
    request.budget = 600;
    auto result = autolayout::propose(doc, 0, request, cache);
    if (!result) FAIL(result.error());
    INFO(result->diagnostic);
    REQUIRE(!result->candidates.empty());
    bool leftSoFar = true;
    for (size_t i = 0; i < result->candidates.size(); ++i) {
        const auto& c = result->candidates[i];
        INFO("candidate " << i + 1 << ": " << c.structure);
        const auto lead = std::find_if(c.modules.begin(), c.modules.end(),
                                       [](const auto& m) { return m.priority == 1; });
        REQUIRE(lead != c.modules.end());
        CHECK(lead->area.line == result->freeArea.line);
        const bool left = lead->area.column == result->freeArea.column;
        if (i == 0) {
            CHECK(lead->area.span < result->freeArea.span);  // the corner is a real choice
            CHECK(left);
        }
        // A lead elsewhere never ranks above a top-left one.
        if (left) CHECK(leftSoFar);
        leftSoFar = leftSoFar && left;
    }
}
