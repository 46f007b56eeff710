// SPDX-License-Identifier: MIT
// banmian export DOC [--png OUT.png [--dpi N]] [--page N] [--layout-json OUT.json]
//                    [--pdf OUT.pdf [--split] [--profile x1a|plain] [--marks] [--bleed MM]
//                     [--output-profile FILE.icc]]
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/layout_json.h"
#include "cli/preflight.h"
#include "layout/base/atomic_file.h"
#include "layout/check/export_gate.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"
#include "layout/place/occupancy.h"
#include "layout/render/image/print_color.h"
#include "layout/render/pdf/pdf_export.h"
#include "layout/render/raster/png_encode.h"
#include "layout/render/raster/raster.h"

namespace bm::cli {

namespace {
int fail(const std::string& message) {
    std::fprintf(stderr, "banmian export: %s\n", message.c_str());
    return 2;
}

/// OUT.pdf → OUT-03.pdf for 版次 3 (two digits: how plants and 版 lists number pages).
std::string splitName(const std::string& out, int number) {
    const std::filesystem::path p(out);
    char n[16];
    std::snprintf(n, sizeof n, "-%02d", number);
    std::filesystem::path name = p.stem();
    name += n;
    name += p.extension().empty() ? std::filesystem::path(".pdf") : p.extension();
    return (p.parent_path() / name).string();
}
}  // namespace

int runExport(int argc, char** argv) {
    auto args = parseArgs(
        argc, argv,
        {"png", "dpi", "page", "layout-json", "pdf", "profile", "bleed", "output-profile"},
        {"marks", "split", "allow-preflight-errors"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("png") && !args->has("pdf") && !args->has("layout-json"))
        return fail("nothing to do: give --png OUT.png, --pdf OUT.pdf or --layout-json OUT.json");
    const std::string docPath = args->positional[0];
    auto doc = model::loadDocument(docPath);
    if (!doc) return fail(doc.error());
    if (doc->pages.empty()) return fail("'" + docPath + "' has no pages");

    auto dpi = parseNumber("dpi", args->get("dpi").value_or("150"), 1, 2400, false);
    if (!dpi) return fail(dpi.error());
    auto page = parsePageIndex(args->get("page").value_or("1"), doc->pages.size());
    if (!page) return fail(page.error());
    const size_t pageIndex = *page;
    pdf::PdfOptions pdfOptions;
    const std::string profile = args->get("profile").value_or("x1a");
    if (profile == "x1a")
        pdfOptions.profile = pdf::PdfOptions::Profile::X1a;
    else if (profile == "plain")
        pdfOptions.profile = pdf::PdfOptions::Profile::Plain;
    else
        return fail("--profile must be x1a or plain, got '" + profile + "'");
    auto bleedMm = parseNumber("bleed", args->get("bleed").value_or("0"), 0, 50, false);
    if (!bleedMm) return fail(bleedMm.error());
    pdfOptions.bleed = fromMm(*bleedMm);
    pdfOptions.cropMarks = args->flags.count("marks") > 0;
    pdfOptions.title = doc->title;
    const std::string docDir = std::filesystem::absolute(docPath).parent_path().string();
    // The plant's profile: the command line wins over the document's setting.
    if (auto icc = args->get("output-profile")) {
        pdfOptions.outputProfile = *icc;
    } else if (!doc->print.outputProfile.empty()) {
        pdfOptions.outputProfile = pdf::resolveImagePath(doc->print.outputProfile, docDir);
    }
    pdfOptions.inkLimitPercent = doc->print.inkLimitPercent;
    pdfOptions.convertCmykOverLimit = doc->print.convertCmykOverLimit;
    pdfOptions.maxPpi = doc->print.maxPpi;
    // A profile that cannot be used is bad input: say so before the preflight's findings.
    if (args->has("pdf") && !pdfOptions.outputProfile.empty())
        if (auto pc =
                render::PrintColor::create({pdfOptions.outputProfile, pdfOptions.inkLimitPercent});
            !pc)
            return fail(pc.error());
    const bool split = args->flags.count("split") > 0;
    if (split && args->has("page")) return fail("--split writes every page; leave out --page");
    if (split && !args->has("pdf")) return fail("--split needs --pdf OUT.pdf");

    fonts::FontRegistry registry;
    page::LayoutSession session(registry);
    session.setDocumentDir(docDir);
    auto layout = session.layout(*doc);
    if (!layout) return fail(layout.error());
    for (const auto& d : (*layout)->diagnostics)
        std::fprintf(stderr, "banmian export: warning: %s\n", d.c_str());
    // Never export collisions silently: two items printed on top of each other.
    for (const auto& page : doc->pages) {
        const auto occ = place::pageOccupancy(*doc, page);
        for (const auto& o : occ.overlaps)
            std::fprintf(stderr, "banmian export: warning: page %d: %s\n", page.number,
                         place::describeOverlap(occ, o).c_str());
    }

    if (auto out = args->get("layout-json")) {
        const std::string json = layoutToJson(*doc, **layout, docDir);
        if (auto s = writeFileAtomically(*out, json); !s) return fail(s.error());
    }
    if (auto out = args->get("png")) {
        render::RasterOptions ro;
        ro.dpi = *dpi;
        auto raster =
            render::rasterizePage((*layout)->pages[pageIndex].display, registry, ro, docDir);
        if (!raster) return fail(raster.error());
        for (const auto& w : raster->warnings)
            std::fprintf(stderr, "banmian export: warning: %s\n", w.c_str());
        if (auto s = render::writePng(*raster, *out); !s) return fail(s.error());
    }
    if (auto out = args->get("pdf")) {
        pdfOptions.imageBaseDir = docDir;
        // One PDF per page when the plant wants it: --page N, or --split (named by 版次).
        std::vector<std::pair<std::string, std::vector<const page::PageDisplay*>>> files;
        const auto& laid = (*layout)->pages;
        if (split) {
            std::set<int> numbers;
            for (const auto& pg : doc->pages)
                if (!numbers.insert(pg.number).second)
                    return fail("--split names files by 版次, but two pages are 版 " +
                                std::to_string(pg.number));
            for (size_t i = 0; i < laid.size(); ++i)
                files.push_back({splitName(*out, doc->pages[i].number), {&laid[i].display}});
        } else if (args->has("page")) {
            files.push_back({*out, {&laid[pageIndex].display}});
        } else {
            std::vector<const page::PageDisplay*> pages;  // the layout's own, not copies
            for (const auto& p : laid) pages.push_back(&p.display);
            files.push_back({*out, std::move(pages)});
        }
        // The export is made in memory first and the preflight then judges its pictures by
        // the ink it measured (no second decode and separation of every photo); nothing is
        // written unless the gate lets it through. When the export itself fails, the gate runs
        // on its own first, so a missing picture is named as the preflight names it.
        std::vector<std::vector<std::uint8_t>> made;
        pdf::PdfReport report;
        std::optional<std::string> exportError;
        for (const auto& file : files) {
            auto bytes =
                pdf::exportPdf(pdf::PagePointerSource(file.second), registry, pdfOptions, &report);
            if (!bytes) {
                exportError = bytes.error();
                break;
            }
            made.push_back(std::move(*bytes));
        }
        const bool printProfile = pdfOptions.profile == pdf::PdfOptions::Profile::X1a;
        const bool allow = args->flags.count("allow-preflight-errors") > 0;
        std::optional<std::map<std::string, check::PlateInk>> plate;
        if (!exportError) plate = check::plateInkOf(report.images, docDir);
        if (!exportGate(*doc, **layout, docDir, registry, printProfile, allow,
                        plate ? &*plate : nullptr))
            return 2;
        if (exportError) return fail(*exportError);
        for (const auto& w : report.warnings)
            std::fprintf(stderr, "banmian export: warning: %s\n", w.c_str());
        for (size_t i = 0; i < made.size(); ++i)
            if (auto s = pdf::writePdfFile(made[i], files[i].first); !s) return fail(s.error());
    }
    return 0;
}

}  // namespace bm::cli
