// SPDX-License-Identifier: MIT
// banmian fit DOC [--article ID | --page N] -o OUT
// 自动紧排/松排 on the command line: fits one article, every article placed on page N, or every
// placed article, by whole-paragraph tracking within the document's fit limits. Prints one line
// per article (fitted, already fits, or what could not be fitted) and writes the result.
#include <cstdio>
#include <set>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/flow/style_text.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/place/fit.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian fit: %s\n", message.c_str());
    return 2;
}

std::string lines(int n) { return std::to_string(n) + (n == 1 ? " line" : " lines"); }

std::string report(const place::AutoFit& f) {
    const std::string id = f.articleId + ": ";
    if (!f.placed) return id + "not placed";
    if (f.changed)
        return id + "fitted: " + std::to_string(f.paragraphsTracked) + " paragraph" +
               (f.paragraphsTracked == 1 ? "" : "s") + " at " + std::to_string(f.minMilliEm) +
               (f.maxMilliEm != f.minMilliEm ? "…" + std::to_string(f.maxMilliEm) : "") +
               "‰ (was " +
               (f.before.oversetLines > 0 ? "+" + lines(f.before.oversetLines) + " overset"
                                          : lines(f.before.undersetLines) + " empty") +
               ")";
    if (f.fits) return id + "fits";
    return id + "could not fit: " + f.note;
}

}  // namespace

int runFit(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"article", "page", "output"}, {});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("output")) return fail("-o OUT is required");
    if (args->has("article") && args->has("page"))
        return fail("give --article ID or --page N, not both");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());

    std::vector<std::string> ids;
    if (auto id = args->get("article")) {
        if (!doc->article(*id)) return fail("unknown article '" + *id + "'");
        ids.push_back(*id);
    } else {
        std::set<std::string> onPage;
        long pageNo = 0;
        if (auto p = args->get("page")) {
            auto page = parsePageIndex(*p, doc->pages.size());
            if (!page) return fail(page.error());
            pageNo = static_cast<long>(*page) + 1;
        }
        for (size_t p = 0; p < doc->pages.size(); ++p)
            if (pageNo == 0 || static_cast<long>(p) + 1 == pageNo)
                for (const auto& f : doc->pages[p].articleFrames) onPage.insert(f.articleId);
        for (const auto& a : doc->articles)
            if (onPage.count(a.id)) ids.push_back(a.id);
    }

    fonts::FontRegistry registry;
    flow::TextSetter setter(registry);
    place::TrialCache cache(setter);
    for (const std::string& id : ids) {
        auto fit = place::autoFit(*doc, id, cache);
        if (!fit) return fail(fit.error());
        if (fit->changed)
            if (auto s = model::applyEdit(*doc, model::SetTracking{id, fit->tracking}); !s)
                return fail(s.error());
        std::printf("%s\n", report(*fit).c_str());
    }
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    return 0;
}

}  // namespace bm::cli
