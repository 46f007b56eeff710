// SPDX-License-Identifier: MIT
// Pictures as a plant's prepress operator checks them (issue 12): every kind a page gets —
// RGB, grey, near-grey, CMYK over the limit, 16-bit, alpha, EXIF-rotated, TIFF, a PDF ad — comes
// out separated within the ink limit, undistorted, upright, and the ad's text stays text.
// Fixtures: tests/data/pictures/README.md.
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/image/jpeg_encode.h"
#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

const std::string kPictures = std::string(BM_TEST_DATA) + "/pictures";

page::ImageItem frame(Length x, Length y, Length w, Length h, const std::string& path,
                      model::ImageFit fit = model::ImageFit::Auto) {
    page::ImageItem it({x, y, w, h}, path, "", {}, 1, path);
    it.fit.mode = fit;
    return it;
}

struct Exported {
    std::string pdf, path;
    PdfReport report;
    test::TempDir dir;
};

void exportPage(Exported& e, const std::vector<page::ImageItem>& items, PdfOptions o = {}) {
    test::requireTool("qpdf");
    page::PageDisplay p;
    p.width = 600000;
    p.height = 600000;
    p.pageNumber = 5;
    for (const auto& i : items) p.items.push_back(i);
    fonts::FontRegistry reg;
    o.imageBaseDir = kPictures;
    o.creationEpoch = 1700000000;
    auto r = exportPdf({p}, reg, o, &e.report);
    INFO((r.ok() ? "" : r.error()));
    REQUIRE(r.ok());
    e.pdf.assign(r->begin(), r->end());
    e.path = e.dir.file("pictures.pdf");
    test::writeBytes(e.path, *r);
    const auto check = test::run("qpdf --check '" + e.path + "'");
    INFO(check.output);
    CHECK(check.exitCode == 0);
}

const ImageRecord* record(const PdfReport& r, const std::string& path) {
    for (const auto& i : r.images)
        if (i.path == path) return &i;
    return nullptr;
}

}  // namespace

TEST_CASE("every kind of photo separates within 240 % ink, undistorted", "[pdf][pictures][tools]") {
    Exported e;
    const Length w = 100000, h = 70000;
    exportPage(e, {frame(10000, 10000, w, h, "rgb-120x80.jpg"),
                   frame(120000, 10000, w, h, "gray-120x80.jpg"),
                   frame(230000, 10000, w, h, "nearneutral-120x80.jpg"),
                   frame(340000, 10000, w, h, "cmyk350-80x120.jpg"),
                   frame(10000, 100000, w, h, "rgb16-60x40.png"),
                   frame(120000, 100000, w, h, "alpha-60x40.png"),
                   frame(230000, 100000, w, h, "exif-rot6-40x20.jpg"),
                   frame(340000, 100000, w, h, "rgb-60x40.tif"),
                   frame(10000, 200000, w, h, "cmyk400-8x8.tif")});
    CHECK(e.pdf.find("/DeviceRGB") == std::string::npos);
    REQUIRE(e.report.images.size() == 9);
    for (const ImageRecord& r : e.report.images) {
        INFO(r.path << ": " << r.colour << ", TAC max " << r.tac.max << ", distortion "
                    << r.distortion);
        CHECK(r.tac.max <= 240.5);
        CHECK(r.distortion < 0.01);
        CHECK(r.width > 0);
    }
    CHECK(record(e.report, "gray-120x80.jpg")->colour == "grey → K");
    CHECK(record(e.report, "nearneutral-120x80.jpg")->colour == "near-neutral RGB → K");
    CHECK(record(e.report, "rgb-120x80.jpg")->colour == "RGB → CMYK");
    CHECK_THAT(record(e.report, "cmyk350-80x120.jpg")->colour,
               Catch::StartsWith("CMYK ink-limited"));
    CHECK_THAT(record(e.report, "cmyk400-8x8.tif")->colour, Catch::StartsWith("CMYK ink-limited"));
    // Every image is drawn inside a clip with overprint explicitly off.
    const std::string qdf = test::uncompressed(e.path);
    size_t clips = 0;
    for (size_t p = qdf.find("re W n\n/GSko gs"); p != std::string::npos;
         p = qdf.find("re W n\n/GSko gs", p + 1))
        ++clips;
    CHECK(clips == 9);
}

TEST_CASE("over-limit CMYK is only reported when the plant says so", "[pdf][pictures][tools]") {
    Exported e;
    PdfOptions o;
    o.convertCmykOverLimit = false;
    exportPage(e, {frame(10000, 10000, 80000, 120000, "cmyk350-80x120.jpg")}, o);
    REQUIRE(e.report.images.size() == 1);
    CHECK(e.report.images[0].tac.max > 300);
    bool warned = false;
    for (const auto& w : e.report.warnings)
        warned = warned || w.find("above the 240 % limit") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("fill crops to the frame and keeps the aspect ratio; stretch distorts on request",
          "[pdf][pictures][tools]") {
    Exported e;
    // 120 × 80 px into a square frame: filled, the embedded part is the middle 80 × 80 px.
    exportPage(e,
               {frame(10000, 10000, 100000, 100000, "rgb-120x80.jpg"),
                frame(200000, 10000, 100000, 100000, "rgb-60x40.tif", model::ImageFit::Stretch)});
    const ImageRecord* fill = record(e.report, "rgb-120x80.jpg");
    REQUIRE(fill);
    CHECK(fill->width == 80);
    CHECK(fill->height == 80);
    CHECK(fill->distortion < 0.001);
    const ImageRecord* stretch = record(e.report, "rgb-60x40.tif");
    REQUIRE(stretch);
    CHECK(stretch->distortion == Approx(0.5).margin(0.01));
    bool warned = false;
    for (const auto& w : e.report.warnings)
        warned = warned || w.find("stretched") != std::string::npos;
    CHECK(warned);
}

TEST_CASE("photos finer than 300 ppi are downsampled and re-encoded as JPEG",
          "[pdf][pictures][tools]") {
    test::requireTool("pdfimages");
    test::TempDir src;
    render::DecodedImage big;
    big.width = 1600;
    big.height = 1200;
    big.components = 3;
    for (int y = 0; y < 1200; ++y)
        for (int x = 0; x < 1600; ++x)
            for (int c = 0; c < 3; ++c)
                big.pixels.push_back(static_cast<std::uint8_t>((x * (c + 1) + y) & 255));
    auto jpeg = render::encodeJpeg(big);
    REQUIRE(jpeg);
    const std::string path = src.file("big.jpg");
    test::writeBytes(path, *jpeg);
    Exported e;
    // 1600 px over 96 pt (1.33 in) is 1200 ppi.
    exportPage(e, {frame(10000, 10000, 96000, 72000, path)});
    REQUIRE(e.report.images.size() == 1);
    const ImageRecord& r = e.report.images[0];
    CHECK(r.sourcePpi == Approx(1200).epsilon(0.01));
    CHECK(r.ppi <= 301);
    CHECK(r.ppi >= 295);
    const auto list = test::run("pdfimages -list '" + e.path + "'");
    CHECK(list.output.find("cmyk    4   8  jpeg") != std::string::npos);
}

TEST_CASE("a PDF ad is placed as vector art: its text stays searchable", "[pdf][pictures][tools]") {
    test::requireTool("pdftotext");
    Exported e;
    exportPage(e, {frame(10000, 10000, 288000, 144000, "ad-x1a.pdf"),
                   frame(10000, 200000, 288000, 144000, "ad-fonts-missing.pdf")});
    CHECK(e.pdf.find("/Subtype /Form") != std::string::npos);
    CHECK(e.pdf.find("/Subtype /Image") == std::string::npos);  // no rasterising
    const auto text = test::run("pdftotext '" + e.path + "' -");
    CHECK(text.output.find("BANMIAN AD 2026") != std::string::npos);
    CHECK(text.output.find("Searchable vector text") != std::string::npos);
    bool fontsWarned = false;
    for (const auto& w : e.report.warnings)
        fontsWarned = fontsWarned || (w.find("ad-fonts-missing.pdf") != std::string::npos &&
                                      w.find("not embedded") != std::string::npos);
    CHECK(fontsWarned);
}

TEST_CASE("a plant profile is embedded as DestOutputProfile", "[pdf][pictures][tools]") {
    Exported e;
    PdfOptions o;
    o.outputProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
    exportPage(e, {frame(10000, 10000, 100000, 70000, "rgb-120x80.jpg")}, o);
    CHECK(e.pdf.find("/DestOutputProfile") != std::string::npos);
    CHECK(e.pdf.find("/OutputConditionIdentifier (Custom)") != std::string::npos);
}
