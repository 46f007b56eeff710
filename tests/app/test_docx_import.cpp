// SPDX-License-Identifier: MIT
// The bin's Import command over the engine importer (layout/import, unit-tested in
// tests/unit/import): .docx and .txt files become unplaced articles, one undo step each.
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include "app_test_support.h"
#include "gui/article_bin.h"
#include "gui/article_import.h"
#include "gui/editor_session.h"

using namespace bm;

namespace {

const std::string kSample = std::string(BM_TEST_DATA) + "/docx/sample.docx";

}  // namespace

TEST_CASE("importing files adds articles to the bin", "[gui][import]") {
    testing::app();
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("Local News.txt"));
    {
        QFile f(txt);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // GB18030 text (一段 = D2BB B6CE), still common in Chinese newsrooms.
        f.write("\xb1\xea\xcc\xe2\n\n\xd2\xbb\xb6\xce\xa1\xa3\xb6\xfe\xb6\xce\xa1\xa3\n");
    }
    testing::TestPrompts prompts;
    gui::MainWindow w(prompts.make());
    w.session()->resetDocument(model::newDocument(), QString());
    REQUIRE(
        w.importArticles({QString::fromStdString(kSample), txt, QString::fromStdString(kSample)}));
    CHECK(prompts.errors.isEmpty());
    const auto& doc = w.session()->document();
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[0].id == "sample");
    CHECK(doc.articles[1].id == "local-news");
    CHECK(doc.articles[2].id == "sample-2");
    CHECK(doc.articles[0].flushParagraphs == std::vector<int>{5});  // the salutation
    CHECK(doc.articles[1].headline == u"标题");
    CHECK(doc.articles[1].paragraphs == std::vector<std::u16string>{u"一段。二段。"});
    CHECK(doc.articles[0].dateline == u"本报讯（记者 刘清春）");
    CHECK(w.bin()->stateText(QStringLiteral("sample")) == gui::ArticleBin::tr("Unplaced"));
    CHECK(w.session()->undoStack()->count() == 3);

    CHECK_FALSE(w.importArticles({dir.filePath(QStringLiteral("missing.docx"))}));
    CHECK(prompts.errors.size() == 1);
}
