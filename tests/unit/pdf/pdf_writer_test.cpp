// SPDX-License-Identifier: MIT
// Layer 1: number formatting, names, strings, the object writer's xref and trailer.
#include <catch2/catch.hpp>
#include <string>

#include "layout/render/pdf/pdf_bytes.h"
#include "layout/render/pdf/pdf_hash.h"
#include "layout/render/pdf/pdf_info.h"
#include "layout/render/pdf/pdf_object_writer.h"

using namespace bm;
using namespace bm::pdf;

namespace {
std::string str(const ByteBuffer& b) { return std::string(b.bytes().begin(), b.bytes().end()); }
std::string str(const std::vector<std::uint8_t>& b) { return std::string(b.begin(), b.end()); }
}  // namespace

TEST_CASE("lengths are written in points, exactly and without trailing zeros", "[pdf]") {
    auto pt = [](Length v) {
        ByteBuffer b;
        b.putPt(v);
        return str(b);
    };
    CHECK(pt(0) == "0");
    CHECK(pt(9000) == "9");
    CHECK(pt(10500) == "10.5");
    CHECK(pt(7875) == "7.875");
    CHECK(pt(123456) == "123.456");
    CHECK(pt(1) == "0.001");
    CHECK(pt(-500) == "-0.5");
    CHECK(pt(-123456789) == "-123456.789");
    CHECK(pt(fromMm(297.0)) == "841.89");
}

TEST_CASE("colour components round to 1/1000 and clamp", "[pdf]") {
    auto unit = [](float v) {
        ByteBuffer b;
        b.putUnit(v);
        return str(b);
    };
    CHECK(unit(0.0f) == "0");
    CHECK(unit(1.0f) == "1");
    CHECK(unit(0.85f) == "0.85");
    CHECK(unit(1.5f) == "1");
    CHECK(unit(-0.2f) == "0");
}

TEST_CASE("names and strings are escaped", "[pdf]") {
    ByteBuffer b;
    b.putName("A B#(x)");
    CHECK(str(b) == "/A#20B#23#28x#29");
    b.clear();
    b.putLiteral("a(b)\\c");
    CHECK(str(b) == "(a\\(b\\)\\\\c)");
    b.clear();
    b.putTextString("Plain");
    CHECK(str(b) == "(Plain)");
    b.clear();
    b.putTextString("版面");
    CHECK(str(b) == "<FEFF72489762>");
}

TEST_CASE("PDF dates come from the epoch in UTC", "[pdf]") {
    CHECK(pdfDate(0) == "D:19700101000000+00'00'");
    CHECK(pdfDate(1709251199) == "D:20240229235959+00'00'");
    CHECK(resolveEpoch(42) == 42);
}

TEST_CASE("the hash is deterministic and sensitive to its input", "[pdf]") {
    Hash128 a, b, c;
    a.update("banmian");
    b.update("banmian");
    c.update("banmiao");
    CHECK(a.digest() == b.digest());
    CHECK(a.digest() != c.digest());
}

TEST_CASE("the object writer records exact offsets in a well-formed xref", "[pdf]") {
    ObjectWriter w("1.3");
    const Ref catalog = w.alloc();
    const Ref pages = w.alloc();
    {
        auto obj = w.object(catalog);
        Dict(obj.out()).name("Type", "Catalog").ref("Pages", pages);
    }
    {
        auto obj = w.object(pages);
        Dict d(obj.out());
        d.name("Type", "Pages").integer("Count", 0);
        Array kids(d.key("Kids"));
    }
    auto r = w.finish(catalog, Ref{});
    REQUIRE(r.ok());
    const std::string pdf = str(*r);
    CHECK(pdf.rfind("%PDF-1.3\n%\xE2\xE3\xCF\xD3\n", 0) == 0);
    // Every xref entry points at "n 0 obj".
    const size_t xref = pdf.find("xref\n0 3\n");
    REQUIRE(xref != std::string::npos);
    const size_t first = pdf.find('\n', xref + 9) + 1;  // after the free entry
    for (int i = 0; i < 2; ++i) {
        const std::string entry = pdf.substr(first + 20 * static_cast<size_t>(i), 20);
        CHECK(entry.substr(10) == " 00000 n\r\n");
        const size_t off = std::stoul(entry.substr(0, 10));
        const std::string header = std::to_string(i + 1) + " 0 obj";
        CHECK(pdf.compare(off, header.size(), header) == 0);
    }
    const size_t startxref = pdf.find("startxref\n");
    CHECK(std::stoul(pdf.substr(startxref + 10)) == xref);
    CHECK(pdf.find("/ID [<") != std::string::npos);
    CHECK(pdf.substr(pdf.size() - 6) == "%%EOF\n");
}

TEST_CASE("an allocated but unwritten object is an error, not a broken file", "[pdf]") {
    ObjectWriter w("1.3");
    const Ref root = w.alloc();
    w.alloc();
    {
        auto obj = w.object(root);
        Dict(obj.out()).name("Type", "Catalog");
    }
    auto r = w.finish(root, Ref{});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("object 2") != std::string::npos);
}

TEST_CASE("Flate streams carry their compressed length", "[pdf]") {
    ObjectWriter w("1.3");
    const Ref s = w.alloc();
    const std::string text(1000, 'a');
    std::vector<std::uint8_t> data(text.begin(), text.end());
    REQUIRE(w.stream(s, data, StreamFilter::Flate));
    const std::string out = str(w.out());
    const size_t len = out.find("/Length ");
    REQUIRE(len != std::string::npos);
    const size_t n = std::stoul(out.substr(len + 8));
    CHECK(n < 100);
    const size_t start = out.find("stream\n") + 7;
    CHECK(out.compare(start + n, 10, "\nendstream") == 0);
}
