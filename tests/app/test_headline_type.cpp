// SPDX-License-Identifier: MIT
// The inspector's 主题 type: a story gets its own 字号, font and 长/扁 width, its frame a
// headline span; each change is one undo step, and an unchanged field commits nothing.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <catch2/catch.hpp>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/inspector.h"
#include "gui/main_window.h"
#include "gui/page_scene.h"

using namespace bm;
using bm::testing::cellCentre;

TEST_CASE("the inspector sets one story's headline type and its frame's headline span",
          "[gui][inspector]") {
    testing::SeedEditor seed;
    gui::MainWindow& w = seed.w;
    const model::Page page = w.session()->document().pages[0];
    auto placed = w.scene()->dropArticle("tree-warming", cellCentre(page, 1, 5));
    REQUIRE(placed);
    w.scene()->selectFrame(*placed);
    auto* sizeName = w.inspector()->findChild<QComboBox*>(QStringLiteral("headlineSizeName"));
    auto* font = w.inspector()->findChild<QComboBox*>(QStringLiteral("headlineFont"));
    auto* width = w.inspector()->findChild<QSpinBox*>(QStringLiteral("headlineWidth"));
    auto* span = w.inspector()->findChild<QSpinBox*>(QStringLiteral("headlineSpan"));
    REQUIRE(sizeName);
    REQUIRE(font);
    REQUIRE(width);
    REQUIRE(span);
    // The document's style is what a story starts with.
    CHECK(sizeName->currentText() == QStringLiteral("Document style"));
    const int before = w.session()->undoStack()->count();

    // 一号 from the list: 26 pt on this story only.
    sizeName->setCurrentIndex(sizeName->findText(QStringLiteral("一号")));
    emit sizeName->activated(sizeName->currentIndex());
    const model::Article* a = w.session()->document().article("tree-warming");
    REQUIRE(a->headlineSize);
    CHECK(*a->headlineSize == 26000);
    CHECK_FALSE(w.session()->document().article("speech")->headlineSize);
    font->setCurrentIndex(font->findData(static_cast<int>(model::FontRole::Kai)));
    emit font->activated(font->currentIndex());
    width->setValue(80);
    emit width->editingFinished();
    a = w.session()->document().article("tree-warming");
    CHECK(a->headlineFont == model::FontRole::Kai);
    CHECK(a->headlineScale == 80);
    CHECK(a->headlineSize == 26000);  // kept through the other two edits
    CHECK(w.session()->undoStack()->count() == before + 3);
    // Unchanged: nothing committed.
    emit width->editingFinished();
    CHECK(w.session()->undoStack()->count() == before + 3);

    span->setValue(2);
    emit span->editingFinished();
    CHECK(w.session()->document().pages[0].articleFrames.back().headlineSpan == 2);
    CHECK(w.session()->undoStack()->count() == before + 4);

    // Undo goes back one field at a time, and the fields follow.
    w.session()->undoStack()->undo();
    w.session()->undoStack()->undo();
    CHECK(w.session()->document().article("tree-warming")->headlineScale == 100);
    CHECK(width->value() == 100);
    CHECK(w.session()->document().pages[0].articleFrames.back().headlineSpan == 0);
    // Back to the document style from the list.
    sizeName->setCurrentIndex(sizeName->findData(-1));
    emit sizeName->activated(sizeName->currentIndex());
    CHECK_FALSE(w.session()->document().article("tree-warming")->headlineSize);
}
