// SPDX-License-Identifier: MIT
// banmian typeset FILE --measure EM [--size PT] [--indent EM] [--preset NAME] [--font FAMILY] [--json]
#include <cmath>
#include <cstdio>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/text_input.h"
#include "fonts/font_registry.h"
#include "layout/base/utf.h"
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
    auto args = parseArgs(argc, argv, {"measure", "size", "indent", "preset", "font"}, {"json"});
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

    auto data = readTextFile(args->positional[0]);
    if (!data) return fail(data.error());
    auto paragraphs = splitParagraphs(*data, args->positional[0]);
    if (!paragraphs) return fail(paragraphs.error());

    fonts::FontRegistry registry;
    const std::string family = args->get("font").value_or(fonts::FontRegistry::defaultFamily(fonts::Role::Song));
    auto chain = registry.chainFor(family, fonts::Role::Song);
    if (!chain) return fail(chain.error());

    const Length size = fromPt(*sizePt);
    const Length measure = static_cast<Length>(std::llround(*measureEm * static_cast<double>(size)));
    const Length indent = static_cast<Length>(std::llround(*indentEm * static_cast<double>(size)));
    text::ShapeCache cache;
    const bool json = args->flags.count("json") > 0;
    nlohmann::json out = {{"paragraphs", nlohmann::json::array()}};
    std::string plain;
    for (size_t p = 0; p < paragraphs->size(); ++p) {
        const std::u16string& para = (*paragraphs)[p];
        const Length ind = text::looksLikeSalutation(para) ? 0 : indent;
        const auto mp = text::measureWithFonts(para, size, *options, ind, {}, registry, *chain, &cache);
        const auto pl = text::layoutParagraph(mp, text::LineWidths{{measure}});
        for (const auto& d : pl.diagnostics) std::fprintf(stderr, "banmian typeset: warning: %s\n", d.c_str());
        nlohmann::json lines = nlohmann::json::array();
        if (p > 0) plain += '\n';
        for (const auto& l : pl.lines) {
            const std::string t = utf16ToUtf8(std::u16string_view(para).substr(l.begin, l.end - l.begin));
            plain += t;
            plain += '\n';
            if (json)
                lines.push_back({{"text", t}, {"indent", pt(l.offset)}, {"width", pt(l.width)},
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
