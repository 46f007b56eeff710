// SPDX-License-Identifier: MIT
// The sample documents in samples/ (made by scripts/make-samples.py): they load, lay out with
// every article placed and nothing overset, keep every body line on the baseline grid, and show
// what each one is for: the seed page at its printed measures, the jump lines of the two-page
// issue, the L-shaped frame and the wrapped photo.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "flow_fixture.h"
#include "layout/base/utf.h"
#include "layout/flow/article_flow.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"

using namespace bm;

namespace {

std::string samplePath(const std::string& name) {
    return std::string(BM_SOURCE_DIR) + "/samples/" + name;
}

struct Sample {
    model::Document doc;
    fonts::FontRegistry registry;
    std::unique_ptr<page::LayoutSession> session;
    std::shared_ptr<const page::DocumentLayout> layout;
    fonts::EmBox bodyEm;  ///< of the body face: where body lines sit in their grid line

    explicit Sample(const std::string& name) {
        auto loaded = model::loadDocument(samplePath(name));
        if (!loaded) FAIL(loaded.error());
        doc = std::move(*loaded);
        session = std::make_unique<page::LayoutSession>(registry);
        auto r = session->layout(doc);
        if (!r) FAIL(r.error());
        layout = *r;
        REQUIRE(layout->pages.size() == doc.pages.size());
        bodyEm = test::bodyEmBox(registry, doc);
    }

    const model::ArticleFrame* frame(const std::string& id, size_t* pageIndex = nullptr) const {
        for (size_t p = 0; p < doc.pages.size(); ++p)
            for (const auto& f : doc.pages[p].articleFrames)
                if (f.id == id) {
                    if (pageIndex) *pageIndex = p;
                    return &f;
                }
        return nullptr;
    }
};

std::string u8(const std::u16string& s) { return utf16ToUtf8(s); }

// Every article of the document is placed and nothing of it is overset.
void checkAllPlacedNoOverset(const Sample& s) {
    REQUIRE(s.layout->fits.size() == s.doc.articles.size());
    for (const auto& a : s.doc.articles) {
        INFO("article " << a.id);
        const auto it = s.layout->fits.find(a.id);
        REQUIRE(it != s.layout->fits.end());
        CHECK(it->second.placed);
        CHECK(it->second.totalChars > 0);
        CHECK(it->second.oversetChars == 0);
        CHECK(it->second.oversetLines == 0);
    }
}

// Every body, credit and jump line sits on its page's baseline grid.
void checkBaselinesOnGrid(const Sample& s) {
    size_t checked = 0;
    for (size_t p = 0; p < s.doc.pages.size(); ++p) {
        const model::Page& page = s.doc.pages[p];
        const Length pitch = page.grid.pitch();
        const Length first = flow::baselineOf(page, 0, s.bodyEm);
        const Length last = flow::baselineOf(page, model::gridLines(page) - 1, s.bodyEm);
        for (const auto& l : s.layout->pages[p].lines) {
            if (l.role != "body" && l.role != "credit" && l.role != "jump") continue;
            INFO("page " << page.number << ", " << l.articleId << ": " << u8(l.text));
            CHECK((l.baseline - first) % pitch == 0);
            CHECK(l.baseline >= first);
            CHECK(l.baseline <= last);
            ++checked;
        }
    }
    CHECK(checked > 100);
}

// The em box of a text line (its style size is the body size for body, credit and jump lines).
Rect bodyLineBox(const page::PlacedLine& l, Length size, const fonts::EmBox& em) {
    return Rect{l.x, l.baseline - em.ascent(size), l.width, size};
}

}  // namespace

TEST_CASE("samples: the seed page has all six articles, each placed with nothing overset",
          "[samples]") {
    Sample s("seed-page.bmdoc.json");
    REQUIRE(s.doc.pages.size() == 1);
    const model::Page& page = s.doc.pages[0];
    CHECK(page.grid.columns == 8);
    CHECK(model::gridLines(page) == 103);
    CHECK(u8(page.header.paperName) == "滨州日报");

    std::set<std::string> ids;
    for (const auto& a : s.doc.articles) ids.insert(a.id);
    CHECK(ids == std::set<std::string>{"speech", "job-fair", "library-books", "tree-warming",
                                       "guoxue-society", "platform-economy"});
    checkAllPlacedNoOverset(s);

    // A full page: no article leaves more than three empty lines per text column of its last rect.
    for (const auto& f : page.articleFrames) {
        const auto& fit = s.layout->fits.at(f.articleId);
        INFO("article " << f.articleId);
        CHECK(fit.undersetLines <= 3 * f.rects.back().textColumns);
    }

    // The page label and the two photo frames, filled with the stand-in photos of
    // samples/photos (a placeholder box must not print: IMG-EMPTY).
    REQUIRE(page.labels.size() == 1);
    CHECK(u8(page.labels[0].text).find("稳") != std::string::npos);
    CHECK(page.images.size() == 2);
    for (const auto& img : page.images) {
        INFO(img.id);
        CHECK(
            std::filesystem::is_regular_file(std::string(BM_SOURCE_DIR) + "/samples/" + img.path));
    }
}

TEST_CASE("samples: the seed page sets each body at its printed measure", "[samples]") {
    Sample s("seed-page.bmdoc.json");
    const model::Page& page = s.doc.pages[0];
    // seed-page-README.md: the column measures of the printed page, in 字 of the body size.
    const std::map<std::string, double> printed = {
        {"speech", 16},       {"job-fair", 13},          {"library-books", 15},
        {"tree-warming", 15}, {"guoxue-society", 15.25}, {"platform-economy", 15.5}};
    std::map<std::string, int> framesSeen;
    for (const auto& box : s.layout->pages[0].frames) {
        if (box.kind != page::FrameBox::Kind::Article) continue;
        INFO("frame " << box.frameId);
        const auto it = printed.find(box.articleId);
        REQUIRE(it != printed.end());
        const Length expected = fromPt(it->second * toPt(page.grid.bodySize));
        CHECK(box.measure == expected);
        for (const auto& col : box.columns) CHECK(col.w == expected);
        ++framesSeen[box.articleId];
    }
    CHECK(framesSeen.size() == printed.size());
    // Every body line is set to its column's measure (justified; the last line of a paragraph
    // may be shorter, never longer).
    for (const auto& l : s.layout->pages[0].lines) {
        if (l.role != "body") continue;
        INFO(l.articleId << ": " << u8(l.text));
        CHECK(l.width <= l.measure);
    }
}

TEST_CASE("samples: the credits of the seed page run in or stand alone as printed", "[samples]") {
    Sample s("seed-page.bmdoc.json");
    const auto& lines = s.layout->pages[0].lines;
    // job-fair: the credit ends the last body line; tree-warming: a line of its own.
    const page::PlacedLine* jobLast = nullptr;
    const page::PlacedLine* treeCredit = nullptr;
    for (const auto& l : lines) {
        if (l.articleId == "job-fair" && l.role == "body") jobLast = &l;
        if (l.articleId == "tree-warming" && l.role == "credit") treeCredit = &l;
    }
    REQUIRE(jobLast);
    CHECK(u8(jobLast->text).find("（通讯员 摄影）") != std::string::npos);
    REQUIRE(treeCredit);
    CHECK(u8(treeCredit->text) == "（通讯员 卢青 摄影）");
}

TEST_CASE("samples: every body baseline of every sample is on the grid", "[samples]") {
    for (const char* name :
         {"seed-page.bmdoc.json", "two-page-issue.bmdoc.json", "l-shape-wrap.bmdoc.json"}) {
        INFO(name);
        Sample s(name);
        checkAllPlacedNoOverset(s);
        checkBaselinesOnGrid(s);
    }
}

TEST_CASE("samples: the two-page issue continues the speech with jump lines", "[samples]") {
    Sample s("two-page-issue.bmdoc.json");
    REQUIRE(s.doc.pages.size() == 2);
    checkAllPlacedNoOverset(s);

    // The speech's chain: sequence 0 on one page, sequence 1 on the other.
    size_t firstPage = 0, nextPage = 0;
    const model::ArticleFrame* first = nullptr;
    const model::ArticleFrame* next = nullptr;
    for (size_t p = 0; p < s.doc.pages.size(); ++p)
        for (const auto& f : s.doc.pages[p].articleFrames)
            if (f.articleId == "speech") {
                if (f.sequence == 0) first = &f, firstPage = p;
                if (f.sequence == 1) next = &f, nextPage = p;
            }
    REQUIRE(first);
    REQUIRE(next);
    REQUIRE(firstPage != nextPage);
    const int fromNo = s.doc.pages[firstPage].number;
    const int toNo = s.doc.pages[nextPage].number;
    CHECK(fromNo != toNo);

    auto jumps = [&](size_t p, const std::string& frameId) {
        std::vector<page::PlacedLine> out;
        for (const auto& l : s.layout->pages[p].lines)
            if (l.role == "jump" && l.frameId == frameId) out.push_back(l);
        return out;
    };
    const auto down = jumps(firstPage, first->id);
    const auto up = jumps(nextPage, next->id);
    REQUIRE(down.size() == 1);
    REQUIRE(up.size() == 1);
    CHECK(u8(down[0].text) == "（下转第" + std::to_string(toNo) + "版）");
    CHECK(u8(up[0].text) == "（上接第" + std::to_string(fromNo) + "版）");

    // 下转 is the last line of the first frame, 上接 the first line of the continuation.
    Length lastBody = 0;
    Length firstBody = std::numeric_limits<Length>::max();
    size_t bodyOnFirst = 0, bodyOnNext = 0;
    for (const auto& l : s.layout->pages[firstPage].lines)
        if (l.frameId == first->id && l.role == "body") {
            ++bodyOnFirst;
            if (l.x == down[0].x) lastBody = std::max(lastBody, l.baseline);
        }
    for (const auto& l : s.layout->pages[nextPage].lines)
        if (l.frameId == next->id && l.role == "body") {
            ++bodyOnNext;
            if (l.x == up[0].x) firstBody = std::min(firstBody, l.baseline);
        }
    CHECK(bodyOnFirst > 100);
    CHECK(bodyOnNext > 20);
    CHECK(down[0].baseline > lastBody);
    CHECK(up[0].baseline < firstBody);
    // The deck is printed once, on the first page.
    for (const auto& l : s.layout->pages[nextPage].lines)
        if (l.articleId == "speech") CHECK((l.role == "body" || l.role == "jump"));
}

TEST_CASE("samples: the L-shaped frame fills both rects and no text runs under the wrapped photo",
          "[samples]") {
    Sample s("l-shape-wrap.bmdoc.json");
    REQUIRE(s.doc.pages.size() == 1);
    checkAllPlacedNoOverset(s);
    const model::Page& page = s.doc.pages[0];
    const auto& lines = s.layout->pages[0].lines;

    // The L: an article frame with two rects of different spans, one under the other, both used.
    const model::ArticleFrame* l = nullptr;
    for (const auto& f : page.articleFrames)
        if (f.rects.size() == 2) l = &f;
    REQUIRE(l);
    const Rect r0 = model::gridRectToPage(page, l->rects[0].area);
    const Rect r1 = model::gridRectToPage(page, l->rects[1].area);
    CHECK(l->rects[0].area.span != l->rects[1].area.span);
    CHECK(r1.y >= r0.bottom());
    size_t in0 = 0, in1 = 0;
    for (const auto& pl : lines) {
        if (pl.frameId != l->id || pl.role != "body") continue;
        const Rect box = bodyLineBox(pl, page.grid.bodySize, s.bodyEm);
        if (r0.x <= box.x && box.right() <= r0.right() && r0.y <= box.y &&
            box.bottom() <= r0.bottom())
            ++in0;
        else if (r1.x <= box.x && box.right() <= r1.right() && r1.y <= box.y &&
                 box.bottom() <= r1.bottom())
            ++in1;
        else
            FAIL("a line of the L-shaped frame is outside both rects: " << u8(pl.text));
    }
    CHECK(in0 > 0);
    CHECK(in1 > 0);
    // Text beside the notch: rect 1 is wider than rect 0, and text uses the extra columns.
    bool besideNotch = false;
    for (const auto& pl : lines)
        if (pl.frameId == l->id && pl.role == "body" && pl.x >= r0.right()) besideNotch = true;
    CHECK(besideNotch);

    // The wrapped photo: an image with wrap inside the L's first rect.
    const model::ImageFrame* photo = nullptr;
    for (const auto& img : page.images)
        if (img.wrap && model::gridRectToPage(page, img.area).intersects(r0)) photo = &img;
    REQUIRE(photo);
    const Rect pr = model::gridRectToPage(page, photo->area);
    const Rect keepOut{pr.x - photo->standoff, pr.y - photo->standoff, pr.w + 2 * photo->standoff,
                       pr.h + 2 * photo->standoff};
    size_t above = 0, below = 0, beside = 0;
    for (const auto& pl : lines) {
        if (pl.articleId.empty()) continue;  // furniture: the photo's own caption
        if (pl.role != "body" && pl.role != "credit" && pl.role != "jump") continue;
        const Rect box = bodyLineBox(pl, page.grid.bodySize, s.bodyEm);
        INFO(pl.articleId << ": " << u8(pl.text));
        CHECK_FALSE(box.intersects(keepOut));
        const bool overlapsX = box.x < pr.right() && pr.x < box.right();
        const bool overlapsY = box.y < pr.bottom() && pr.y < box.bottom();
        if (pl.articleId == l->articleId && overlapsX && box.bottom() <= pr.y) ++above;
        if (pl.articleId == l->articleId && overlapsX && box.y >= pr.bottom()) ++below;
        if (pl.articleId == l->articleId && overlapsY && !overlapsX) ++beside;
    }
    // It is wrapped, not just placed in a gap: the text runs above, below and beside it.
    CHECK(above > 0);
    CHECK(below > 0);
    CHECK(beside > 0);
}
