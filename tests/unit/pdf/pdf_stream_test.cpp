// SPDX-License-Identifier: MIT
// Exports that stream their pages (PageSource), draw them on every core, and can be watched and
// stopped through PdfOptions::control (the editor's progress bar and 取消): none of it may change
// a byte of the file.
#include <atomic>
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

const std::string kPictures = std::string(BM_TEST_DATA) + "/pictures";

/// Page i: a headline, a rule, a grey box; every third page also a photo (which the exporter
/// writes in page order) and every fifth an empty photo frame (a placeholder).
page::PageDisplay numberedPage(const test::TestFonts& fonts, size_t i) {
    page::PageDisplay p;
    p.width = 200000;
    p.height = 300000;
    p.pageNumber = static_cast<int>(i) + 1;
    p.items.push_back(test::shapeRun(fonts.registry, i % 2 ? fonts.sans : fonts.serif,
                                     "第" + std::to_string(i + 1) + "版 要闻・经济", 12000,
                                     {20000, 40000}));
    p.items.push_back(page::RuleItem{{20000, 50000}, {180000, 50000}, 500, page::Paint::black()});
    p.items.push_back(page::FillRect{{20000, 60000, 50000, 20000}, page::Paint::gray(0.8f)});
    if (i % 3 == 1)
        p.items.push_back(
            page::ImageItem{{80000, 60000, 90000, 60000}, "rgb-120x80.jpg", "", {}, 1, "photo"});
    if (i % 5 == 4) p.items.push_back(page::ImageItem{{20000, 150000, 60000, 40000}, "", "图"});
    return p;
}

/// Composes each page when asked, as the galley does, and counts how often it was asked and
/// how many of its pages are alive at once.
class CountingSource final : public PageSource {
public:
    CountingSource(const test::TestFonts& fonts, size_t count) : m_fonts(fonts), m_count(count) {}
    size_t pageCount() const override { return m_count; }
    std::shared_ptr<const page::PageDisplay> page(size_t index) const override {
        if (released) ++askedAfterRelease;
        ++asked;
        const int now = ++alive;
        for (int seen = peak; now > seen && !peak.compare_exchange_weak(seen, now);) {
        }
        auto* p = new page::PageDisplay(numberedPage(m_fonts, index));
        return std::shared_ptr<const page::PageDisplay>(p, [this](const page::PageDisplay* d) {
            --alive;
            delete d;
        });
    }
    void allPagesWritten() const override {
        ++released;
        askedWhenReleased = asked.load();
    }
    mutable std::atomic<int> asked{0}, alive{0}, peak{0};
    mutable std::atomic<int> released{0}, askedWhenReleased{0}, askedAfterRelease{0};

private:
    const test::TestFonts& m_fonts;
    size_t m_count;
};

PdfOptions fixedOptions() {
    PdfOptions o;
    o.creationEpoch = 1700000000;
    o.imageBaseDir = kPictures;
    return o;
}

std::vector<std::uint8_t> exported(const Result<std::vector<std::uint8_t>>& r) {
    INFO((r.ok() ? "" : r.error()));
    REQUIRE(r.ok());
    return *r;
}

}  // namespace

TEST_CASE("a streamed export, one window of pages at a time, writes the same bytes", "[pdf]") {
    test::TestFonts fonts;
    const size_t count = 40;
    std::vector<page::PageDisplay> pages;
    for (size_t i = 0; i < count; ++i) pages.push_back(numberedPage(fonts, i));
    const auto whole = exported(exportPdf(pages, fonts.registry, fixedOptions()));

    CountingSource source(fonts, count);
    const auto streamed = exported(exportPdf(source, fonts.registry, fixedOptions()));
    CHECK(streamed == whole);
    CHECK(source.asked == 2 * static_cast<int>(count));  // the scan, then the writing
    CHECK(source.alive == 0);
    CHECK(source.peak < static_cast<int>(count) / 2);  // never the whole issue at once
    // The galley frees its paragraphs when told that the last page is written, before the
    // fonts are subset: told once, after every page, and never asked for a page again.
    CHECK(source.released == 1);
    CHECK(source.askedWhenReleased == 2 * static_cast<int>(count));
    CHECK(source.askedAfterRelease == 0);
}

TEST_CASE("pages drawn on every core give the single-threaded bytes", "[pdf]") {
    test::TestFonts fonts;
    CountingSource source(fonts, 23);
    PdfOptions one = fixedOptions();
    one.singleThreaded = true;
    const auto serial = exported(exportPdf(source, fonts.registry, one));
    const auto parallel = exported(exportPdf(source, fonts.registry, fixedOptions()));
    CHECK(parallel == serial);
    PdfOptions marks = fixedOptions();
    marks.cropMarks = true;
    marks.bleed = 3000;
    const auto a = exported(exportPdf(source, fonts.registry, marks));
    marks.singleThreaded = true;
    const auto b = exported(exportPdf(source, fonts.registry, marks));
    CHECK(a == b);
    CHECK(a != parallel);
}

TEST_CASE("a watched export counts its pages and writes the same bytes", "[pdf]") {
    test::TestFonts fonts;
    CountingSource source(fonts, 5);
    const auto plain = exported(exportPdf(source, fonts.registry, fixedOptions()));
    TaskControl control;
    PdfOptions watched = fixedOptions();
    watched.control = &control;
    const auto bytes = exported(exportPdf(source, fonts.registry, watched));
    CHECK(control.planned == 5);
    CHECK(control.done == 5);
    CHECK(bytes == plain);
}

TEST_CASE("a cancelled export stops with a clear error and writes nothing", "[pdf]") {
    test::TestFonts fonts;
    CountingSource source(fonts, 3);
    TaskControl control;
    control.cancel = true;
    PdfOptions o = fixedOptions();
    o.control = &control;
    auto bytes = exportPdf(source, fonts.registry, o);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error() == kExportCancelled);
    CHECK(control.done == 0);
}
