// SPDX-License-Identifier: MIT
#pragma once
// Every edit kind, applied to the seed document: shared by the edit tests (each is undone
// exactly by its inverse) and the oracle of the incremental relayout (tests/unit/flow: after
// each edit, a LayoutSession that reuses its caches gives what a fresh session gives).
#include <string>
#include <utility>
#include <vector>

#include "layout/model/edit.h"
#include "model_fixtures.h"

namespace bm::model::test {

/// The seed page as a document (model_fixtures.h), built once.
inline const Document& seedEditBase() {
    static const Document doc = [] {
        auto articles = importSeedArticles(seedPath());
        if (!articles) throw std::runtime_error(articles.error());
        return buildSeedDocument(*articles);
    }();
    return doc;
}

inline Article extraArticle() {
    Article a;
    a.id = "extra";
    a.headline = u"新稿";
    a.paragraphs = {u"第一段。", u"第二段。"};
    return a;
}

inline ImageFrame extraImage() {
    ImageFrame im;
    im.id = "img-new";
    im.area = GridRect{3, 2, 4, 10};
    return im;
}

inline RuleFrame boxRule() {
    RuleFrame r;
    r.id = "box-new";
    r.kind = RuleFrame::Kind::Box;
    r.from = bm::Point{100000, 200000};
    r.to = bm::Point{300000, 400000};
    r.width = 0;
    r.fillPercent = 20;
    return r;
}

struct EditCase {
    std::string name;
    Edit edit;
};

/// Each alternative of Edit at least once, each applicable to seedEditBase().
inline std::vector<EditCase> everyEditKind() {
    ArticleFrame placed;
    placed.id = "f-extra";
    placed.articleId = "speech";
    placed.sequence = 1;
    placed.rects = {rect(3, 5, 0, 30, 3)};
    placed.showHeadline = false;

    const Document& base = seedEditBase();
    Page page2 = duikai8Template("p9", 9);
    ArticleFrame onNewPage = placed;
    onNewPage.id = "f-on-p9";
    page2.articleFrames = {onNewPage};

    return {
        {"PlaceArticle (append)", PlaceArticle{"p2", placed}},
        {"PlaceArticle (at index 0)",
         PlaceArticle{"p1", {"f-x", "speech", 2, {rect(0, 1, 0, 2)}}, 0}},
        {"RemoveFrame", RemoveFrame{"p1", "f-job-fair"}},
        {"MoveFrame rect", MoveFrame{"p1", "f-library-books", 1, GridRect{5, 0, 60, 0}}},
        {"MoveFrame whole", MoveFrame{"p1", "f-library-books", -1, GridRect{0, 0, 70, 0}}},
        {"ResizeFrame rect", ResizeFrame{"p1", "f-speech", 0, GridRect{0, 5, 4, 70}}},
        {"ResizeFrame whole (L shape)",
         ResizeFrame{"p1", "f-library-books", -1, GridRect{4, 4, 40, 30}}},
        {"SetFrameRects",
         SetFrameRects{"p1", "f-guoxue", {rect(3, 2, 64, 20), rect(3, 2, 84, 19)}}},
        {"SetTextColumns rect", SetTextColumns{"p1", "f-speech", 0, 3, 20000}},
        {"SetTextColumns whole", SetTextColumns{"p1", "f-library-books", -1, 1, std::nullopt}},
        {"SetArticleText headline", SetArticleText{"job-fair", "headline", u"新标题"}},
        {"SetArticleText kicker", SetArticleText{"speech", "kicker", u"引题"}},
        {"SetArticleText subheadline", SetArticleText{"speech", "subheadline", u""}},
        {"SetArticleText byline", SetArticleText{"tree-warming", "byline", u"记者"}},
        {"SetArticleText dateline", SetArticleText{"library-books", "dateline", u"本报讯"}},
        {"SetArticleText credit", SetArticleText{"job-fair", "credit", u"（摄）"}},
        {"SetArticleText paragraphs", SetArticleText{"speech", "paragraphs", u"一。\n二。"}},
        {"SetParagraphs (maps flush/tracking)",
         SetParagraphs{"speech", {u"只一段。"}, std::nullopt, std::nullopt}},
        {"SetParagraphs (explicit)", SetParagraphs{"guoxue-society",
                                                   {u"同志们：", u"正文。"},
                                                   std::vector<int>{0},
                                                   std::vector<TrackingRange>{{1, 0, 2, -100}}}},
        {"AddArticle", AddArticle{extraArticle()}},
        {"AddArticle (at index 1)", AddArticle{extraArticle(), 1}},
        {"RemoveArticle (placed on two pages)", RemoveArticle{"platform-economy"}},
        {"RemoveArticle (unplaced)", RemoveArticle{"speech"}},
        {"SetStyle (replace: body in 黑体)",
         SetStyle{"body", Style{FontRole::Hei, "", false, 9000}}},
        {"SetStyle (new)", SetStyle{"box", Style{}}},
        {"SetStyle (body preset news-gb: full-width digits)",
         SetStyle{"body", Style{FontRole::Song, "", false, 9000, Align::Justify, "news-gb"}}},
        {"SetStyle (dateline in 楷)", SetStyle{"dateline", Style{FontRole::Kai, "", false, 9000}}},
        {"RemoveStyle", RemoveStyle{"jump"}},
        {"SetTracking", SetTracking{"job-fair", {{0, 0, 4, -50}, {1, 2, 6, 100}}}},
        {"AddPage", AddPage{page2}},
        {"AddPage (at index 0)", AddPage{duikai8Template("p0", 1), 0}},
        {"RemovePage", RemovePage{"p1"}},
        {"MoveImage", MoveImage{"p1", "img-job-fair", GridRect{5, 3, 0, 22}}},
        {"MoveImage (into an article, which wraps around it)",
         MoveImage{"p1", "img-job-fair", GridRect{1, 2, 20, 12}}},
        {"AddImage", AddImage{"p1", extraImage()}},
        {"AddImage (at index 0)", AddImage{"p2", extraImage(), 0}},
        {"RemoveImage", RemoveImage{"p1", "img-job-fair"}},
        {"ReplaceText paragraph (a fix)",
         ReplaceText{{"speech", "", "", "paragraphs", 1},
                     {{0, 2, base.article("speech")->paragraphs[1].substr(0, 2), u"改正"},
                      {4, 4, u"", u"，"}}}},
        {"ReplaceText headline",
         ReplaceText{{"job-fair", "", "", "headline", -1},
                     {{0, 1, base.article("job-fair")->headline.substr(0, 1), u""}}}},
        {"ReplaceText 报眉", ReplaceText{{"", "p1", "", "header.date", -1}, {{0, 0, u"", u"X"}}}},
        {"ReplaceText caption",
         ReplaceText{{"", "p1", "img-job-fair", "caption", -1}, {{0, 0, u"", u"图为"}}}},
        {"ReplaceAll (find/replace over two fields)",
         ReplaceAll{
             {ReplaceText{{"speech", "", "", "paragraphs", 1},
                          {{0, 2, base.article("speech")->paragraphs[1].substr(0, 2), u"改"}}},
              ReplaceText{{"", "p1", "img-job-fair", "caption", -1}, {{0, 0, u"", u"图"}}}}}},
        {"SetCheckSettings", SetCheckSettings{CheckSettings{
                                 "proof-only", "", {{"0123456789abcdef", "ZH-REPEAT", "口号"}}}}},
        {"SetPageSetup",
         SetPageSetup{"p1", 5, PageHeader{true, u"晚报", u"2024年1月1日", u"要闻"}}},
        {"SetImage", SetImage{"p1",
                              [] {
                                  ImageFrame im = seedEditBase().pages[0].images[0];
                                  im.caption = u"新图说";
                                  im.wrap = false;
                                  im.standoff = 6000;
                                  return im;
                              }()}},
        {"AddRule (box with 底纹)", AddRule{"p1", boxRule()}},
        {"RemoveRule", RemoveRule{"p1", "rule-1"}},
        {"SetRule", SetRule{"p1",
                            [] {
                                RuleFrame r = seedEditBase().pages[0].rules[0];
                                r.style = RuleFrame::Style::Double;
                                r.tintPercent = 50;
                                return r;
                            }()}},
        {"AddLabel",
         AddLabel{"p1", LabelFrame{"lab-new", GridRect{0, 2, 90, 3}, u"反白", "headline", true}}},
        {"RemoveLabel", RemoveLabel{"p1", seedEditBase().pages[0].labels[0].id}},
        {"SetLabel", SetLabel{"p1",
                              [] {
                                  LabelFrame l = seedEditBase().pages[0].labels[0];
                                  l.inverse = !l.inverse;
                                  l.text = u"新标签";
                                  return l;
                              }()}},
        {"SetLocked", SetLocked{"p1", "f-speech", true}},
        {"SetArticleHeadline (一号 黑体 长80 %)",
         SetArticleHeadline{"speech", 26000, FontRole::Hei, 80}},
        {"SetArticleHeadline (back to the document style, 扁120 %)",
         SetArticleHeadline{"job-fair", std::nullopt, std::nullopt, 120}},
        {"SetArticleHeadline (标题占行 6)",
         SetArticleHeadline{"speech", 36000, FontRole::Hei, 100, 6}},
        {"SetFrameOptions (headline over 3 columns, unbalanced)",
         SetFrameOptions{"p1", "f-speech", true, 3, false}},
        {"SetFrameOptions (no headline)", SetFrameOptions{"p1", "f-job-fair", false, 0, true}},
        {"SetCharAttrs (黑体 lead-in)",
         SetCharAttrs{"platform-economy", 1, 0, 14, CharAttrs{FontRole::Hei}}},
        {"SetCharAttrs (bold 着重号 K60 superscript, half size)",
         SetCharAttrs{"speech", 1, 2, 6,
                      CharAttrs{FontRole::Kai, true, 50, true, Script::Super, 60}}},
        {"SetCharAttrs (黑体, then part of it cleared)",
         Batch{{SetCharAttrs{"speech", 1, 0, 6, CharAttrs{FontRole::Hei}},
                SetCharAttrs{"speech", 1, 2, 4, {}}}}},
        {"SetCharRanges",
         SetCharRanges{"job-fair", {{0, 0, 2, {FontRole::Hei}}, {1, 1, 3, {std::nullopt, true}}}}},
        {"SetParagraphStyle (小标题)", SetParagraphStyle{"speech", 2, "subhead"}},
        {"SetParagraphStyle (two marks, one set back to 正文)",
         Batch{{SetParagraphStyle{"speech", 2, "subhead"}, SetParagraphStyle{"speech", 3, "quote"},
                SetParagraphStyle{"speech", 2, "body"}}}},
        {"SetStyle (小标题 in 楷, every 小标题 follows)",
         Batch{{SetParagraphStyle{"speech", 2, "subhead"},
                SetStyle{"subhead", Style{FontRole::Kai, "", true, 9000}}}}},
        {"Batch (黑体 lead-in, then a fix inside it)",
         Batch{{SetCharAttrs{"platform-economy", 2, 0, 14, CharAttrs{FontRole::Hei}},
                ReplaceText{{"platform-economy", "", "", "paragraphs", 2},
                            {{0, 2, base.article("platform-economy")->paragraphs[2].substr(0, 2),
                              u"用心"}}}}}},
        {"Batch (小标题 and 黑体, then paragraphs retyped)",
         Batch{{SetParagraphStyle{"speech", 3, "subhead"},
                SetCharAttrs{"speech", 4, 0, 2, CharAttrs{FontRole::Hei}},
                SetArticleText{"speech", "paragraphs", u"新的第一段。\n新的第二段。"}}}},
        {"Batch", Batch{{MoveFrame{"p1", "f-speech", -1, GridRect{1, 0, 4, 0}},
                         SetArticleText{"speech", "headline", u"改"},
                         RemoveImage{"p1", "img-tree-warming"}}}},
    };
}

}  // namespace bm::model::test
