// SPDX-License-Identifier: MIT
// Images: JPEG passthrough, PNG and RGB conversion for PDF/X-1a, effective-ppi warnings and
// placeholders. Fixtures (tests/data/pdf, 40 × 60 px) are described in tests/data/pdf/README.md.
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

const std::string kData = std::string(BM_TEST_DATA) + "/pdf";

page::PageDisplay imagePage(const std::vector<page::ImageItem>& images) {
    page::PageDisplay p;
    p.width = 300000;
    p.height = 300000;
    p.pageNumber = 4;
    for (const auto& i : images) p.items.push_back(i);
    return p;
}

// 40 × 60 px over 10 × 15 pt is 288 ppi: above the 200 ppi limit.
constexpr Length kSharpW = 10000, kSharpH = 15000;

struct Exported {
    std::string pdf;   ///< raw bytes
    std::string list;  ///< pdfimages -list
    PdfReport report;
};

Exported exportImages(const std::vector<page::ImageItem>& images, PdfOptions::Profile profile) {
    test::requireTool("pdfimages");
    test::requireTool("qpdf");
    fonts::FontRegistry reg;
    PdfOptions o;
    o.profile = profile;
    o.imageBaseDir = kData;
    Exported e;
    auto r = exportPdf({imagePage(images)}, reg, o, &e.report);
    INFO((r.ok() ? "" : r.error()));
    REQUIRE(r.ok());
    e.pdf.assign(r->begin(), r->end());
    test::TempDir dir;
    const std::string path = dir.file("images.pdf");
    test::writeBytes(path, *r);
    const auto check = test::run("qpdf --check '" + path + "'");
    INFO(check.output);
    CHECK(check.exitCode == 0);
    const auto list = test::run("pdfimages -list '" + path + "'");
    INFO(list.output);
    REQUIRE(list.exitCode == 0);
    e.list = list.output;
    return e;
}

}  // namespace

TEST_CASE("JPEGs are embedded unchanged, CMYK Adobe JPEGs with an inverting /Decode",
          "[pdf][images][tools]") {
    const auto e = exportImages({{{10000, 10000, kSharpW, kSharpH}, "photo-cmyk.jpg", ""}},
                                PdfOptions::Profile::X1a);
    CHECK(e.report.warnings.empty());
    CHECK(e.pdf.find("/Filter /DCTDecode") != std::string::npos);
    CHECK(e.pdf.find("/ColorSpace /DeviceCMYK") != std::string::npos);
    CHECK(e.pdf.find("/Decode [1 0 1 0 1 0 1 0]") != std::string::npos);
    // The original JPEG bytes are in the file.
    const std::string jpeg = test::readText(kData + "/photo-cmyk.jpg");
    CHECK(e.pdf.find(jpeg) != std::string::npos);
    CHECK(e.list.find("cmyk    4   8  jpeg") != std::string::npos);
}

TEST_CASE("in PDF/X-1a RGB images become CMYK, grey PNGs stay grey", "[pdf][images][tools]") {
    const auto e = exportImages({{{10000, 10000, kSharpW, kSharpH}, "photo-rgb.png", ""},
                                 {{30000, 10000, kSharpW, kSharpH}, "photo-rgb.jpg", ""},
                                 {{50000, 10000, kSharpW, kSharpH}, "photo-gray.png", ""}},
                                PdfOptions::Profile::X1a);
    INFO(e.list);
    CHECK(e.report.warnings.empty());
    CHECK(e.pdf.find("/DeviceRGB") == std::string::npos);
    // Two RGB images converted to CMYK (Flate), the grey PNG stays DeviceGray.
    size_t cmyk = 0, gray = 0;
    for (size_t p = e.list.find(" cmyk "); p != std::string::npos; p = e.list.find(" cmyk ", p + 1))
        ++cmyk;
    for (size_t p = e.list.find(" gray "); p != std::string::npos; p = e.list.find(" gray ", p + 1))
        ++gray;
    CHECK(cmyk == 2);
    CHECK(gray == 1);
    CHECK(e.list.find(" rgb ") == std::string::npos);
}

TEST_CASE("the Plain profile keeps RGB images (a photo re-encoded as JPEG)",
          "[pdf][images][tools]") {
    const auto e = exportImages({{{10000, 10000, kSharpW, kSharpH}, "photo-rgb.png", ""},
                                 {{30000, 10000, kSharpW, kSharpH}, "photo-rgb.jpg", ""}},
                                PdfOptions::Profile::Plain);
    CHECK(e.pdf.find("/DeviceRGB") != std::string::npos);
    size_t jpegs = 0;
    for (size_t p = e.list.find("rgb     3   8  jpeg"); p != std::string::npos;
         p = e.list.find("rgb     3   8  jpeg", p + 1))
        ++jpegs;
    CHECK(jpegs == 2);
}

TEST_CASE("an image placed below 200 ppi is reported", "[pdf][images][tools]") {
    // 40 px over 40 pt = 72 ppi.
    const auto e = exportImages({{{10000, 10000, 40000, 60000}, "photo-rgb.jpg", ""},
                                 {{60000, 10000, kSharpW, kSharpH}, "photo-rgb.jpg", ""}},
                                PdfOptions::Profile::X1a);
    REQUIRE(e.report.warnings.size() == 1);
    const std::string& w = e.report.warnings[0];
    CHECK(w.find("page 4") != std::string::npos);
    CHECK(w.find("photo-rgb.jpg") != std::string::npos);
    CHECK(w.find("72 ppi") != std::string::npos);
    // Placed twice, embedded once.
    size_t images = 0;
    for (size_t p = e.pdf.find("/Subtype /Image"); p != std::string::npos;
         p = e.pdf.find("/Subtype /Image", p + 1))
        ++images;
    CHECK(images == 1);
}

TEST_CASE("a missing image draws a placeholder and warns, an empty path only draws",
          "[pdf][images][tools]") {
    const auto e = exportImages({{{10000, 10000, 50000, 50000}, "no-such-photo.jpg", "缺图"},
                                 {{70000, 10000, 50000, 50000}, "", "待定"}},
                                PdfOptions::Profile::X1a);
    REQUIRE(e.report.warnings.size() == 1);
    CHECK(e.report.warnings[0].find("no-such-photo.jpg") != std::string::npos);
    CHECK(e.report.warnings[0].find("placeholder") != std::string::npos);
    CHECK(e.pdf.find("/Subtype /Image") == std::string::npos);
    test::TempDir dir;
    const std::string path = dir.file("ph.pdf");
    test::writeBytes(path, std::vector<std::uint8_t>(e.pdf.begin(), e.pdf.end()));
    const std::string qdf = test::uncompressed(path);
    // Two grey boxes with crosses.
    size_t boxes = 0;
    for (size_t p = qdf.find("50 50 re f"); p != std::string::npos;
         p = qdf.find("50 50 re f", p + 1))
        ++boxes;
    CHECK(boxes == 2);
}
