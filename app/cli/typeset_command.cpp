// SPDX-License-Identifier: MIT
// banmian typeset FILE --measure EM [--size PT] [--indent EM] [--preset NAME] [--font FAMILY]
// [--json]
//                      [--columns N [--gutter EM] [--leading X] [--page-height PT] [--margin PT]
//                      --pdf OUT.pdf]
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/galley.h"
#include "cli/text_input.h"
#include "fonts/font_registry.h"
#include "layout/base/heap_trim.h"
#include "layout/base/utf.h"
#include "layout/render/pdf/pdf_export.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/salutation.h"
#include "layout/text/shape.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian typeset: %s\n", message.c_str());
    return 2;
}

double pt(Length l) { return static_cast<double>(l) / 1000.0; }

}  // namespace

int runTypeset(int argc, char** argv) {
    auto args = parseArgs(argc, argv,
                          {"measure", "size", "indent", "preset", "font", "columns", "gutter",
                           "leading", "page-height", "margin", "pdf"},
                          {"json"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1)
        return fail("expected one input FILE (or - for standard input)");
    if (!args->has("measure")) return fail("--measure EM is required");
    auto measureEm = parseNumber("measure", *args->get("measure"), 0, 1000, true);
    if (!measureEm) return fail(measureEm.error());
    auto sizePt = parseNumber("size", args->get("size").value_or("9"), 0, 1000, true);
    if (!sizePt) return fail(sizePt.error());
    auto indentEm = parseNumber("indent", args->get("indent").value_or("2"), 0, 1000, false);
    if (!indentEm) return fail(indentEm.error());
    if (*indentEm >= *measureEm) return fail("--indent must be smaller than --measure");
    auto options = text::presetByName(args->get("preset").value_or("paper-kaiming"));
    if (!options) return fail(options.error());
    // Galley proof options.
    auto columns = parseInteger("columns", args->get("columns").value_or("1"), 1, 64);
    if (!columns) return fail(columns.error());
    auto gutterEm = parseNumber("gutter", args->get("gutter").value_or("2"), 0, 100, false);
    if (!gutterEm) return fail(gutterEm.error());
    auto leading = parseNumber("leading", args->get("leading").value_or("1.5"), 1, 10, false);
    if (!leading) return fail(leading.error());
    auto pageHeight =
        parseNumber("page-height", args->get("page-height").value_or("842"), 1, 14400, true);
    if (!pageHeight) return fail(pageHeight.error());
    auto margin = parseNumber("margin", args->get("margin").value_or("36"), 0, 1000, false);
    if (!margin) return fail(margin.error());
    if (!args->has("pdf") && (args->has("columns") || args->has("gutter") || args->has("leading") ||
                              args->has("page-height") || args->has("margin")))
        return fail(
            "--columns, --gutter, --leading, --page-height and --margin need --pdf OUT.pdf");

    auto data = readTextFile(args->positional[0]);
    if (!data) return fail(data.error());
    auto paragraphs = splitParagraphs(*data, args->positional[0]);
    if (!paragraphs) return fail(paragraphs.error());

    fonts::FontRegistry registry;
    const std::string family =
        args->get("font").value_or(fonts::FontRegistry::defaultFamily(fonts::Role::Song));
    auto chain = registry.chainFor(family, fonts::Role::Song);
    if (!chain) return fail(chain.error());

    const Length size = fromPt(*sizePt);
    const Length measure =
        static_cast<Length>(std::llround(*measureEm * static_cast<double>(size)));
    const Length indent = static_cast<Length>(std::llround(*indentEm * static_cast<double>(size)));
    if (args->has("pdf") && 2 * fromPt(*margin) + size > fromPt(*pageHeight))
        return fail("--page-height is too small for the margins and one line");

    // Paragraphs are independent: set them on every core (each thread its own shaping cache).
    std::vector<text::ParagraphLayout> layouts(paragraphs->size());
    std::atomic<size_t> nextParagraph{0};
    auto worker = [&] {
        text::ShapeCache cache;
        for (size_t p; (p = nextParagraph++) < paragraphs->size();) {
            const std::u16string& para = (*paragraphs)[p];
            const Length ind = text::looksLikeSalutation(para) ? 0 : indent;
            const auto mp =
                text::measureWithFonts(para, size, *options, ind, {}, registry, *chain, &cache);
            layouts[p] = text::layoutParagraph(mp, text::LineWidths{{measure}});
        }
    };
    const unsigned threads =
        paragraphs->size() > 64 ? std::clamp(std::thread::hardware_concurrency(), 1u, 8u) : 1u;
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    // Each layout has its own copy of its text: the input is no longer needed. The workers'
    // measuring and shaping caches are gone too, but their arenas keep the pages unless told
    // (glibc), and the pages of the export would come on top of them.
    *data = {};
    *paragraphs = {};
    returnFreeHeapToSystem();
    for (size_t p = 0; p < layouts.size(); ++p)
        for (const auto& d : layouts[p].diagnostics)
            std::fprintf(stderr, "banmian typeset: warning: paragraph %zu: %s\n", p + 1, d.c_str());

    if (auto out = args->get("pdf")) {
        GalleyOptions g;
        g.columns = static_cast<int>(*columns);
        g.measure = measure;
        g.gutter = static_cast<Length>(std::llround(*gutterEm * static_cast<double>(size)));
        g.pitch = static_cast<Length>(std::llround(*leading * static_cast<double>(size)));
        g.pageHeight = fromPt(*pageHeight);
        g.margin = fromPt(*margin);
        g.size = size;
        g.emBox = registry.face(chain->front()).emBox();
        const GalleyPages pages(std::move(layouts), g);
        pdf::PdfOptions po;
        po.title = args->positional[0];
        auto bytes = pdf::exportPdf(pages, registry, po);
        if (!bytes) return fail(bytes.error());
        if (auto s = pdf::writePdfFile(*bytes, *out); !s) return fail(s.error());
        return 0;
    }

    const bool json = args->flags.count("json") > 0;
    nlohmann::json out = {{"paragraphs", nlohmann::json::array()}};
    std::string plain;
    for (size_t p = 0; p < layouts.size(); ++p) {
        const text::ParagraphLayout& pl = layouts[p];
        nlohmann::json lines = nlohmann::json::array();
        if (p > 0) plain += '\n';
        for (const auto& l : pl.lines) {
            const std::string t =
                utf16ToUtf8(std::u16string_view(pl.text).substr(l.begin, l.end - l.begin));
            plain += t;
            plain += '\n';
            if (json)
                lines.push_back({{"text", t},
                                 {"indent", pt(l.offset)},
                                 {"width", pt(l.width)},
                                 {"natural", pt(l.natural)}});
        }
        if (json) out["paragraphs"].push_back({{"lines", lines}});
    }
    if (json) {
        std::string s = out.dump(1);
        s += '\n';
        std::fwrite(s.data(), 1, s.size(), stdout);
    } else {
        std::fwrite(plain.data(), 1, plain.size(), stdout);
    }
    return std::fflush(stdout) == 0 ? 0 : fail("cannot write the output");
}

}  // namespace bm::cli
