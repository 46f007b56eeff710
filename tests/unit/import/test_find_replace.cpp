// SPDX-License-Identifier: MIT
// Find/replace (layout/search): scopes, literal and regex, case, whole word; replace-all is one
// edit whose inverse restores the document, and copy-fit tracking ranges move with the text.
#include <catch2/catch.hpp>

#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "layout/search/find_replace.h"

using namespace bm;

namespace {

model::Document twoPageIssue() {
    auto doc =
        model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/two-page-issue.bmdoc.json");
    REQUIRE(doc);
    return *doc;
}

model::Document smallDocument() {
    model::Document doc = model::newDocument();
    model::Article a;
    a.id = "a";
    a.headline = u"Cat news";
    a.paragraphs = {u"The cat sat. A Cat concatenates cats.", u"2024年11月24日，研究会成立。"};
    a.tracking = {{0, 4, 7, -20}, {1, 5, 11, 10}};  // "cat" and "11月24日"
    doc.articles.push_back(a);
    return doc;
}

search::Query Q(std::u16string find, std::u16string replace = u"", bool regex = false,
                bool matchCase = false, bool wholeWord = false) {
    return {std::move(find), std::move(replace), regex, matchCase, wholeWord};
}

int count(const model::Document& doc, search::Query q, search::Scope s = {}) {
    auto m = search::findAll(doc, q, s);
    REQUIRE(m);
    return static_cast<int>(m->size());
}

}  // namespace

TEST_CASE("find: literal text, case, whole word, regex", "[search]") {
    const auto doc = smallDocument();
    CHECK(count(doc, Q(u"cat")) == 5);  // headline + four in the paragraph, any case
    CHECK(count(doc, Q(u"cat", u"", false, true)) == 3);
    CHECK(count(doc, Q(u"cat", u"", false, false, true)) == 3);  // Cat news, cat, Cat
    CHECK(count(doc, Q(u"c.t")) == 0);                           // literal: the dot is a dot
    CHECK(count(doc, Q(u"c.t", u"", true)) == 5);
    CHECK(count(doc, Q(u"\\d+月\\d+日", u"", true)) == 1);
    CHECK(count(doc, Q(u"x*", u"", true)) == 0);  // empty matches replace nothing

    auto bad = search::findAll(doc, Q(u"(", u"", true), {});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().find("invalid regular expression") != std::string::npos);
    CHECK_FALSE(search::findAll(doc, Q(u""), {}));
    CHECK_FALSE(search::findAll(doc, Q(u"cat"), {search::Scope::Kind::Article, "nope", 0}));
    CHECK_FALSE(search::findAll(doc, Q(u"cat"), {search::Scope::Kind::Page, "", 3}));
    CHECK_FALSE(search::planReplaceAll(doc, Q(u"sat", u"a\nb"), {}));  // would split a paragraph
}

TEST_CASE("replace all: one edit, regex groups, tracking ranges follow, exact inverse",
          "[search]") {
    const auto before = smallDocument();
    auto doc = before;
    auto plan = search::planReplaceAll(doc, Q(u"(\\d+)月(\\d+)日", u"$1.$2", true), {});
    REQUIRE(plan);
    CHECK(plan->count == 1);
    auto applied = model::applyEdit(doc, plan->edit);
    REQUIRE(applied);
    CHECK(doc.articles[0].paragraphs[1] == u"2024年11.24，研究会成立。");
    // The range over 11月24日 now covers 11.24; the one before it did not move.
    CHECK(doc.articles[0].tracking[1] == model::TrackingRange{1, 5, 10, 10});
    CHECK(doc.articles[0].tracking[0] == before.articles[0].tracking[0]);
    CHECK(model::editLabel(plan->edit) == "Replace all");

    auto cats = search::planReplaceAll(doc, Q(u"cat", u"dog", false, false, true), {});
    REQUIRE(cats);
    CHECK(cats->count == 3);
    auto second = model::applyEdit(doc, cats->edit);
    REQUIRE(second);
    CHECK(doc.articles[0].headline == u"dog news");
    CHECK(doc.articles[0].paragraphs[0] == u"The dog sat. A dog concatenates cats.");

    REQUIRE(model::applyEdit(doc, second->inverse));
    REQUIRE(model::applyEdit(doc, applied->inverse));
    CHECK(doc == before);
}

TEST_CASE("replace all over the two-page issue, a page, an article; undo restores it", "[search]") {
    const auto issue = twoPageIssue();
    const search::Query q = Q(u"滨州", u"滨州市");
    const int all = count(issue, q);
    const int page3 = count(issue, q, {search::Scope::Kind::Page, "", 0});
    const int speech = count(issue, q, {search::Scope::Kind::Article, "speech", 0});
    CHECK(all > page3);
    CHECK(page3 >= speech);
    CHECK(speech > 0);

    auto doc = issue;
    auto plan = search::planReplaceAll(doc, q, {});
    REQUIRE(plan);
    CHECK(plan->count == all);
    auto applied = model::applyEdit(doc, plan->edit);
    REQUIRE(applied);
    CHECK(count(doc, Q(u"滨州市")) >= all);
    CHECK(!applied->touchedArticles.empty());
    REQUIRE(model::applyEdit(doc, applied->inverse));
    CHECK(doc == issue);
    // A plan made on an older text is refused, not misapplied.
    auto stale = search::planReplaceAll(issue, q, {});
    REQUIRE(stale);
    auto changed = issue;
    REQUIRE(model::applyEdit(changed, model::SetParagraphs{"speech", {u"新的讲话。"}, {}, {}}));
    CHECK_FALSE(model::applyEdit(changed, stale->edit));
}
