// SPDX-License-Identifier: MIT
// Reversible edits: every kind applied and undone gives the original document back exactly;
// invalid edits leave the document untouched.
#include <catch2/catch.hpp>

#include "edit_cases.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/model/validate.h"
#include "model_fixtures.h"

using namespace bm::model;
using namespace bm::model::test;

namespace {

const Document& base() { return seedEditBase(); }

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

Article articleWithId(const std::string& id) {
    Article a;
    a.id = id;
    return a;
}

ImageFrame imageWithId(const std::string& id) {
    ImageFrame im;
    im.id = id;
    return im;
}

}  // namespace

TEST_CASE("every edit kind is undone exactly by its inverse", "[model][edit]") {
    const std::vector<EditCase> edits = everyEditKind();
    // Every alternative of Edit appears at least once.
    std::vector<bool> seen(std::variant_size_v<Edit>, false);
    for (const auto& [name, edit] : edits) seen[edit.index()] = true;
    for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i]);

    for (const auto& [name, edit] : edits) {
        INFO(name);
        Document doc = base();
        auto applied = applyEdit(doc, edit);
        INFO((applied.ok() ? "" : applied.error()));
        REQUIRE(applied.ok());
        CHECK(doc != base());
        // The edited document is valid: it saves and loads again.
        INFO((validateDocument(doc).empty() ? "" : validateDocument(doc).front()));
        CHECK(validateDocument(doc).empty());
        const Document edited = doc;
        auto undone = applyEdit(doc, applied->inverse);
        REQUIRE(undone.ok());
        CHECK(doc == base());
        // Redo: the inverse of the inverse reproduces the edit.
        auto redone = applyEdit(doc, undone->inverse);
        REQUIRE(redone.ok());
        CHECK(doc == edited);
        // Check settings change no layout.
        if (!std::holds_alternative<SetCheckSettings>(edit))
            CHECK((applied->touchedArticles.size() + applied->touchedPages.size()) > 0);
    }
}

TEST_CASE("ReplaceText moves tracking ranges with the text and refuses stale fixes",
          "[model][edit]") {
    Document doc = base();
    REQUIRE(applyEdit(doc, SetParagraphs{"speech",
                                         {u"今天,我们出发。大家好。"},
                                         std::vector<int>{},
                                         std::vector<TrackingRange>{{0, 8, 11, -50}}})
                .ok());
    const Document before = doc;
    // "今天,我们" → "今天，我们" keeps the length; deleting "今" shifts the range left by one.
    auto r = applyEdit(doc, ReplaceText{{"speech", "", "", "paragraphs", 0},
                                        {{0, 1, u"今", u""}, {2, 3, u",", u"，"}}});
    REQUIRE(r.ok());
    CHECK(doc.article("speech")->paragraphs[0] == u"天，我们出发。大家好。");
    CHECK(doc.article("speech")->tracking == std::vector<TrackingRange>{{0, 7, 10, -50}});
    REQUIRE(applyEdit(doc, r->inverse).ok());
    CHECK(doc == before);
    // The text no longer holds what the fix expects: refused, nothing changed.
    auto stale =
        applyEdit(doc, ReplaceText{{"speech", "", "", "paragraphs", 0}, {{2, 3, u"。", u"，"}}});
    CHECK_FALSE(stale.ok());
    CHECK(doc == before);
    CHECK_FALSE(applyEdit(doc, ReplaceText{{"speech", "", "", "paragraphs", 0},
                                           {{0, 2, u"今天", u"x"}, {1, 3, u"天,", u"y"}}})
                    .ok());
    CHECK_FALSE(applyEdit(doc, SetCheckSettings{CheckSettings{"", "", {{"xyz", "R", ""}}}}).ok());
}

TEST_CASE("the whole-frame resize stretches the edges of an L shape", "[model][edit]") {
    Document doc = base();
    // f-library-books: rects (5,3,42,12) and (6,2,54,10); bounding box (5,3,42,22).
    REQUIRE(applyEdit(doc, ResizeFrame{"p1", "f-library-books", -1, GridRect{4, 4, 40, 30}}).ok());
    const auto& rects = doc.pages[0].articleFrames[2].rects;
    CHECK(rects[0].area == GridRect{4, 4, 40, 12});  // right edge moved; top-left moved
    CHECK(rects[1].area == GridRect{5, 3, 52, 18});  // right and bottom edges moved
}

TEST_CASE("invalid edits fail and leave the document unchanged", "[model][edit]") {
    const std::vector<std::tuple<const char*, Edit, const char*>> bad = {
        {"unknown page", PlaceArticle{"nope", {"f", "speech", 5, {rect(0, 1, 0, 1)}}},
         "unknown page id \"nope\""},
        {"unknown article", PlaceArticle{"p1", {"f", "nope", 0, {rect(0, 1, 0, 1)}}},
         "unknown article id \"nope\""},
        {"duplicate frame id", PlaceArticle{"p1", {"f-speech", "speech", 5, {rect(0, 1, 0, 1)}}},
         "duplicate id \"f-speech\""},
        {"duplicate sequence", PlaceArticle{"p1", {"f", "speech", 0, {rect(0, 1, 0, 1)}}},
         "duplicate sequence 0"},
        {"bad index", PlaceArticle{"p1", {"f", "speech", 3, {rect(0, 1, 0, 1)}}, 99},
         "index: expected -1 or 0 to 6, got 99"},
        {"unknown frame", RemoveFrame{"p1", "nope"}, "unknown frame id \"nope\" on page \"p1\""},
        {"frame on another page", RemoveFrame{"p2", "f-speech"}, "unknown frame id \"f-speech\""},
        {"move off the grid", MoveFrame{"p1", "f-speech", -1, GridRect{4, 0, 0, 0}},
         "expected column + span <= 8"},
        {"move below the grid", MoveFrame{"p1", "f-speech", 0, GridRect{0, 0, 50, 0}},
         "expected line + lines <= 103"},
        {"bad rect index", MoveFrame{"p1", "f-speech", 1, GridRect{}},
         "rectIndex: expected -1 (whole frame) or 0 to 0"},
        {"resize to nothing", ResizeFrame{"p1", "f-speech", 0, GridRect{0, 0, 0, 5}},
         "expected a positive span, got 0"},
        {"absurd move", MoveFrame{"p1", "f-speech", -1, GridRect{2147483647, 0, 0, 0}},
         "far outside"},
        {"absurd rect move", MoveFrame{"p1", "f-speech", 0, GridRect{0, 0, 2147483647, 0}},
         "expected line from 0 to 102"},
        {"absurd resize", ResizeFrame{"p1", "f-library-books", -1, GridRect{0, 2147483647, 0, 1}},
         "far outside"},
        {"absurd span", ResizeFrame{"p1", "f-speech", 0, GridRect{3, 2147483647, 0, 1}},
         "expected column + span <= 8"},
        {"no rects", SetFrameRects{"p1", "f-speech", {}}, "expected at least one rect"},
        {"zero text columns", SetTextColumns{"p1", "f-speech", 0, 0, std::nullopt},
         "textColumns: expected a positive integer, got 0"},
        {"measure too large", SetTextColumns{"p1", "f-speech", 0, 4, 30000},
         "measureEm: expected at most"},
        {"unknown field", SetArticleText{"speech", "title", u"x"}, "field: expected one of"},
        {"text of unknown article", SetArticleText{"nope", "headline", u"x"},
         "unknown article id \"nope\""},
        {"bad flush index", SetParagraphs{"speech", {u"a"}, std::vector<int>{3}, std::nullopt},
         "flushParagraphs[0]: expected a paragraph index from 0 to 0, got 3"},
        {"duplicate article", AddArticle{articleWithId("speech")},
         "duplicate article id \"speech\""},
        {"remove unknown article", RemoveArticle{"nope"}, "unknown article id"},
        {"bad style", SetStyle{"body", Style{FontRole::Song, "", false, 2000000}},
         "size: expected a font size above 0 and at most 1000 pt"},
        {"body off the grid", SetStyle{"body", Style{FontRole::Song, "", false, 10500}},
         "styles.body.size: expected the body size of the grid of page \"p1\" (9 pt; body text is "
         "set one line per grid line), got 10.5 pt"},
        {"bad style preset",
         SetStyle{"body", Style{FontRole::Song, "", false, 9000, Align::Left, "x"}},
         "preset: expected one of"},
        {"remove style in use", RemoveStyle{"headline"},
         "style \"headline\" is used by label \"label-banner\""},
        {"bad tracking", SetTracking{"speech", {{0, 5, 2, 0}}}, "expected 0 <= begin < end"},
        {"duplicate page", AddPage{duikai8Template("p1", 1)}, "page.id: duplicate id \"p1\""},
        {"page with a frame id in use", AddPage{[] {
             Page p = duikai8Template("p7", 7);
             p.images.push_back(imageWithId("f-speech"));
             return p;
         }()},
         "duplicate id \"f-speech\""},
        {"page too large", AddPage{[] {
             Page p = duikai8Template("p7", 7);
             p.height = 6000000;
             return p;
         }()},
         "page.height: expected a page size above 0 and at most 2000 mm"},
        {"remove unknown page", RemovePage{"nope"}, "unknown page id"},
        {"image off the grid", MoveImage{"p1", "img-job-fair", GridRect{7, 2, 0, 5}},
         "expected column + span <= 8"},
        {"image caption too tall", MoveImage{"p1", "img-job-fair", GridRect{5, 3, 0, 2}},
         "captionLines: expected 0 to 1"},
        {"image id in use", AddImage{"p1", imageWithId("f-speech")},
         "duplicate frame id \"f-speech\""},
        {"remove unknown image", RemoveImage{"p1", "nope"}, "unknown image id"},
        {"batch with a bad step",
         Batch{{MoveFrame{"p1", "f-speech", -1, GridRect{1, 0, 4, 0}}, RemovePage{"p1"},
                RemoveFrame{"p1", "nope"}}},
         "step 3 of 3 (Remove frame): unknown page id \"p1\""},
        {"nested batch with a bad step",
         Batch{{MoveFrame{"p1", "f-speech", -1, GridRect{1, 0, 4, 0}},
                Batch{{SetStyle{"box", Style{}}, RemovePage{"p2"}, RemoveImage{"p1", "nope"}}}}},
         "step 2 of 2 (Edit): step 3 of 3 (Remove image): unknown image id"},
    };
    for (const auto& [name, edit, expected] : bad) {
        INFO(name);
        Document doc = base();
        auto r = applyEdit(doc, edit);
        REQUIRE_FALSE(r.ok());
        CHECK_THAT(r.error(), Catch::Contains(expected));
        CHECK(doc == base());
    }
}

TEST_CASE("touched ids follow the article's chain across pages", "[model][edit]") {
    Document doc = base();
    auto r = applyEdit(doc, SetArticleText{"platform-economy", "headline", u"新"});
    REQUIRE(r.ok());
    CHECK(r->touchedArticles == std::vector<std::string>{"platform-economy"});
    CHECK(r->touchedPages == std::vector<std::string>{"p1", "p2"});

    auto m = applyEdit(doc, MoveImage{"p1", "img-job-fair", GridRect{5, 3, 0, 22}});
    REQUIRE(m.ok());
    CHECK(contains(m->touchedPages, "p1"));
    CHECK(contains(m->touchedPages, "p2"));  // platform-economy continues there
    CHECK(contains(m->touchedArticles, "job-fair"));

    auto s = applyEdit(doc, SetStyle{"body", Style{}});
    REQUIRE(s.ok());
    CHECK(s->touchedArticles.size() == 6);
    CHECK(s->touchedPages.size() == 2);

    auto a = applyEdit(doc, AddArticle{extraArticle()});
    REQUIRE(a.ok());
    CHECK(a->touchedArticles == std::vector<std::string>{"extra"});
    CHECK(a->touchedPages.empty());
}

TEST_CASE("SetParagraphs maps marks through the edit; ranges of deleted text go", "[model][edit]") {
    Document doc = base();
    // speech: flush {0}, tracking {3, 0, 12}. Two short paragraphs replace it: the salutation
    // survives (shortened), the text of paragraph 3 is gone and its range with it.
    REQUIRE(
        applyEdit(doc, SetParagraphs{"speech", {u"各位：", u"短。"}, std::nullopt, std::nullopt})
            .ok());
    const Article& a = *doc.article("speech");
    CHECK(a.flushParagraphs == std::vector<int>{0});
    CHECK(a.tracking.empty());
}

TEST_CASE("successive moves of one frame merge; other edits do not", "[model][edit]") {
    const Edit m1 = MoveFrame{"p1", "f", -1, GridRect{1, 0, 1, 0}};
    const Edit m2 = MoveFrame{"p1", "f", -1, GridRect{2, 0, 2, 0}};
    const Edit r1 = ResizeFrame{"p1", "f", 0, GridRect{0, 2, 0, 2}};
    const Edit r2 = ResizeFrame{"p1", "f", 0, GridRect{0, 3, 0, 3}};
    CHECK(mergeable(m1, m2));
    CHECK(mergeable(r1, r2));
    CHECK_FALSE(mergeable(m1, r1));
    CHECK_FALSE(mergeable(m1, MoveFrame{"p1", "g", -1, GridRect{}}));
    CHECK_FALSE(mergeable(m1, MoveFrame{"p2", "f", -1, GridRect{}}));
    CHECK_FALSE(mergeable(m1, MoveFrame{"p1", "f", 0, GridRect{}}));
    CHECK_FALSE(mergeable(RemoveFrame{"p1", "f"}, RemoveFrame{"p1", "f"}));
    // Whole-frame resizes depend on the shape in between (see edit.h).
    CHECK_FALSE(
        mergeable(ResizeFrame{"p1", "f", -1, GridRect{}}, ResizeFrame{"p1", "f", -1, GridRect{}}));

    // A merged drag (first inverse, last forward) is still undone exactly.
    for (const auto& [a, b] :
         {std::pair<Edit, Edit>{MoveFrame{"p1", "f-library-books", -1, GridRect{4, 0, 40, 0}},
                                MoveFrame{"p1", "f-library-books", -1, GridRect{3, 0, 45, 0}}},
          std::pair<Edit, Edit>{ResizeFrame{"p1", "f-library-books", 1, GridRect{5, 3, 54, 8}},
                                ResizeFrame{"p1", "f-library-books", 1, GridRect{6, 2, 54, 9}}}}) {
        REQUIRE(mergeable(a, b));
        Document doc = base();
        auto first = applyEdit(doc, a);
        REQUIRE(first.ok());
        REQUIRE(applyEdit(doc, b).ok());
        const Document afterDrag = doc;
        REQUIRE(applyEdit(doc, first->inverse).ok());  // undo of the merged command
        CHECK(doc == base());
        REQUIRE(applyEdit(doc, b).ok());  // redo of the merged command
        CHECK(doc == afterDrag);
    }
}

TEST_CASE("edit labels name the operation", "[model][edit]") {
    CHECK(editLabel(MoveFrame{}) == "Move frame");
    CHECK(editLabel(SetArticleText{"a", "headline", u""}) == "Edit headline");
    CHECK(editLabel(Batch{}) == "Edit");
}
