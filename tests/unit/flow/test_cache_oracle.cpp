// SPDX-License-Identifier: MIT
// The oracle of the incremental relayout: after every kind of edit (and its undo and redo), a
// LayoutSession that reuses its caches (per-article flows, measured paragraphs, shaped runs)
// gives exactly the display lists, lines, frames and fits of a fresh session on the same
// document. A cache key that leaves out part of its input fails here.
#include <catch2/catch.hpp>

#include "layout/page/layout_diff.h"
#include "layout/page/layout_session.h"
#include "unit/model/edit_cases.h"

using namespace bm;

namespace {

fonts::FontRegistry& registry() {
    static fonts::FontRegistry r;
    return r;
}

std::shared_ptr<const page::DocumentLayout> layoutWith(page::LayoutSession& session,
                                                       const model::Document& doc) {
    auto r = session.layout(doc);
    if (!r) FAIL(r.error());
    return *r;
}

std::shared_ptr<const page::DocumentLayout> fresh(const model::Document& doc) {
    page::LayoutSession session(registry());
    return layoutWith(session, doc);
}

}  // namespace

TEST_CASE(
    "oracle: after every edit kind, undo and redo, the incremental relayout equals a fresh one",
    "[flow][oracle]") {
    const model::Document base = model::test::seedEditBase();
    const auto freshBase = fresh(base);
    // One session through all the edits, as in the editor: its caches hold every earlier state.
    page::LayoutSession session(registry());
    model::Document doc = base;
    (void)layoutWith(session, doc);
    int changedLayout = 0;
    for (const auto& [name, edit] : model::test::everyEditKind()) {
        INFO(name);
        auto applied = model::applyEdit(doc, edit);
        REQUIRE(applied.ok());
        const auto expected = fresh(doc);
        CHECK(page::layoutDifference(*layoutWith(session, doc), *expected) == "");
        if (!(*expected == *freshBase)) ++changedLayout;
        auto undone = model::applyEdit(doc, applied->inverse);
        REQUIRE(undone.ok());
        CHECK(page::layoutDifference(*layoutWith(session, doc), *freshBase) == "");
        auto redone = model::applyEdit(doc, undone->inverse);
        REQUIRE(redone.ok());
        CHECK(page::layoutDifference(*layoutWith(session, doc), *expected) == "");
        REQUIRE(model::applyEdit(doc, redone->inverse).ok());
    }
    // The oracle is not vacuous: nearly every edit changes what is printed (not: adding an
    // unplaced article, locking, the checker's settings).
    CHECK(changedLayout >= static_cast<int>(model::test::everyEditKind().size()) - 4);
}

namespace {

const page::PlacedLine* lineWithRole(const page::DocumentLayout& l, const std::string& frameId,
                                     const std::string& role) {
    for (const auto& line : l.pages[0].lines)
        if (line.frameId == frameId && line.role == role) return &line;
    return nullptr;
}

// Size of the glyph run that sets the line's text on its baseline.
Length runSizeOf(const page::DocumentLayout& l, const page::PlacedLine& line) {
    for (const auto& item : l.pages[0].display.items) {
        const auto* run = std::get_if<page::GlyphRun>(&item);
        if (!run || run->positions.empty() || run->positions[0].y != line.baseline) continue;
        std::u16string text;
        for (const auto& t : run->text) text += t;
        if (text == line.text) return run->size;
    }
    return 0;
}

}  // namespace

TEST_CASE(
    "a photo credit with the text of an article's credit leaves the article's credit at "
    "the body size",
    "[flow][oracle]") {
    // The article's own-line credit is set at the body grid's size (9 pt), a photo credit at the
    // caption credit's (7.875 pt); with the same text they once shared a cache entry, and the
    // article's credit came out at 7.875 pt.
    model::Document doc = model::test::seedEditBase();
    const auto before = fresh(doc);
    const model::Article* tree = doc.article("tree-warming");
    REQUIRE(tree);
    REQUIRE(!tree->credit.empty());
    REQUIRE_FALSE(tree->creditRunIn);
    for (auto& img : doc.pages[0].images)
        if (img.id == "img-tree-warming") img.credit = tree->credit;
    const auto after = fresh(doc);
    const page::PlacedLine* was = lineWithRole(*before, "f-tree-warming", "credit");
    const page::PlacedLine* is = lineWithRole(*after, "f-tree-warming", "credit");
    REQUIRE(was);
    REQUIRE(is);
    CHECK(is->width == was->width);
    CHECK(is->x == was->x);
    CHECK(runSizeOf(*after, *is) == doc.pages[0].grid.bodySize);
}
