// SPDX-License-Identifier: MIT
// Copy, paste and duplicate: new ids, articles copied or (after a cut) reused, geometry kept on
// the target page, the clipboard's JSON a valid document, and one exact undo step.
#include <catch2/catch.hpp>

#include "layout/model/clipboard.h"
#include "layout/model/serialize.h"
#include "layout/model/validate.h"
#include "model_fixtures.h"

using namespace bm;
using namespace bm::model;

namespace {

const Document& seed() {
    static const Document doc = [] {
        auto articles = importSeedArticles(test::seedPath());
        REQUIRE(articles);
        return test::buildSeedDocument(*articles);
    }();
    return doc;
}

}  // namespace

TEST_CASE("copied objects paste on another page with new ids and a copied article",
          "[model][clipboard]") {
    Document doc = seed();
    const Document clip =
        copyObjects(doc, doc.pages[0], {"f-job-fair", "img-job-fair", "rule-1", "label-banner"});
    REQUIRE(clip.pages[0].articleFrames.size() == 1);
    REQUIRE(clip.articles.size() == 1);
    // Through the clipboard: JSON that loads as a document.
    auto back = parseDocument(serializeDocument(clip), "clipboard");
    INFO((back ? "" : back.error()));
    REQUIRE(back);
    std::vector<std::string> ids;
    auto edit = pasteEdit(doc, "p2", *back, 0, 0, &ids);
    INFO((edit ? "" : edit.error()));
    REQUIRE(edit);
    const Document before = doc;
    auto applied = applyEdit(doc, *edit);
    INFO((applied ? "" : applied.error()));
    REQUIRE(applied);
    CHECK(validateDocument(doc).empty());
    CHECK(ids.size() == 4);
    const Page& p2 = doc.pages[1];
    REQUIRE(p2.articleFrames.size() == 2);
    const ArticleFrame& pasted = p2.articleFrames.back();
    CHECK(pasted.id != "f-job-fair");
    CHECK(pasted.articleId == "job-fair-2");  // a copy: the original stays on page 1
    CHECK(doc.article("job-fair-2")->paragraphs == doc.article("job-fair")->paragraphs);
    CHECK(pasted.rects[0].area == doc.pages[0].articleFrames[1].rects[0].area);
    REQUIRE(applyEdit(doc, applied->inverse));
    CHECK(doc == before);
}

TEST_CASE("a cut frame pastes with its own article; duplicates shift on the grid",
          "[model][clipboard]") {
    Document doc = seed();
    const Document clip = copyObjects(doc, doc.pages[0], {"f-speech"});
    REQUIRE(applyEdit(doc, RemoveFrame{"p1", "f-speech"}));
    auto edit = pasteEdit(doc, "p1", clip, 0, 0);
    REQUIRE(edit);
    REQUIRE(applyEdit(doc, *edit));
    CHECK(doc.articles.size() == seed().articles.size());  // reused, not copied
    CHECK(doc.pages[0].articleFrames.back().articleId == "speech");

    Document dup = seed();
    std::vector<std::string> ids;
    auto d = pasteEdit(dup, "p1", copyObjects(dup, dup.pages[0], {"img-tree-warming"}), 1, 2, &ids);
    REQUIRE(d);
    REQUIRE(applyEdit(dup, *d));
    const ImageFrame& copy = dup.pages[0].images.back();
    CHECK(copy.id == ids.at(0));
    CHECK(copy.area.column == seed().pages[0].images[1].area.column + 1);
    CHECK(copy.area.line == seed().pages[0].images[1].area.line + 2);
    // Shifted past the right edge: kept on the page.
    auto far = pasteEdit(dup, "p1", copyObjects(dup, dup.pages[0], {"img-job-fair"}), 50, 0);
    REQUIRE(far);
    REQUIRE(applyEdit(dup, *far));
    const ImageFrame& edge = dup.pages[0].images.back();
    CHECK(edge.area.column + edge.area.span == dup.pages[0].grid.columns);
}
