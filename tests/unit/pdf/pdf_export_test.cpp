// SPDX-License-Identifier: MIT
// End to end: real shaped Chinese text in three faces → exportPdf → checked by qpdf and poppler.
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <sstream>
#include <string>

#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

struct Line {
    fonts::FaceId face;
    std::string text;
    Length size;
    Point origin;
    Length spacing = 0;
};

struct Sample {
    test::TestFonts fonts;
    std::vector<Line> lines;
    page::PageDisplay page;

    Sample() {
        lines = {
            {fonts.serif,
             "新华社北京电，国务院总理在会上指出：要坚持稳中求进。",
             12000,
             {20000, 40000}},
            // Justified (extra inter-character spacing) and with a 2-em dash ligature.
            {fonts.serif, "“数字经济”发展迅速——2024年增长率达到7.5%……", 10500, {20000, 70000}, 337},
            {fonts.sans, "版面设计Banmian Layout 123", 16000, {20000, 110000}},
            {fonts.kai, "楷体引题：春风又绿江南岸、二〇二四年", 12000, {20000, 150000}},
        };
        page.width = 400000;
        page.height = 300000;
        page.pageNumber = 1;
        page.items.push_back(
            page::FillRect{{15000, 175000, 370000, 40000}, page::Paint::cmyk(0, 0, 0, 0.1f)});
        for (const Line& l : lines)
            page.items.push_back(
                test::shapeRun(fonts.registry, l.face, l.text, l.size, l.origin, l.spacing));
        page.items.push_back(
            page::RuleItem{{20000, 160000}, {380000, 160000}, 500, page::Paint::black()});
        page.items.push_back(
            page::FillRect{{20000, 230000, 50000, 20000},
                           page::Paint{page::Paint::Space::Rgb, {0.2f, 0.4f, 0.9f, 0}, false}});
        page.items.push_back(page::ImageItem{{300000, 220000, 60000, 60000}, "", "photo"});
    }

    std::string expectedText() const {
        std::string all;
        for (const Line& l : lines) all += l.text;
        return test::squeeze(all);
    }
};

PdfOptions fixedOptions() {
    PdfOptions o;
    o.title = "版面测试 Banmian test";
    o.creationEpoch = 1700000000;
    return o;
}

std::vector<std::uint8_t> exportOk(const std::vector<page::PageDisplay>& pages,
                                   const fonts::FontRegistry& reg, const PdfOptions& o,
                                   PdfReport* report = nullptr) {
    auto r = exportPdf(pages, reg, o, report);
    INFO((r.ok() ? "" : r.error()));
    REQUIRE(r.ok());
    return *r;
}

std::string asText(const std::vector<std::uint8_t>& b) { return std::string(b.begin(), b.end()); }

// A P5 PGM from pdftoppm -gray.
struct Gray {
    int w = 0, h = 0;
    std::string px;
    int darkIn(int x0, int y0, int x1, int y1) const {
        int n = 0;
        for (int y = std::max(0, y0); y < std::min(h, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(w, x1); ++x)
                n += static_cast<unsigned char>(px[static_cast<size_t>(y * w + x)]) < 128;
        return n;
    }
};

Gray renderGray(const std::string& pdf, const std::string& prefix) {
    const auto r = test::run("pdftoppm -r 72 -gray -singlefile '" + pdf + "' '" + prefix + "'");
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    const std::string data = test::readText(prefix + ".pgm");
    std::istringstream in(data);
    std::string magic;
    int maxv = 0;
    Gray g;
    in >> magic >> g.w >> g.h >> maxv;
    REQUIRE(magic == "P5");
    in.get();
    g.px = data.substr(static_cast<size_t>(in.tellg()));
    REQUIRE(g.px.size() == static_cast<size_t>(g.w * g.h));
    return g;
}

}  // namespace

TEST_CASE("exported PDF passes qpdf --check", "[pdf][tools]") {
    test::requireTool("qpdf");
    Sample s;
    test::TempDir dir;
    const std::string path = dir.file("sample.pdf");
    test::writeBytes(path, exportOk({s.page}, s.fonts.registry, fixedOptions()));
    const auto r = test::run("qpdf --check '" + path + "'");
    INFO(r.output);
    CHECK(r.exitCode == 0);
    CHECK(r.output.find("No syntax or stream encoding errors found") != std::string::npos);
}

TEST_CASE("every font is an embedded CID subset, none Type 3", "[pdf][tools]") {
    test::requireTool("pdffonts");
    Sample s;
    test::TempDir dir;
    const std::string path = dir.file("fonts.pdf");
    test::writeBytes(path, exportOk({s.page}, s.fonts.registry, fixedOptions()));
    const auto r = test::run("pdffonts '" + path + "'");
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    std::istringstream lines(r.output);
    std::string line;
    int fonts = 0, cff = 0, truetype = 0;
    bool body = false;
    while (std::getline(lines, line)) {
        if (line.rfind("---", 0) == 0) {
            body = true;
            continue;
        }
        if (!body || line.empty()) continue;
        ++fonts;
        INFO(line);
        CHECK(line.find("Type 3") == std::string::npos);
        CHECK(line.find("Identity-H") != std::string::npos);
        // emb sub uni
        CHECK(line.find(" yes yes yes ") != std::string::npos);
        // Subset names carry a six-capital tag.
        CHECK(line.size() > 7);
        CHECK(line[6] == '+');
        if (line.find("CID Type 0C") != std::string::npos) ++cff;
        if (line.find("CID TrueType") != std::string::npos) ++truetype;
    }
    CHECK(fonts == 3);
    CHECK(cff == 2);       // Noto Serif CJK SC, Noto Sans CJK SC
    CHECK(truetype == 1);  // AR PL UKai CN
}

TEST_CASE("pdftotext gives the text back through ToUnicode", "[pdf][tools]") {
    test::requireTool("pdftotext");
    Sample s;
    test::TempDir dir;
    const std::string path = dir.file("text.pdf");
    test::writeBytes(path, exportOk({s.page}, s.fonts.registry, fixedOptions()));
    const auto r = test::run("pdftotext -enc UTF-8 '" + path + "' -");
    INFO(r.output);
    REQUIRE(r.exitCode == 0);
    CHECK(test::squeeze(r.output) == s.expectedText());
}

TEST_CASE("text beyond the BMP round-trips as a surrogate pair", "[pdf][tools]") {
    // No installed face has U+20BB7 (𠮷), so its common variant 吉 stands in for it, as a
    // fallback font would: the ToUnicode entry carries the supplementary character.
    test::requireTool("pdftotext");
    test::TestFonts f;
    page::PageDisplay p;
    p.width = 200000;
    p.height = 100000;
    page::GlyphRun run = test::shapeRun(f.registry, f.serif, "吉野家", 12000, {20000, 50000});
    REQUIRE(run.glyphs.size() == 3);
    const std::u16string_view rest = std::u16string_view(run.text).substr(run.textEnds[0]);
    run.text = u"\U00020BB7" + std::u16string(rest);
    for (auto& end : run.textEnds) end += 1;  // 𠮷 is two UTF-16 units where 吉 was one
    p.items.push_back(run);
    test::TempDir dir;
    const std::string path = dir.file("supplementary.pdf");
    test::writeBytes(path, exportOk({p}, f.registry, fixedOptions()));
    const auto r = test::run("pdftotext -enc UTF-8 '" + path + "' -");
    CHECK(test::squeeze(r.output) == "\U00020BB7野家");
}

TEST_CASE("poppler renders every glyph run (the embedded subsets are usable)", "[pdf][tools]") {
    test::requireTool("pdftoppm");
    Sample s;
    test::TempDir dir;
    const std::string path = dir.file("render.pdf");
    test::writeBytes(path, exportOk({s.page}, s.fonts.registry, fixedOptions()));
    const Gray g = renderGray(path, dir.file("render"));
    CHECK(g.w == 400);
    CHECK(g.h == 300);
    // Each line has ink between its baseline and one em above it; a font whose CIDs did not
    // resolve would render nothing (the failure mode of pdf-lib #1232 and TCPDF #826).
    for (const Line& l : s.lines) {
        INFO(l.text);
        const int base = static_cast<int>(l.origin.y / 1000);
        const int em = static_cast<int>(l.size / 1000);
        const int dark = g.darkIn(20, base - em, 390, base + 2);
        CHECK(dark > 10 * static_cast<int>(l.text.size() / 3));
    }
    // Nothing is drawn in the empty band between text and rule.
    CHECK(g.darkIn(0, 162, 400, 172) == 0);
}

TEST_CASE("two exports of the same pages are byte-identical", "[pdf]") {
    Sample s;
    const PdfOptions o = fixedOptions();
    const auto a = exportOk({s.page}, s.fonts.registry, o);
    const auto b = exportOk({s.page}, s.fonts.registry, o);
    CHECK(a == b);
    PdfOptions other = o;
    other.title = "another title";
    const auto c = exportOk({s.page}, s.fonts.registry, other);
    CHECK(a != c);
    // /ID follows the content.
    const std::string ta = asText(a), tc = asText(c);
    CHECK(ta.substr(ta.find("/ID")) != tc.substr(tc.find("/ID")));
}

TEST_CASE("without an explicit epoch the date comes from SOURCE_DATE_EPOCH, else the clock",
          "[pdf]") {
    Sample s;
    PdfOptions o = fixedOptions();
    o.creationEpoch.reset();
    ::setenv("SOURCE_DATE_EPOCH", "86400", 1);
    const std::string withEnv = asText(exportOk({s.page}, s.fonts.registry, o));
    ::unsetenv("SOURCE_DATE_EPOCH");
    const std::string without = asText(exportOk({s.page}, s.fonts.registry, o));
    CHECK(withEnv.find("/CreationDate (D:19700102000000+00'00')") != std::string::npos);
    // A plant files pages by date: the real time (this test was written in 2026).
    CHECK(without.find("/CreationDate (D:1970") == std::string::npos);
    CHECK(without.find("/CreationDate (D:20") != std::string::npos);
    const size_t at = without.find("/CreationDate (D:");
    REQUIRE(at != std::string::npos);
    CHECK(std::stoi(without.substr(at + 17, 4)) >= 2026);
    CHECK(without.find("/ModDate (D:20") != std::string::npos);
}

TEST_CASE("PDF/X-1a keys are present and nothing is RGB", "[pdf][tools]") {
    test::requireTool("qpdf");
    Sample s;
    test::TempDir dir;
    const auto bytes = exportOk({s.page}, s.fonts.registry, fixedOptions());
    const std::string pdf = asText(bytes);
    CHECK(pdf.rfind("%PDF-1.3\n", 0) == 0);
    CHECK(pdf.find("/GTS_PDFXVersion (PDF/X-1:2001)") != std::string::npos);
    CHECK(pdf.find("/GTS_PDFXConformance (PDF/X-1a:2001)") != std::string::npos);
    CHECK(pdf.find("/OutputIntents [<</Type /OutputIntent /S /GTS_PDFX") != std::string::npos);
    CHECK(pdf.find("/OutputConditionIdentifier (IFRA26)") != std::string::npos);
    CHECK(pdf.find("/RegistryName (http://www.color.org)") != std::string::npos);
    CHECK(pdf.find("/Trapped /False") != std::string::npos);
    CHECK(pdf.find("/TrimBox [0 0 400 300]") != std::string::npos);
    CHECK(pdf.find("/MediaBox [0 0 400 300]") != std::string::npos);
    CHECK(pdf.find("/BleedBox") == std::string::npos);
    CHECK(pdf.find("/Title <FEFF") != std::string::npos);
    CHECK(pdf.find("/CreationDate (D:20231114221320+00'00')") != std::string::npos);
    CHECK(pdf.find("/DeviceRGB") == std::string::npos);
    CHECK(pdf.find("/Annots") == std::string::npos);
    CHECK(pdf.find("/Type3") == std::string::npos);
    CHECK(pdf.find("/SMask") == std::string::npos);

    // Operators: decompress and look at the content stream itself.
    const std::string path = dir.file("x1a.pdf");
    test::writeBytes(path, bytes);
    const std::string qdf = test::uncompressed(path);
    CHECK(qdf.find(" rg\n") == std::string::npos);
    CHECK(qdf.find(" RG\n") == std::string::npos);
    // 100 % K text and rules overprint via the ExtGState.
    CHECK(qdf.find("0 0 0 1 k\n") != std::string::npos);
    CHECK(qdf.find("0 0 0 1 K\n") != std::string::npos);
    CHECK(qdf.find("/GSop gs") != std::string::npos);
    CHECK(qdf.find("/OP true") != std::string::npos);
    CHECK(qdf.find("/op true") != std::string::npos);
    CHECK(qdf.find("/OPM 1") != std::string::npos);
    // The RGB fill became CMYK (0.2 0.4 0.9 → 0.778 0.556 0 0.1).
    CHECK(qdf.find("0.778 0.556 0 0.1 k\n") != std::string::npos);
    // The placeholder is grey.
    CHECK(qdf.find("0.9 g\n") != std::string::npos);
}

TEST_CASE("the Plain profile keeps RGB and has no PDF/X keys", "[pdf][tools]") {
    test::requireTool("qpdf");
    Sample s;
    test::TempDir dir;
    PdfOptions o = fixedOptions();
    o.profile = PdfOptions::Profile::Plain;
    const auto bytes = exportOk({s.page}, s.fonts.registry, o);
    const std::string pdf = asText(bytes);
    CHECK(pdf.find("GTS_PDFX") == std::string::npos);
    CHECK(pdf.find("/OutputIntents") == std::string::npos);
    const std::string path = dir.file("plain.pdf");
    test::writeBytes(path, bytes);
    CHECK(test::uncompressed(path).find("0.2 0.4 0.9 rg\n") != std::string::npos);
}

namespace {

// Replays the text operators of a content stream the way a reader does, in exact integer
// arithmetic (1/1000 mpt), and records where each glyph lands. Only CFF fonts, whose codes
// are the original glyph ids, so /W can be recomputed from the face.
struct TextTracer {
    struct Glyph {
        int font;
        std::uint32_t code;
        std::int64_t x, y;  ///< mpt
    };
    std::vector<Glyph> glyphs;

    void trace(const std::string& content, const std::vector<const fonts::Face*>& faces) {
        std::vector<std::string> operands;
        std::int64_t lineX = 0, lineY = 0, penX = 0, penY = 0;  // 1/1000 mpt
        std::int64_t size = 0, tc = 0;                          // mpt
        int font = 0;
        auto mpt = [](const std::string& v) {
            return static_cast<std::int64_t>(std::llround(std::stod(v) * 1000));
        };
        size_t i = 0;
        while (i < content.size()) {
            const char c = content[i];
            if (std::isspace(static_cast<unsigned char>(c))) {
                ++i;
            } else if (c == '<') {
                const size_t e = content.find('>', i);
                operands.push_back(content.substr(i, e - i + 1));
                i = e + 1;
            } else {
                size_t e = i;
                while (e < content.size() &&
                       !std::isspace(static_cast<unsigned char>(content[e])) && content[e] != '<')
                    ++e;
                const std::string tok = content.substr(i, e - i);
                i = e;
                if (tok[0] == '/' || tok[0] == '-' || tok[0] == '.' ||
                    std::isdigit(static_cast<unsigned char>(tok[0]))) {
                    operands.push_back(tok);
                    continue;
                }
                if (tok == "BT") {
                    lineX = lineY = penX = penY = 0;
                } else if (tok == "Tf") {
                    font = std::stoi(operands[0].substr(2));
                    size = mpt(operands[1]);
                } else if (tok == "Tc") {
                    tc = mpt(operands[0]);
                } else if (tok == "Td") {
                    lineX += mpt(operands[0]) * 1000;
                    lineY += mpt(operands[1]) * 1000;
                    penX = lineX;
                    penY = lineY;
                } else if (tok == "Tj") {
                    const std::string& hex = operands[0];
                    for (size_t k = 1; k + 4 <= hex.size() - 1; k += 4) {
                        const auto code =
                            static_cast<std::uint32_t>(std::stoul(hex.substr(k, 4), nullptr, 16));
                        REQUIRE(penX % 1000 == 0);  // every glyph origin is a whole mpt
                        glyphs.push_back({font, code, penX / 1000, penY / 1000});
                        const fonts::Face* face = faces[static_cast<size_t>(font - 1)];
                        const std::int64_t w =
                            face ? toLength(face->advance(code), 1000, face->unitsPerEm()) : 0;
                        penX += w * size + tc * 1000;
                    }
                }
                operands.clear();
            }
        }
    }
};

std::string pageContent(const std::string& pdfPath) {
    const auto pagesInfo = test::run("qpdf --show-pages '" + pdfPath + "'");
    REQUIRE(pagesInfo.exitCode == 0);
    const size_t c = pagesInfo.output.find("content:\n");
    REQUIRE(c != std::string::npos);
    const int obj = std::stoi(pagesInfo.output.substr(c + 9));
    const auto content = test::run("qpdf --show-object=" + std::to_string(obj) +
                                   " --filtered-stream-data '" + pdfPath + "'");
    REQUIRE(content.exitCode == 0);
    return content.output;
}

}  // namespace

TEST_CASE("glyph positions are written exactly to 1/1000 pt", "[pdf][tools]") {
    test::requireTool("qpdf");
    Sample s;
    test::TempDir dir;
    const std::string path = dir.file("pos.pdf");
    test::writeBytes(path, exportOk({s.page}, s.fonts.registry, fixedOptions()));
    const std::string content = pageContent(path);
    INFO(content);
    // Line 1 (12 pt, set solid): one Td to the origin, then a single string.
    CHECK(content.find("/F1 12 Tf\n20 260 Td<") != std::string::npos);
    // Line 2 is justified by 0.337 pt after every glyph: Tc carries the gap.
    CHECK(content.find("/F1 10.5 Tf\n0.337 Tc\n20 230 Td<") != std::string::npos);

    // Replay the stream: every glyph of the two Noto faces lands on its exact position.
    TextTracer tracer;
    tracer.trace(content, {&s.fonts.registry.face(s.fonts.serif),
                           &s.fonts.registry.face(s.fonts.sans), nullptr});
    std::vector<TextTracer::Glyph> expected;
    for (const auto& item : s.page.items) {
        const auto* run = std::get_if<page::GlyphRun>(&item);
        if (!run || run->face == s.fonts.kai) continue;
        const int font = run->face == s.fonts.serif ? 1 : 2;
        for (size_t i = 0; i < run->glyphs.size(); ++i)
            expected.push_back(
                {font, run->glyphs[i], run->positions[i].x, s.page.height - run->positions[i].y});
    }
    std::vector<TextTracer::Glyph> traced;
    for (const auto& g : tracer.glyphs)
        if (g.font != 3) traced.push_back(g);
    REQUIRE(traced.size() == expected.size());
    for (size_t i = 0; i < traced.size(); ++i) {
        INFO("glyph " << i);
        CHECK(traced[i].font == expected[i].font);
        CHECK(traced[i].code == expected[i].code);
        CHECK(traced[i].x == expected[i].x);
        CHECK(traced[i].y == expected[i].y);
    }
}

TEST_CASE("crop marks and bleed grow the MediaBox and set the BleedBox", "[pdf][tools]") {
    test::requireTool("qpdf");
    Sample s;
    test::TempDir dir;
    PdfOptions o = fixedOptions();
    o.bleed = fromMm(3.0);  // 8.504 pt
    {
        const std::string pdf = asText(exportOk({s.page}, s.fonts.registry, o));
        CHECK(pdf.find("/MediaBox [0 0 417.008 317.008]") != std::string::npos);
        CHECK(pdf.find("/TrimBox [8.504 8.504 408.504 308.504]") != std::string::npos);
        CHECK(pdf.find("/BleedBox [0 0 417.008 317.008]") != std::string::npos);
    }
    o.cropMarks = true;
    {
        const auto bytes = exportOk({s.page}, s.fonts.registry, o);
        const std::string pdf = asText(bytes);
        // Marks start 3 mm (= the bleed here) outside the trim and run 5 mm (14.173 pt).
        CHECK(pdf.find("/MediaBox [0 0 445.354 345.354]") != std::string::npos);
        CHECK(pdf.find("/TrimBox [22.677 22.677 422.677 322.677]") != std::string::npos);
        CHECK(pdf.find("/BleedBox [14.173 14.173 431.181 331.181]") != std::string::npos);
        const std::string path = dir.file("marks.pdf");
        test::writeBytes(path, bytes);
        const std::string qdf = test::uncompressed(path);
        CHECK(qdf.find("1 0 0 1 22.677 22.677 cm\n") != std::string::npos);
        CHECK(qdf.find("1 1 1 1 K\n0.25 w\n") != std::string::npos);
        // Top-left corner, horizontal mark: from 8.504 to 22.677 pt left of the trim.
        CHECK(qdf.find("-8.504 300 m -22.677 300 l S") != std::string::npos);
        const auto check = test::run("qpdf --check '" + path + "'");
        CHECK(check.exitCode == 0);
    }
    o.bleed = 0;
    {
        const std::string pdf = asText(exportOk({s.page}, s.fonts.registry, o));
        CHECK(pdf.find("/MediaBox [0 0 445.354 345.354]") != std::string::npos);
        // Marks without bleed: BleedBox = TrimBox, so the marks are never taken for the page.
        CHECK(pdf.find("/BleedBox [22.677 22.677 422.677 322.677]") != std::string::npos);
    }
}

TEST_CASE("several pages share one subset per face", "[pdf][tools]") {
    test::requireTool("pdffonts");
    test::requireTool("pdftotext");
    Sample s;
    test::TempDir dir;
    std::vector<page::PageDisplay> pages{s.page, s.page, s.page};
    pages[1].pageNumber = 2;
    pages[2].pageNumber = 3;
    pages[2].items.clear();  // a blank page is valid
    const std::string path = dir.file("pages.pdf");
    test::writeBytes(path, exportOk(pages, s.fonts.registry, fixedOptions()));
    const auto info = test::run("qpdf --show-npages '" + path + "'");
    CHECK(info.output == "3\n");
    const auto fonts = test::run("pdffonts '" + path + "'");
    INFO(fonts.output);
    size_t rows = 0;
    for (size_t p = fonts.output.find(" yes yes yes "); p != std::string::npos;
         p = fonts.output.find(" yes yes yes ", p + 1))
        ++rows;
    CHECK(rows == 3);
    const auto text = test::run("pdftotext -enc UTF-8 -f 2 -l 2 '" + path + "' -");
    CHECK(test::squeeze(text.output) == s.expectedText());
}

TEST_CASE("bad input is an error, not a crash", "[pdf]") {
    test::TestFonts f;
    CHECK_FALSE(exportPdf(std::vector<page::PageDisplay>{}, f.registry, {}).ok());
    page::PageDisplay p;
    p.width = 100000;
    p.height = 100000;
    page::GlyphRun run;
    run.face = fonts::FaceId{999};
    run.size = 9000;
    run.glyphs = {1};
    run.positions = {{0, 0}};
    p.items.push_back(run);
    auto r = exportPdf({p}, f.registry, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("999") != std::string::npos);

    std::get<page::GlyphRun>(p.items[0]).face = f.serif;
    std::get<page::GlyphRun>(p.items[0]).glyphs = {70000};
    r = exportPdf({p}, f.registry, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("70000") != std::string::npos);

    std::get<page::GlyphRun>(p.items[0]).glyphs = {1, 2};
    r = exportPdf({p}, f.registry, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("positions") != std::string::npos);

    // An empty run is skipped, whatever face it names.
    std::get<page::GlyphRun>(p.items[0]).face = fonts::FaceId{999};
    std::get<page::GlyphRun>(p.items[0]).glyphs.clear();
    std::get<page::GlyphRun>(p.items[0]).positions.clear();
    CHECK(exportPdf({p}, f.registry, {}).ok());

    p.items.clear();
    p.width = 0;
    CHECK_FALSE(exportPdf({p}, f.registry, {}).ok());
}

// Not run by default: writes the sample to $BM_PDF_DUMP (or /tmp/bm-pdf-sample.pdf) for looking
// at it by eye, e.g. pdftoppm -r 100 -png.
TEST_CASE("dump the sample PDF", "[.][dump]") {
    Sample s;
    std::vector<page::PageDisplay> pages{s.page};
    PdfOptions o = fixedOptions();
    o.cropMarks = true;
    o.bleed = fromMm(3.0);
    const char* env = std::getenv("BM_PDF_DUMP");
    const std::string path = env ? env : "/tmp/bm-pdf-sample.pdf";
    REQUIRE(writePdfFile(exportOk(pages, s.fonts.registry, o), path).ok());
}
