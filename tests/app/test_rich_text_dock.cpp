// SPDX-License-Identifier: MIT
// The 正文 dock as a styled editor (issue 14 items 2 and 5): Ctrl+B and the palettes set
// character and paragraph styles as single steps of the document's one undo history, the
// canvas follows, the paragraph style editor redefines every 小标题 at once, and pasted HTML
// keeps its bold.
#include <catch2/catch.hpp>

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QKeyEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>
#include <set>

#include "app_test_support.h"
#include "gui/page_scene.h"
#include "gui/paragraph_style_dialog.h"
#include "gui/rich_paste.h"
#include "gui/style_palette.h"
#include "gui/text_panel.h"

using namespace bm;

namespace Catch {
template <>
struct StringMaker<model::CharRange> {
    static std::string convert(const model::CharRange& r) {
        const auto& a = r.attrs;
        return "{p" + std::to_string(r.paragraph) + " [" + std::to_string(r.begin) + "," +
               std::to_string(r.end) + ") font " + (a.font ? std::to_string(int(*a.font)) : "-") +
               (a.bold ? " bold" : "") + (a.emphasisDots ? " dots" : "") + " size " +
               std::to_string(a.sizePercent) + " script " + std::to_string(int(a.script)) +
               " tint " + std::to_string(a.tintPercent) + "}";
    }
};
}  // namespace Catch

namespace {

/// The seed articles with job-fair and speech placed, job-fair in the 正文 dock.
struct Dock : testing::SeedEditor {
    gui::TextPanel* panel = w.textPanel();
    QPlainTextEdit* editor = panel->editor();
    Dock() {
        REQUIRE(w.scene()->dropArticle("job-fair", testing::cellCentre(page(), 0, 0)));
        REQUIRE(w.scene()->dropArticle("speech", testing::cellCentre(page(), 4, 0)));
        panel->setArticle(QStringLiteral("job-fair"));
    }
    const model::Article& article(const char* id = "job-fair") {
        return *w.session()->document().article(id);
    }
    /// Selects [begin, end) of body paragraph p (the dock shows one paragraph per block).
    void select(int p, int begin, int end) {
        const QTextBlock b = editor->document()->findBlockByNumber(p);
        QTextCursor c(editor->document());
        c.setPosition(b.position() + begin);
        c.setPosition(b.position() + end, QTextCursor::KeepAnchor);
        editor->setTextCursor(c);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::ControlModifier) {
        QKeyEvent press(QEvent::KeyPress, k, m);
        QApplication::sendEvent(editor, &press);
    }
    int steps() { return w.session()->undoStack()->count(); }
    /// The faces the canvas draws the characters of `text` in.
    std::set<fonts::FaceId> facesOf(const std::u16string& text) {
        std::set<fonts::FaceId> out;
        for (const auto& item : w.session()->layout()->pages[0].display.items) {
            const auto* run = std::get_if<page::GlyphRun>(&item);
            if (!run) continue;
            for (size_t i = 0; i < run->glyphs.size(); ++i)
                if (const auto t = run->textOf(i);
                    !t.empty() && text.find(t) != std::u16string::npos)
                    out.insert(run->face);
        }
        return out;
    }
};

model::CharAttrs bold() {
    model::CharAttrs a;
    a.bold = true;
    return a;
}

}  // namespace

TEST_CASE("Ctrl+B in the 正文 dock makes the selection bold as one undo step", "[gui][rich]") {
    Dock d;
    const model::Document before = d.w.session()->document();
    const std::u16string picked = d.article().paragraphs[0].substr(0, 4);
    const auto facesBefore = d.facesOf(picked);
    const int steps = d.steps();
    d.select(0, 0, 4);
    d.key(Qt::Key_B);
    CHECK(d.steps() == steps + 1);
    CHECK(d.w.session()->undoStack()->undoText() == QStringLiteral("Bold"));  // its history name
    REQUIRE(d.article().charRanges == std::vector<model::CharRange>{{0, 0, 4, bold()}});
    // The canvas relaid the article: those characters are drawn in another (bold) face.
    const auto facesAfter = d.facesOf(picked);
    CHECK(facesAfter != facesBefore);
    // The dock shows it, and the palette says so.
    QTextCursor c(d.editor->document());
    c.setPosition(2);
    CHECK(c.charFormat().fontWeight() == QFont::Bold);
    CHECK(d.panel->palette()->boldButton()->isChecked());
    // Ctrl+Z in the dock undoes exactly that step; the canvas's redo brings it back.
    d.key(Qt::Key_Z);
    CHECK(d.w.session()->document() == before);
    CHECK(d.facesOf(picked) == facesBefore);
    d.w.session()->undoStack()->redo();
    CHECK(d.article().charRanges.size() == 1);
    // Ctrl+B again on all-bold text takes bold off.
    d.select(0, 0, 4);
    d.key(Qt::Key_B);
    CHECK(d.article().charRanges.empty());
}

TEST_CASE("Ctrl+B over a 黑体 lead-in keeps it 黑体; typing moves the ranges", "[gui][rich]") {
    Dock d;
    model::CharAttrs hei;
    hei.font = model::FontRole::Hei;
    REQUIRE(d.w.session()->apply(model::SetCharAttrs{"job-fair", 0, 2, 6, hei}).isEmpty());
    const model::Document before = d.w.session()->document();
    const int steps = d.steps();
    d.select(0, 0, 8);
    d.key(Qt::Key_B);
    model::CharAttrs heiBold = hei;
    heiBold.bold = true;
    CHECK(d.steps() == steps + 1);
    CHECK(d.article().charRanges ==
          std::vector<model::CharRange>{{0, 0, 2, bold()}, {0, 2, 6, heiBold}, {0, 6, 8, bold()}});
    // Typing in front of them (plain text, as before) keeps the styles on their characters.
    QTextCursor c(d.editor->document());
    c.setPosition(0);
    d.editor->setTextCursor(c);
    d.editor->insertPlainText(QStringLiteral("新"));
    d.panel->flush();
    REQUIRE(d.article().charRanges.size() == 3);
    CHECK(d.article().charRanges[1].begin == 3);
    CHECK(d.article().charRanges[1].end == 7);
    d.key(Qt::Key_Z);  // the typing
    d.key(Qt::Key_Z);  // the bold
    CHECK(d.w.session()->document() == before);
}

TEST_CASE("the paragraph palette sets 小标题 on the cursor's paragraph", "[gui][rich]") {
    Dock d;
    const model::Document before = d.w.session()->document();
    d.select(1, 3, 3);
    QComboBox* box = d.panel->palette()->paragraphBox();
    const int subhead = box->findData(QStringLiteral("subhead"));
    REQUIRE(subhead > 0);
    box->setCurrentIndex(subhead);
    emit box->activated(subhead);
    CHECK(d.article().paragraphStyle(1) == "subhead");
    CHECK(d.article().paragraphStyles == std::vector<model::ParagraphStyleMark>{{1, "subhead"}});
    // The dock shows the paragraph in 黑体 (the built-in 小标题).
    const QTextBlock block = d.editor->document()->findBlockByNumber(1);
    CHECK(block.blockFormat().hasProperty(QTextFormat::BackgroundBrush));  // marked as not 正文
    QTextCursor c(d.editor->document());
    c.setPosition(block.position() + 1);
    CHECK(c.charFormat().fontFamilies().toStringList().value(0).contains(QStringLiteral("Sans")));
    d.key(Qt::Key_Z);
    CHECK(d.w.session()->document() == before);
}

TEST_CASE("the paragraph style editor changes every 小标题 in one undo step", "[gui][rich]") {
    Dock d;
    auto* s = d.w.session();
    REQUIRE(s->apply(model::SetParagraphStyle{"job-fair", 1, "subhead"}).isEmpty());
    REQUIRE(s->apply(model::SetParagraphStyle{"speech", 2, "subhead"}).isEmpty());
    const model::Document before = s->document();
    const std::u16string jobFair = d.article().paragraphs[1].substr(0, 6);
    const std::u16string speech = d.article("speech").paragraphs[2].substr(0, 6);
    const auto facesJobFair = d.facesOf(jobFair);
    const auto facesSpeech = d.facesOf(speech);
    const int steps = d.steps();

    gui::ParagraphStyleDialog dialog(s);
    dialog.showStyle("subhead");
    dialog.fontBox()->setCurrentIndex(static_cast<int>(model::FontRole::Kai));
    dialog.alignBox()->setCurrentIndex(static_cast<int>(model::Align::Center));
    CHECK(dialog.apply().isEmpty());
    CHECK(d.steps() == steps + 1);
    const model::Style& sub = s->document().paragraphStyle("subhead");
    CHECK(sub.role == model::FontRole::Kai);
    CHECK(sub.align == model::Align::Center);
    // Both 小标题, in two articles, are drawn in the new face.
    CHECK(d.facesOf(jobFair) != facesJobFair);
    CHECK(d.facesOf(speech) != facesSpeech);
    s->undoStack()->undo();
    CHECK(s->document() == before);
}

TEST_CASE("pasting HTML keeps its bold as one undo step", "[gui][rich][paste]") {
    Dock d;
    const model::Document before = d.w.session()->document();
    const std::u16string p0 = d.article().paragraphs[0];
    const int steps = d.steps();
    d.select(0, 2, 2);
    auto* mime = new QMimeData;
    mime->setHtml(
        QStringLiteral("<p>前面<b>加粗</b>后面<span style=\"font-weight:600\">半粗"
                       "</span><span style=\"font-family:黑体\">黑体</span></p>"));
    mime->setText(QStringLiteral("前面加粗后面半粗黑体"));
    QApplication::clipboard()->setMimeData(mime);
    d.editor->paste();
    CHECK(d.steps() == steps + 1);
    CHECK(d.w.session()->undoStack()->undoText() == QStringLiteral("Paste"));
    CHECK(d.article().paragraphs[0] == p0.substr(0, 2) + u"前面加粗后面半粗黑体" + p0.substr(2));
    model::CharAttrs hei;
    hei.font = model::FontRole::Hei;
    CHECK(d.article().charRanges ==
          std::vector<model::CharRange>{{0, 4, 6, bold()}, {0, 8, 10, bold()}, {0, 10, 12, hei}});
    d.key(Qt::Key_Z);
    CHECK(d.w.session()->document() == before);

    // A <br> (and an inline picture) ends a paragraph: the dock's lines are paragraphs.
    const gui::PastedText broken =
        gui::pastedFromHtml(QStringLiteral("<p><b>甲乙</b><br>丙<img src=\"x.png\">丁</p>"));
    CHECK(broken.paragraphs == std::vector<std::u16string>{u"甲乙", u"丙", u"丁"});
    CHECK(broken.ranges == std::vector<model::CharRange>{{0, 0, 2, bold()}});

    // Paragraphs pasted over a selection across paragraphs; plain text pastes as before.
    d.select(0, 2, 2);
    REQUIRE(d.panel->pasteHtml(QStringLiteral("<p>甲<strong>乙</strong></p><p><b>丙</b>丁</p>")));
    CHECK(d.article().paragraphs.size() == before.article("job-fair")->paragraphs.size() + 1);
    CHECK(d.article().paragraphs[1] == u"丙丁" + p0.substr(2));
    CHECK(d.article().charRanges ==
          std::vector<model::CharRange>{{0, 3, 4, bold()}, {1, 0, 1, bold()}});
    d.key(Qt::Key_Z);
    CHECK(d.w.session()->document() == before);
    auto* plain = new QMimeData;
    plain->setText(QStringLiteral("纯文本"));
    QApplication::clipboard()->setMimeData(plain);
    d.select(0, 2, 2);
    d.editor->paste();
    d.panel->flush();
    CHECK(d.article().paragraphs[0] == p0.substr(0, 2) + u"纯文本" + p0.substr(2));
    CHECK(d.article().charRanges.empty());
}

TEST_CASE("cut and paste in the 正文 dock keeps the styles of what moved", "[gui][rich][paste]") {
    Dock d;
    model::CharAttrs hei;
    hei.font = model::FontRole::Hei;
    hei.emphasisDots = true;
    REQUIRE(d.w.session()->apply(model::SetCharAttrs{"job-fair", 0, 2, 6, hei}).isEmpty());
    const std::u16string moved = d.article().paragraphs[0].substr(0, 8);
    d.select(0, 0, 8);
    d.editor->cut();
    d.panel->flush();
    CHECK(d.article().charRanges.empty());  // the styled characters left with the cut
    const int steps = d.steps();
    d.select(1, 0, 0);
    d.editor->paste();
    CHECK(d.steps() == steps + 1);
    CHECK(d.article().paragraphs[1].substr(0, 8) == moved);
    CHECK(d.article().charRanges == std::vector<model::CharRange>{{1, 2, 6, hei}});
    // Other programs get HTML with the bold/黑体 the dock shows.
    const QMimeData* clip = QApplication::clipboard()->mimeData();
    REQUIRE(clip);
    CHECK(clip->hasHtml());
    CHECK(clip->text() == gui::toQString(moved));
}

TEST_CASE("the dock's clipboard format is checked like any outside input", "[gui][rich][paste]") {
    CHECK_FALSE(
        gui::decodePasted("{\"paragraphs\":[\"甲乙\"],\"ranges\":[{\"p\":0,\"b\":1,\"e\":5}]}"));
    CHECK_FALSE(
        gui::decodePasted("{\"paragraphs\":[\"甲\"],\"ranges\":[{\"p\":1,\"b\":0,\"e\":1}]}"));
    CHECK_FALSE(
        gui::decodePasted("{\"paragraphs\":[\"甲\"],\"ranges\":[{\"p\":0,\"b\":0,\"e\":1,"
                          "\"font\":9}]}"));
    CHECK_FALSE(gui::decodePasted(R"({"paragraphs":["甲\u2028乙"],"ranges":[]})"));
    CHECK_FALSE(gui::decodePasted(R"({"paragraphs":[" 甲"],"ranges":[]})"));
    const auto ok = gui::decodePasted(
        "{\"paragraphs\":[\"甲乙\"],\"ranges\":[{\"p\":0,\"b\":1,"
        "\"e\":2,\"bold\":true,\"size\":900}]}");
    REQUIRE(ok);
    REQUIRE(ok->ranges.size() == 1);
    CHECK(ok->ranges[0].attrs.bold);
    CHECK(ok->ranges[0].attrs.sizePercent == 200);
}

TEST_CASE("格式 → 加粗 acts on the dock's selection when the canvas has the focus", "[gui][rich]") {
    Dock d;
    d.select(1, 1, 3);
    QAction* boldAction = nullptr;
    for (QAction* a : d.w.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Bold)) boldAction = a;
    REQUIRE(boldAction);
    boldAction->trigger();
    CHECK(d.article().charRanges == std::vector<model::CharRange>{{1, 1, 3, bold()}});
}

TEST_CASE("HTML pasted into a new blank line becomes paragraphs that keep their bold",
          "[gui][rich][paste]") {
    Dock d;
    const model::Document before = d.w.session()->document();
    const auto paragraphs = d.article().paragraphs;
    d.select(0, static_cast<int>(paragraphs[0].size()), static_cast<int>(paragraphs[0].size()));
    d.editor->insertPlainText(QStringLiteral("\n"));  // Enter at the end of paragraph 0
    const int steps = d.steps();
    REQUIRE(d.panel->pasteHtml(QStringLiteral("<p><b>小标题式导语</b>，随后正文。</p>")));
    CHECK(d.steps() == steps + 1);
    REQUIRE(d.article().paragraphs.size() == paragraphs.size() + 1);
    CHECK(d.article().paragraphs[1] == u"小标题式导语，随后正文。");
    CHECK(d.article().paragraphs[2] == paragraphs[1]);
    CHECK(d.article().charRanges == std::vector<model::CharRange>{{1, 0, 6, bold()}});
    d.key(Qt::Key_Z);
    CHECK(d.w.session()->document() == before);
}
