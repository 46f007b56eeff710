// SPDX-License-Identifier: MIT
// The 检查 dock (issue 11) on a page broken on purpose: the live list grouped by 版次 and
// article, the count in the status bar, a click that selects the frame and the text range,
// 修正 and 全部修正 as one undo step each, 忽略 kept in the document, and the list following a
// move without a full re-check.
#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include "app_test_support.h"
#include "gui/check_panel.h"
#include "gui/check_status.h"
#include "gui/editor_session.h"
#include "gui/export_dialog.h"
#include "gui/page_scene.h"
#include "gui/qt_convert.h"
#include "gui/text_panel.h"
#include "layout/model/serialize.h"

using namespace bm;

namespace {

/// The seed page with a half-width comma in 招聘会's first paragraph, its frame cut short
/// (overset) and 植树's frame pushed down onto 国学社 (overlap).
model::Document brokenSeed() {
    auto loaded = model::loadDocument(testing::seedPagePath());
    REQUIRE(loaded.ok());
    model::Document doc = *loaded;
    for (auto& a : doc.articles)
        if (a.id == "job-fair") a.paragraphs[0][a.paragraphs[0].find(u'，')] = u',';
    for (auto& f : doc.pages[0].articleFrames) {
        if (f.id == "f-job-fair") f.rects[0].area.lines = 12;
        if (f.id == "f-tree") f.rects[0].area.line = 90;
    }
    return doc;
}

int indexOf(const check::CheckResult& r, const std::string& rule) {
    for (size_t i = 0; i < r.findings.size(); ++i)
        if (r.findings[i].rule == rule && !r.findings[i].waived) return int(i);
    return -1;
}

struct Fixture {
    QApplication& app = testing::app();
    testing::TestPrompts prompts;
    gui::MainWindow w{prompts.make()};
    gui::CheckPanel* panel = w.findChild<gui::CheckPanel*>();
    gui::CheckStatus* status = w.findChild<gui::CheckStatus*>();
    Fixture() {
        // A path in samples/ (never saved) so the photos are found.
        w.session()->resetDocument(brokenSeed(),
                                   QString::fromStdString(std::string(BM_SOURCE_DIR) +
                                                          "/samples/broken-check-test.bmdoc.json"));
    }
};

}  // namespace

TEST_CASE("check dock: the broken page's findings, grouped by page and article; the count is red",
          "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    const auto& r = fx.panel->result();
    CHECK(indexOf(r, "LAY-OVERLAP") >= 0);
    CHECK(indexOf(r, "LAY-OVERSET") >= 0);
    CHECK(indexOf(r, "ZH-HALFWIDTH-PUNCT") >= 0);
    CHECK(r.summary.error >= 2);
    CHECK(fx.status->state() == QStringLiteral("error"));
    CHECK(fx.status->text().contains(QString::number(r.summary.error)));
    // One page group (版次 3), article groups under it, findings under those.
    QTreeWidget* tree = fx.panel->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    const QTreeWidgetItem* page = tree->topLevelItem(0);
    CHECK(page->text(0).startsWith(QStringLiteral("Page 3")));
    bool jobFair = false;
    for (int i = 0; i < page->childCount(); ++i)
        jobFair = jobFair || page->child(i)->text(0).contains(QStringLiteral("(job-fair)"));
    CHECK(jobFair);
}

TEST_CASE("check dock: a click selects the frame and the text range", "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    const int i = indexOf(fx.panel->result(), "ZH-HALFWIDTH-PUNCT");
    REQUIRE(i >= 0);
    const check::Finding f = fx.panel->result().findings[i];
    REQUIRE(f.location.article == "job-fair");
    REQUIRE(fx.panel->selectFinding(i));
    CHECK(fx.w.scene()->selectedFrame() == "f-job-fair");
    CHECK(fx.w.textPanel()->article() == QStringLiteral("job-fair"));
    const QTextCursor c = fx.w.textPanel()->editor()->textCursor();
    CHECK(c.selectedText() == QStringLiteral(","));
    CHECK(c.block().blockNumber() == f.location.paragraph);
}

TEST_CASE("check dock: 修正 and 全部修正 are one undo step each", "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    auto* undo = fx.w.session()->undoStack();
    const model::Document before = fx.w.session()->document();
    const int i = indexOf(fx.panel->result(), "ZH-HALFWIDTH-PUNCT");
    REQUIRE(fx.panel->selectFinding(i));
    const auto fp = fx.panel->result().findings[i].fingerprint;
    REQUIRE(fx.panel->fixCurrent());
    CHECK(undo->count() == 1);
    for (const auto& f : fx.panel->result().findings) CHECK(f.fingerprint != fp);
    CHECK(fx.w.session()->document().article("job-fair")->paragraphs[0] ==
          model::loadDocument(testing::seedPagePath())->article("job-fair")->paragraphs[0]);
    undo->undo();
    CHECK(fx.w.session()->document() == before);
    CHECK(indexOf(fx.panel->result(), "ZH-HALFWIDTH-PUNCT") >= 0);

    REQUIRE(fx.panel->fixAllSafe());
    CHECK(undo->count() == 1);  // the undone fix was replaced by 全部修正
    for (const auto& f : fx.panel->result().findings)
        CHECK_FALSE((f.fix && f.fix->safe && !f.waived));
    undo->undo();
    CHECK(fx.w.session()->document() == before);
}

TEST_CASE("check dock: 忽略 is stored in the document and survives saving", "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    const int errors = fx.panel->result().summary.error;
    auto listed = [&] {
        int n = 0;
        for (QTreeWidgetItemIterator it(fx.panel->tree()); *it; ++it)
            n += (*it)->text(1) == QStringLiteral("LAY-OVERLAP");
        return n;
    };
    const int overlaps = listed();
    REQUIRE(overlaps >= 1);
    const int i = indexOf(fx.panel->result(), "LAY-OVERLAP");
    REQUIRE(fx.panel->selectFinding(i));
    const auto fp = check::fingerprintHex(fx.panel->result().findings[i].fingerprint);
    REQUIRE(fx.panel->toggleIgnoreCurrent());
    const auto& waivers = fx.w.session()->document().checks.waivers;
    REQUIRE(waivers.size() == 1);
    CHECK(waivers[0].fingerprint == fp);
    CHECK(waivers[0].rule == "LAY-OVERLAP");
    CHECK(fx.panel->result().summary.error == errors - 1);
    CHECK(fx.panel->result().summary.waived == 1);
    // Hidden from the list unless asked for (the pushed-down frame overlaps more than one).
    CHECK(listed() == overlaps - 1);
    fx.panel->setShowWaived(true);
    CHECK(listed() == overlaps);

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("ignored.bmdoc.json")).toStdString();
    REQUIRE(model::saveDocument(fx.w.session()->document(), path).ok());
    auto reloaded = model::loadDocument(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->checks.waivers == fx.w.session()->document().checks.waivers);
    fx.w.session()->undoStack()->undo();
    CHECK(fx.w.session()->document().checks.waivers.empty());
    CHECK(fx.panel->result().summary.error == errors);
}

TEST_CASE("check dock: the list follows a move, re-checking one article", "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    REQUIRE(indexOf(fx.panel->result(), "LAY-OVERLAP") >= 0);
    // Back where it was on the seed page: the overlap goes away.
    REQUIRE(fx.w.session()
                ->apply(model::MoveFrame{"p3", "f-tree", -1, model::GridRect{0, 5, 84, 9}})
                .isEmpty());
    CHECK(indexOf(fx.panel->result(), "LAY-OVERLAP") < 0);
    CHECK(indexOf(fx.panel->result(), "LAY-OVERSET") >= 0);
    CHECK(fx.panel->lastCheckMs() > 0);
    CHECK(fx.status->state() == QStringLiteral("error"));
}

TEST_CASE("export gate: a print PDF with preflight errors asks first; 取消 writes nothing",
          "[gui][check]") {
    if (!testing::haveSeedPage()) return;
    Fixture fx;
    QTemporaryDir dir;
    gui::ExportSettings s;
    s.path = dir.filePath(QStringLiteral("page.pdf"));
    s.pages = {0};
    s.pdf.profile = pdf::PdfOptions::Profile::X1a;
    fx.prompts.exportAnyway = false;
    CHECK_FALSE(fx.w.exportWith(s, true));
    CHECK_FALSE(QFileInfo::exists(s.path));
    // The question listed the print-class errors: the overset story and the overlap.
    const QString listed = fx.prompts.preflight.join(QLatin1Char('\n'));
    CHECK(listed.contains(QStringLiteral("LAY-OVERSET")));
    CHECK(listed.contains(QStringLiteral("LAY-OVERLAP")));
    CHECK_FALSE(listed.contains(QStringLiteral("ZH-HALFWIDTH-PUNCT")));  // proofing: no block

    // 仍然导出: written, and the status bar says the errors were let through.
    fx.prompts.exportAnyway = true;
    fx.prompts.preflight.clear();
    REQUIRE(fx.w.exportWith(s, true));
    CHECK(QFileInfo::exists(s.path));
    CHECK(fx.w.statusBar()->currentMessage().contains(QStringLiteral("--allow-preflight-errors")));

    // A plain PDF is not asked about; it exports with a warning.
    fx.prompts.preflight.clear();
    s.path = dir.filePath(QStringLiteral("plain.pdf"));
    s.pdf.profile = pdf::PdfOptions::Profile::Plain;
    REQUIRE(fx.w.exportWith(s, true));
    CHECK(fx.prompts.preflight.isEmpty());
    CHECK(QFileInfo::exists(s.path));
    CHECK_FALSE(fx.w.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("a finding's place reads as the page editor counts", "[gui][check]") {
    testing::app();
    check::Location l;
    l.folio = 3;
    l.frame = "f-guoxue";
    l.line = 4;  // the fifth line
    CHECK(gui::findingPlace(l) == QStringLiteral("page 3 frame f-guoxue line 5"));
    CHECK(gui::findingPlace(check::Location{}) == QStringLiteral("the document"));
}
