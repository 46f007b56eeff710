// SPDX-License-Identifier: MIT
// The red +N字 overset marker sits on the frame where the text stops: the last frame of the
// article's chain, never on the frames before it (which are full, not overset).
#include <catch2/catch.hpp>

#include <map>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/frame_item.h"
#include "gui/page_scene.h"

using namespace bm;

TEST_CASE("the overset marker shows on the last frame of a chain only", "[gui][overset]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    model::Document doc = testing::seedArticlesDocument();
    // speech in two small frames of one page (sequence 0, then 1), too small together; the
    // second is listed first so that file order and chain order differ.
    model::ArticleFrame first;
    first.id = "f-first";
    first.articleId = "speech";
    first.rects = {model::FrameRect{model::GridRect{0, 2, 0, 10}, 2, std::nullopt}};
    model::ArticleFrame second = first;
    second.id = "f-second";
    second.sequence = 1;
    second.showHeadline = false;
    second.rects[0].area = model::GridRect{4, 2, 0, 10};
    doc.pages[0].articleFrames = {second, first};
    w.session()->resetDocument(doc, QString());
    const page::ArticleFit fit = w.session()->layout()->fits.at("speech");
    REQUIRE(fit.oversetChars > 0);
    std::map<std::string, int> marker;
    for (auto* item : w.scene()->items())
        if (auto* f = dynamic_cast<gui::FrameItem*>(item)) marker[f->id()] = f->oversetChars();
    REQUIRE(marker.count("f-first") == 1);
    REQUIRE(marker.count("f-second") == 1);
    CHECK(marker["f-first"] == 0);
    CHECK(marker["f-second"] == fit.oversetChars);
}
