// SPDX-License-Identifier: MIT
// Column flow: grid alignment, column order, text conservation, overset, wrap, balancing,
// jump lines, L-shaped frames and incremental relayout.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "flow_fixture.h"
#include "layout/base/utf.h"
#include "layout/flow/article_flow.h"
#include "layout/model/templates.h"
#include "layout/page/layout_session.h"

using namespace bm;
using namespace bm::test;

TEST_CASE("flow: baselines sit on the page grid and columns fill in order", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 6, 4));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 3, 0, 20, 3));
    fx.run();
    const auto& page = fx.doc.pages[0];
    const Length p = page.grid.pitch();
    const Length y0 = flow::baselineOf(page, 0, fx.bodyEmBox());
    const auto lines = fx.bodyLines("a");
    REQUIRE(lines.size() > 20);
    for (const auto& l : lines) CHECK((l.baseline - y0) % p == 0);
    // Reading order: within a column top to bottom, then the next column to the right.
    for (size_t i = 1; i < lines.size(); ++i) {
        const bool sameColumn =
            lines[i].x == lines[i - 1].x ||
            (lines[i].x > lines[i - 1].x - 50000 && lines[i].x < lines[i - 1].x + 50000 &&
             lines[i].baseline > lines[i - 1].baseline);
        if (lines[i].baseline <= lines[i - 1].baseline) CHECK(lines[i].x > lines[i - 1].x);
        (void)sameColumn;
    }
}

TEST_CASE("flow: placed plus overset is exactly the article text", "[flow]") {
    Fixture fx;
    model::Article a = makeArticle("a", 5, 6);
    a.dateline = u"本报讯（记者 张三）";
    a.credit = u"（通讯员 李四 摄）";
    a.creditRunIn = true;
    fx.doc.articles.push_back(a);
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 2, 0, 12, 2));
    fx.run();
    const auto& fit = fx.layout->fits.at("a");
    std::u16string all;
    for (const auto& p : flow::bodyParagraphs(a)) all += p;
    CHECK(fit.totalChars == static_cast<int>(countChars(all)));
    CHECK(fit.oversetChars > 0);
    CHECK(fit.oversetLines > 0);
    int placed = 0;
    std::u16string placedText;
    for (const auto& l : fx.bodyLines("a")) {
        placed += static_cast<int>(countChars(l.text));
        placedText += l.text;
    }
    CHECK(placed + fit.oversetChars == fit.totalChars);
    // The placed text is a prefix of the article text: nothing lost, nothing repeated.
    CHECK(all.substr(0, placedText.size()) == placedText);
}

TEST_CASE("flow: a frame large enough has no overset and reports its underset", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 2, 2));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 2, 0, 40, 1));
    fx.run();
    const auto& fit = fx.layout->fits.at("a");
    CHECK(fit.oversetChars == 0);
    CHECK(fit.oversetLines == 0);
    const int used = static_cast<int>(fx.bodyLines("a").size());
    CHECK(fit.undersetLines > 0);
    CHECK(fit.undersetLines + used <= 40);
}

TEST_CASE("flow: an image takes its area and standoff out of the text", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 8, 4));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 2, 0, 60, 2));
    model::ImageFrame img;
    img.id = "img";
    img.area = {0, 1, 10, 12};
    fx.doc.pages[0].images.push_back(img);
    fx.run();
    const auto& page = fx.doc.pages[0];
    Rect r = model::gridRectToPage(page, img.area);
    r = Rect{r.x - img.standoff, r.y - img.standoff, r.w + 2 * img.standoff,
             r.h + 2 * img.standoff};
    int inFirstColumn = 0;
    for (const auto& l : fx.bodyLines("a")) {
        const Length top = l.baseline - fx.bodyEmBox().ascent(page.grid.bodySize);
        const bool overlapsX = l.x < r.right() && r.x < l.x + l.width;
        const bool overlapsY = top < r.bottom() && r.y < top + page.grid.bodySize;
        CHECK_FALSE((overlapsX && overlapsY));
        if (l.x < r.right()) ++inFirstColumn;
    }
    CHECK(inFirstColumn > 0);  // text still runs above and below the picture
}

TEST_CASE("flow: the last row of columns is balanced", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 3, 3));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 4, 0, 60, 4));
    fx.run();
    std::map<Length, int> perColumn;  // by the left edge of the column holding the line
    const auto& cols = fx.layout->pages[0].frames.at(0).columns;
    for (const auto& l : fx.bodyLines("a"))
        for (const auto& c : cols)
            if (l.x >= c.x && l.x < c.right()) ++perColumn[c.x];
    REQUIRE(perColumn.size() == 4);
    std::vector<int> counts;
    for (const auto& [x, n] : perColumn) counts.push_back(n);
    for (size_t i = 1; i < counts.size(); ++i)
        CHECK(counts[i] <= counts[i - 1]);  // only the last shorter
    CHECK(counts.front() - counts.back() <= 1 + 0);
    CHECK(counts.front() == counts[counts.size() - 2]);
}

TEST_CASE("flow: a headline taller than its frame is clipped, not printed over the next frame",
          "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 2, 2));
    fx.doc.articles.back().headline = u"一条在一栏里要占很多行的很长的主题标题";
    fx.doc.articles.push_back(makeArticle("b", 2, 2));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 1, 0, 6, 1));
    fx.doc.pages[0].articleFrames.push_back(frame("fb", "b", 0, 1, 6, 30, 1));
    fx.run();
    const Rect fa = model::gridRectToPage(fx.doc.pages[0], {0, 1, 0, 6});
    bool hasA = false;
    for (const auto& l : fx.layout->pages[0].lines)
        if (l.articleId == "a") {
            hasA = true;
            CHECK(l.baseline <= fa.y + fa.h);
        }
    CHECK(hasA);  // the first headline lines are still shown
    CHECK(fx.layout->fits.at("a").oversetChars == fx.layout->fits.at("a").totalChars);
    bool reported = false;
    for (const auto& d : fx.layout->diagnostics)
        reported = reported || d.find("headline lines are hidden") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("flow: balancing never leaves the last column empty", "[flow]") {
    // 12 one-line paragraphs in 5 columns: "only the last shorter" would give 3,3,3,3,0.
    Fixture fx;
    model::Article a;
    a.id = "a";
    for (int i = 0; i < 12; ++i) a.paragraphs.push_back(u"短讯一则。");
    fx.doc.articles.push_back(a);
    auto f = frame("fa", "a", 0, 5, 0, 60, 5);
    f.showHeadline = false;
    fx.doc.pages[0].articleFrames.push_back(f);
    fx.run();
    std::map<Length, int> perColumn;
    const auto& cols = fx.layout->pages[0].frames.at(0).columns;
    REQUIRE(cols.size() == 5);
    for (const auto& c : cols) perColumn[c.x] = 0;
    for (const auto& l : fx.bodyLines("a"))
        for (const auto& c : cols)
            if (l.x >= c.x && l.x < c.right()) ++perColumn[c.x];
    std::vector<int> counts;
    for (const auto& [x, n] : perColumn) counts.push_back(n);
    CHECK(counts == std::vector<int>{3, 3, 2, 2, 2});
}

TEST_CASE("flow: continued stories get jump lines with the real page numbers", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 12, 5));
    fx.doc.pages[0].number = 3;
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 1, 0, 10, 1));
    model::Page second = model::duikai8Template("p2", 7);
    auto f2 = frame("fa2", "a", 2, 2, 5, 80, 2);
    f2.sequence = 1;
    second.articleFrames.push_back(f2);
    fx.doc.pages.push_back(second);
    fx.run();
    auto find = [&](size_t page, const std::u16string& text) {
        for (const auto& l : fx.layout->pages[page].lines)
            if (l.text == text) return &l;
        return static_cast<const page::PlacedLine*>(nullptr);
    };
    const auto* down = find(0, u"（下转第7版）");
    const auto* up = find(1, u"（上接第3版）");
    REQUIRE(down);
    REQUIRE(up);
    CHECK(down->role == "jump");
    // The jump line is the last line of the first frame; the continuation starts after 上接.
    for (const auto& l : fx.bodyLines("a", 0)) CHECK(l.baseline < down->baseline);
    for (const auto& l : fx.bodyLines("a", 1)) CHECK(l.baseline > up->baseline - 1);
    CHECK(fx.layout->fits.at("a").oversetChars == 0);
    CHECK(!fx.bodyLines("a", 1).empty());
}

TEST_CASE("flow: an L-shaped frame fills its rectangles in order", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 10, 4));
    model::ArticleFrame f = frame("fa", "a", 0, 4, 0, 20, 4);
    model::FrameRect lower;
    lower.area = {0, 2, 20, 30};
    lower.textColumns = 2;
    f.rects.push_back(lower);
    fx.doc.pages[0].articleFrames.push_back(f);
    fx.run();
    const auto lines = fx.bodyLines("a");
    const Length lowerTop = model::lineTop(fx.doc.pages[0], 20);
    bool seenLower = false;
    for (const auto& l : lines) {
        if (l.baseline > lowerTop)
            seenLower = true;
        else
            CHECK_FALSE(seenLower);  // no upper-part line after the lower part started
    }
    CHECK(seenLower);
}

TEST_CASE("flow: relayout re-flows only the articles an edit touches", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 4, 3));
    fx.doc.articles.push_back(makeArticle("b", 4, 3));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 2, 0, 40, 2));
    fx.doc.pages[0].articleFrames.push_back(frame("fb", "b", 4, 2, 0, 40, 2));
    fx.run();
    CHECK(fx.session.articlesReflowed() == 2);
    const auto before = fx.bodyLines("a");
    fx.doc.pages[0].articleFrames[1].rects[0].area.lines = 30;  // resize b
    fx.run();
    CHECK(fx.session.articlesReflowed() == 1);
    const auto after = fx.bodyLines("a");
    REQUIRE(before.size() == after.size());
    for (size_t i = 0; i < before.size(); ++i) CHECK(before[i].text == after[i].text);
    fx.run();
    CHECK(fx.session.articlesReflowed() == 0);
}

TEST_CASE("flow: headline block occupies whole grid lines", "[flow]") {
    Fixture fx;
    fx.doc.articles.push_back(makeArticle("a", 3, 3));
    fx.doc.pages[0].articleFrames.push_back(frame("fa", "a", 0, 3, 10, 40, 3));
    fx.run();
    const auto& page = fx.doc.pages[0];
    const auto lines = fx.bodyLines("a");
    REQUIRE(!lines.empty());
    Length firstBaseline = lines.front().baseline;
    for (const auto& l : lines) firstBaseline = std::min(firstBaseline, l.baseline);
    // The body starts on a grid line below the headline, which sits above it.
    const fonts::EmBox em = fx.bodyEmBox();
    CHECK((firstBaseline - flow::baselineOf(page, 0, em)) % page.grid.pitch() == 0);
    CHECK(firstBaseline > flow::baselineOf(page, 10, em));
    for (const auto& l : fx.layout->pages[0].lines)
        if (l.role == "headline") CHECK(l.baseline < firstBaseline);
}
