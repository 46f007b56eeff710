// SPDX-License-Identifier: MIT
// An export watched and stopped through PdfOptions::control (the editor's progress bar and 取消).
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

std::vector<page::PageDisplay> numberedPages(const test::TestFonts& fonts, int count) {
    std::vector<page::PageDisplay> pages;
    for (int i = 0; i < count; ++i) {
        page::PageDisplay p;
        p.width = 200000;
        p.height = 300000;
        p.pageNumber = i + 1;
        p.items.push_back(test::shapeRun(fonts.registry, fonts.serif,
                                         "第" + std::to_string(i + 1) + "版 要闻", 12000,
                                         {20000, 40000}));
        pages.push_back(std::move(p));
    }
    return pages;
}

PdfOptions fixedOptions() {
    PdfOptions o;
    o.creationEpoch = 1700000000;
    return o;
}

}  // namespace

TEST_CASE("a watched export counts its pages and writes the same bytes", "[pdf]") {
    test::TestFonts fonts;
    const auto pages = numberedPages(fonts, 5);
    auto plain = exportPdf(pages, fonts.registry, fixedOptions());
    REQUIRE(plain.ok());
    TaskControl control;
    PdfOptions watched = fixedOptions();
    watched.control = &control;
    auto bytes = exportPdf(pages, fonts.registry, watched);
    REQUIRE(bytes.ok());
    CHECK(control.planned == 5);
    CHECK(control.done == 5);
    CHECK(*bytes == *plain);
}

TEST_CASE("a cancelled export stops with a clear error and writes nothing", "[pdf]") {
    test::TestFonts fonts;
    const auto pages = numberedPages(fonts, 3);
    TaskControl control;
    control.cancel = true;
    PdfOptions o = fixedOptions();
    o.control = &control;
    auto bytes = exportPdf(pages, fonts.registry, o);
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error() == kExportCancelled);
    CHECK(control.done == 0);
}
