// SPDX-License-Identifier: MIT
// A story's own 主题 type (issue 9): size, font role and 长/扁 width set on one article change
// that article's headline only — a 26 pt lead and the document's headline style share a page —
// and a 长 headline is set and drawn narrower at the same height, in every renderer's input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/flow/headline_block.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"

using namespace bm;

namespace {

struct SeedPage {
    fonts::FontRegistry registry;
    model::Document doc;
    SeedPage() {
        auto d = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
        if (!d) FAIL(d.error());
        doc = std::move(*d);
    }
    std::shared_ptr<const page::DocumentLayout> layout() {
        page::LayoutSession session(registry);
        auto r = session.layout(doc);
        if (!r) FAIL(r.error());
        return *r;
    }
};

std::vector<page::PlacedLine> linesOf(const page::DocumentLayout& l, const std::string& article,
                                      const std::string& role) {
    std::vector<page::PlacedLine> out;
    for (const auto& p : l.pages)
        for (const auto& line : p.lines)
            if (line.articleId == article && line.role == role) out.push_back(line);
    return out;
}

/// The glyph runs drawn on `line`'s baseline inside its box.
std::vector<page::GlyphRun> runsOn(const page::DocumentLayout& l, const page::PlacedLine& line) {
    std::vector<page::GlyphRun> out;
    for (const auto& item : l.pages[0].display.items)
        if (const auto* r = std::get_if<page::GlyphRun>(&item))
            if (!r->positions.empty() && r->positions[0].y == line.baseline &&
                r->positions[0].x >= line.x - 1 && r->positions[0].x <= line.x + line.width + 1)
                out.push_back(*r);
    return out;
}

}  // namespace

TEST_CASE("one story's headline size and font leave the others in the document style",
          "[flow][headline]") {
    SeedPage s;
    const Length docSize = s.doc.style("headline").size;
    REQUIRE(docSize != 26000);
    REQUIRE(model::applyEdit(
                s.doc, model::SetArticleHeadline{"job-fair", 26000, model::FontRole::Kai, 100})
                .ok());
    const auto l = s.layout();
    const auto jobFair = linesOf(*l, "job-fair", "headline");
    const auto speech = linesOf(*l, "speech", "headline");
    REQUIRE(!jobFair.empty());
    REQUIRE(!speech.empty());
    const auto jobRuns = runsOn(*l, jobFair[0]);
    const auto speechRuns = runsOn(*l, speech[0]);
    REQUIRE(!jobRuns.empty());
    REQUIRE(!speechRuns.empty());
    CHECK(jobRuns[0].size == 26000);
    CHECK(speechRuns[0].size == docSize);
    // 楷体: another face than the document's headline (黑体) face.
    CHECK(jobRuns[0].face != speechRuns[0].face);
}

TEST_CASE("a 长 headline is set narrower at the same height, and drawn scaled",
          "[flow][headline]") {
    SeedPage plain;
    const auto before = plain.layout();
    SeedPage narrow;
    const model::Article* a = narrow.doc.article("speech");
    REQUIRE(model::applyEdit(narrow.doc, model::SetArticleHeadline{"speech", a->headlineSize,
                                                                   a->headlineFont, 80})
                .ok());
    const auto after = narrow.layout();
    const auto was = linesOf(*before, "speech", "headline");
    const auto is = linesOf(*after, "speech", "headline");
    REQUIRE(was.size() == is.size());
    REQUIRE(!is.empty());
    for (size_t i = 0; i < is.size(); ++i) {
        CHECK(is[i].text == was[i].text);
        CHECK(is[i].baseline == was[i].baseline);  // same height, same line pitch
        // 80 % of the width (the compression of punctuation scales with it).
        CHECK(std::abs(is[i].width * 100 - was[i].width * 80) <= was[i].width);
    }
    const auto runs = runsOn(*after, is[0]);
    REQUIRE(!runs.empty());
    CHECK(runs[0].widthPercent == 80);
    CHECK(runs[0].size == runsOn(*before, was[0])[0].size);
    // The body below does not move: the title block is as tall as before.
    const auto bodyWas = linesOf(*before, "speech", "body");
    const auto bodyIs = linesOf(*after, "speech", "body");
    REQUIRE(!bodyIs.empty());
    CHECK(bodyIs[0].baseline == bodyWas[0].baseline);
}

TEST_CASE("the headline spans the frame's columns it is given", "[flow][headline]") {
    SeedPage s;
    const auto before = s.layout();
    const auto full = linesOf(*before, "speech", "headline");
    REQUIRE(!full.empty());
    REQUIRE(model::applyEdit(s.doc,
                             model::SetFrameOptions{s.doc.pages[0].id, "f-speech", true, 3, true})
                .ok());
    const auto after = s.layout();
    const auto part = linesOf(*after, "speech", "headline");
    REQUIRE(!part.empty());
    // Set in half the width: more lines, each within 3 base columns of the frame's left edge.
    CHECK(part.size() > full.size());
    const Length three = model::columnsWidth(s.doc.pages[0], 3);
    for (const auto& l : part) CHECK(l.width <= three);
}

TEST_CASE(
    "标题占行: a story's title block takes the grid lines set, white centred; never less "
    "than its ink; saved and read back",
    "[flow][headline][v2]") {
    SeedPage s;
    const auto natural = linesOf(*s.layout(), "job-fair", "body");
    REQUIRE(!natural.empty());
    model::Article* a = s.doc.article("job-fair");
    // The natural block height, by the same block setter the flow uses.
    const model::Page& page = s.doc.pages[0];
    const auto frame = std::find_if(page.articleFrames.begin(), page.articleFrames.end(),
                                    [](const auto& f) { return f.articleId == "job-fair"; });
    REQUIRE(frame != page.articleFrames.end());
    flow::TextSetter setter(s.registry);
    const Length width = model::columnsWidth(page, frame->rects.front().area.span);
    auto block = flow::setHeadlineBlock(s.doc, *a, page, width, setter);
    REQUIRE(block);
    const int naturalLines = block->gridLines;

    // One more line of white: the body starts one grid line lower.
    REQUIRE(
        model::applyEdit(s.doc, model::SetArticleHeadline{"job-fair", a->headlineSize,
                                                          a->headlineFont, 100, naturalLines + 1}));
    const auto lower = linesOf(*s.layout(), "job-fair", "body");
    REQUIRE(!lower.empty());
    CHECK(lower.front().baseline - natural.front().baseline == page.grid.pitch());
    // Far fewer lines than the deck needs: the ink's height wins, the body is not overprinted.
    REQUIRE(model::applyEdit(
        s.doc, model::SetArticleHeadline{"job-fair", a->headlineSize, a->headlineFont, 100, 1}));
    auto tight = flow::setHeadlineBlock(s.doc, *s.doc.article("job-fair"), page, width, setter);
    REQUIRE(tight);
    CHECK(tight->gridLines >= naturalLines - 1);
    CHECK(tight->gridLines <= naturalLines);

    // Saved and read back.
    s.doc.article("job-fair")->headlineLines = naturalLines + 1;
    auto back = model::parseDocument(model::serializeDocument(s.doc), "round-trip");
    REQUIRE(back);
    CHECK(back->article("job-fair")->headlineLines == naturalLines + 1);
    CHECK(*back == s.doc);
}
