// SPDX-License-Identifier: MIT
// The editor's find/replace dialog over the engine function: a count, replace-all as one undo
// step that undo takes back exactly, scopes from the bin and the shown page.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

#include "app_test_support.h"
#include "gui/editor_session.h"
#include "gui/find_replace_dialog.h"
#include "gui/main_window.h"
#include "layout/model/serialize.h"

using namespace bm;

TEST_CASE("find/replace dialog: count, replace all as one undo step, undo", "[gui][find]") {
    testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    auto issue =
        model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/two-page-issue.bmdoc.json");
    REQUIRE(issue);
    w.session()->resetDocument(*issue, QString());
    const int before = w.session()->undoStack()->count();
    gui::FindReplaceDialog dialog(
        w.session(), [] { return QStringLiteral("speech"); }, [] { return 0; });
    dialog.findField()->setText(QStringLiteral("滨州"));
    dialog.replaceField()->setText(QStringLiteral("濱州"));
    const int all = dialog.count();
    CHECK(all > 0);
    dialog.scopeBox()->setCurrentIndex(0);  // the selected article
    const int speech = dialog.count();
    CHECK(speech > 0);
    CHECK(speech < all);
    dialog.scopeBox()->setCurrentIndex(2);
    CHECK(dialog.replaceAll() == all);
    CHECK(w.session()->undoStack()->count() == before + 1);
    CHECK(dialog.count() == 0);
    w.session()->undoStack()->undo();
    CHECK(w.session()->document() == *issue);

    dialog.findField()->setText(QStringLiteral("("));
    dialog.regexBox()->setChecked(true);
    CHECK(dialog.count() == -1);
    CHECK(dialog.resultLabel()->text().contains(QStringLiteral("invalid regular expression")));
}
