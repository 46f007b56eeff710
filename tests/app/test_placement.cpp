// SPDX-License-Identifier: MIT
// Dropping an article from the bin onto the page.
#include <catch2/catch.hpp>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/editor_session.h"
#include "gui/grid_math.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/placement.h"
#include "gui/qt_convert.h"

using namespace bm;
using bm::testing::cellCentre;

namespace {

int linesOf(const page::DocumentLayout& layout, const std::string& articleId) {
    int n = 0;
    for (const auto& p : layout.pages)
        for (const auto& l : p.lines) n += l.articleId == articleId && l.role == "body";
    return n;
}

}  // namespace

TEST_CASE("dropping an article places a fitted frame on the columns under the cursor",
          "[gui][drop]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    testing::TestPrompts& prompts = seed.prompts;
    REQUIRE(prompts.errors.isEmpty());
    const auto& doc = w.session()->document();
    REQUIRE(doc.articles.size() == 6);
    CHECK(w.bin()->stateText(QStringLiteral("job-fair")) == gui::ArticleBin::tr("Unplaced"));

    const model::Page& page = doc.pages[0];
    auto placed = w.scene()->dropArticle("job-fair", cellCentre(page, 2, 10));
    REQUIRE(placed);
    const auto* frame = gui::findArticleFrame(w.session()->document().pages[0], *placed);
    REQUIRE(frame);
    CHECK(frame->articleId == "job-fair");
    REQUIRE(frame->rects.size() == 1);
    CHECK(frame->rects[0].area.column == 2);
    CHECK(frame->rects[0].area.span == gui::kDefaultDropSpan);
    CHECK(frame->rects[0].area.line == 10);
    CHECK(frame->rects[0].textColumns == gui::kDefaultDropSpan);
    CHECK(frame->showHeadline);

    const auto layout = w.session()->layout();
    CHECK(linesOf(*layout, "job-fair") > 0);
    const auto& fit = layout->fits.at("job-fair");
    CHECK(fit.placed);
    CHECK(fit.oversetChars == 0);
    CHECK(w.bin()->stateText(QStringLiteral("job-fair")) == gui::ArticleBin::tr("Placed"));
    CHECK(w.scene()->selectedFrame() == *placed);
    // One undo step for the whole placement (the fitting trials are not on the stack).
    CHECK(w.session()->undoStack()->count() == 1);

    // The shortest frame that fits: one line less overflows.
    model::Document shorter = w.session()->document();
    model::GridRect r = frame->rects[0].area;
    r.lines -= 1;
    if (r.lines >= 1) {
        REQUIRE(model::applyEdit(shorter, model::ResizeFrame{page.id, *placed, -1, r}));
        auto trial = w.session()->layoutTrial(shorter);
        REQUIRE(trial);
        const auto& f = (*trial)->fits.at("job-fair");
        CHECK((f.oversetChars > 0 || f.oversetLines > 0));
    }
}

TEST_CASE("a drop near the right edge keeps the frame on the page", "[gui][drop]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page& page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("library-books", cellCentre(page, 7, 0));
    REQUIRE(placed);
    const auto* frame = gui::findArticleFrame(w.session()->document().pages[0], *placed);
    REQUIRE(frame);
    CHECK(frame->rects[0].area.column == page.grid.columns - gui::kDefaultDropSpan);
    CHECK(frame->rects[0].area.line == 0);
    CHECK(w.session()->layout()->fits.at("library-books").oversetChars == 0);
}

TEST_CASE("the long speech dropped low on the page runs to the bottom and shows overset",
          "[gui][drop]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page& page = w.session()->document().pages[0];
    const int lines = model::gridLines(page);
    auto placed = w.scene()->dropArticle("speech", cellCentre(page, 0, lines - 20));
    REQUIRE(placed);
    const auto* frame = gui::findArticleFrame(w.session()->document().pages[0], *placed);
    REQUIRE(frame);
    CHECK(frame->rects[0].area.line + frame->rects[0].area.lines == lines);
    const page::ArticleFit fit = w.session()->layout()->fits.at("speech");
    CHECK(fit.oversetChars > 0);
    CHECK(w.bin()->stateText(QStringLiteral("speech")).contains(QStringLiteral("+")));
}
