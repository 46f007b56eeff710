// SPDX-License-Identifier: MIT
// Undo and redo restore the exact document after every kind of edit the editor makes.
#include <catch2/catch.hpp>

#include <QPlainTextEdit>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/model_lookup.h"
#include "gui/page_scene.h"
#include "gui/pages_panel.h"
#include "gui/qt_convert.h"
#include "gui/text_panel.h"

using namespace bm;

TEST_CASE("undo and redo walk the whole history exactly", "[gui][undo]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    testing::TestPrompts& prompts = seed.prompts;
    auto* stack = w.session()->undoStack();
    std::vector<model::Document> states{w.session()->document()};
    auto snapshot = [&] { states.push_back(w.session()->document()); };

    const model::Page page = w.session()->document().pages[0];
    auto point = [&](int column, int line) {
        return QPointF(gui::toScene(model::columnX(page, column) + 1000),
                       gui::toScene(model::lineTop(page, line) + 1000));
    };
    auto a = w.scene()->dropArticle("job-fair", point(0, 0));
    REQUIRE(a);
    snapshot();
    auto b = w.scene()->dropArticle("library-books", point(4, 0));
    REQUIRE(b);
    snapshot();

    // Move b down by 10 lines.
    REQUIRE(w.scene()->beginDrag(point(4, 2)));
    w.scene()->dragTo(point(4, 12));
    w.scene()->endDrag();
    snapshot();

    // Edit the text of job-fair through the text dock (debounced SetParagraphs).
    w.textPanel()->setArticle(QStringLiteral("job-fair"));
    auto* editor = w.textPanel()->editor();
    editor->setPlainText(editor->toPlainText() + QStringLiteral("\n新增一段文字，测试撤销。"));
    w.textPanel()->flush();
    const auto* article = w.session()->document().article("job-fair");
    REQUIRE(article);
    CHECK(article->paragraphs.back() == u"新增一段文字，测试撤销。");
    snapshot();

    // Headline, text columns, a new page, a removal.
    REQUIRE(w.session()
                ->apply(model::SetArticleText{"job-fair", "headline", u"新标题\n第二行"})
                .isEmpty());
    snapshot();
    REQUIRE(w.session()->apply(model::SetTextColumns{page.id, *a, -1, 2, std::nullopt}).isEmpty());
    snapshot();
    w.pagesPanel()->addPage();
    CHECK(w.session()->document().pages.size() == 2);
    snapshot();
    REQUIRE(w.session()->apply(model::RemoveFrame{page.id, *b}).isEmpty());
    snapshot();

    REQUIRE(stack->count() == static_cast<int>(states.size()) - 1);
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        stack->undo();
        INFO("after undo to state " << i);
        CHECK(w.session()->document() == states[i]);
    }
    for (size_t i = 1; i < states.size(); ++i) {
        stack->redo();
        INFO("after redo to state " << i);
        CHECK(w.session()->document() == states[i]);
    }
    // The text dock follows undo.
    stack->setIndex(3);
    CHECK_FALSE(w.textPanel()->editor()->toPlainText().contains(QStringLiteral("新增一段文字")));
    CHECK(prompts.errors.isEmpty());
}
