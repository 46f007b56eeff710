// SPDX-License-Identifier: MIT
// Format version 2 fields of issue 12: picture fit, crop and PDF page; print settings.
#include <catch2/catch.hpp>

#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "model_fixtures.h"

using namespace bm;
using namespace bm::model;

TEST_CASE("picture fit, zoom, focus, PDF page and print settings round-trip", "[model][v2]") {
    Document doc = newDocument();
    REQUIRE(!doc.pages.empty());
    ImageFrame im;
    im.id = "img-1";
    im.area = {0, 2, 0, 10};
    im.path = "photo.jpg";
    im.fit = ImageFit::Fit;
    im.zoomPermille = 1750;
    im.focusXPermille = 125;
    im.focusYPermille = 900;
    im.pdfPage = 3;
    doc.pages[0].images.push_back(im);
    doc.print.outputProfile = "plant/ISOnewspaper26v4.icc";
    doc.print.inkLimitPercent = 220;
    doc.print.convertCmykOverLimit = false;
    doc.print.maxPpi = 250;
    const std::string json = serializeDocument(doc);
    CHECK(json.find("\"fit\": \"fit\"") != std::string::npos);
    CHECK(json.find("\"zoom\": 1.75") != std::string::npos);
    CHECK(json.find("\"cmykOverLimit\": \"report\"") != std::string::npos);
    auto back = parseDocument(json, "round-trip");
    REQUIRE(back);
    CHECK(*back == doc);
}

TEST_CASE("a version 1 picture loads with the defaults: auto fit, centred, print defaults",
          "[model][v2]") {
    auto v1 = loadDocument(std::string(BM_TEST_DATA) + "/docs-v1/seed-page.json");
    REQUIRE(v1);
    CHECK(v1->print == PrintSettings{});
    CHECK(v1->print.inkLimitPercent == 240);
    bool any = false;
    for (const Page& p : v1->pages)
        for (const ImageFrame& im : p.images) {
            any = true;
            CHECK(im.fit == ImageFit::Auto);
            CHECK(im.zoomPermille == 1000);
            CHECK(im.focusXPermille == 500);
            CHECK(im.pdfPage == 1);
        }
    CHECK(any);
}

TEST_CASE("bad picture and print values are refused with the field named", "[model][v2]") {
    const std::string base = R"({"format": "banmian-document", "version": 2, "articles": [],
      "print": {"inkLimit": 500, "cmykOverLimit": "ignore"},
      "pages": [{"id": "p1", "width": 800, "height": 1000,
        "typeArea": {"x": 50, "y": 50, "w": 700, "h": 900},
        "grid": {"columns": 8, "gutter": 8, "bodySize": 9},
        "images": [{"id": "i1", "column": 0, "span": 2, "line": 0, "lines": 10,
                    "fit": "squash", "zoom": 0, "focusX": 2}]}]})";
    auto r = parseDocument(base, "bad.json");
    REQUIRE(!r);
    CHECK_THAT(r.error(), Catch::Contains("fit"));
    CHECK_THAT(r.error(), Catch::Contains("cmykOverLimit"));
}
