// SPDX-License-Identifier: MIT
// banmian check DOC [--json] [--profile NAME|FILE] [--page N] [--fail-on error|warning|info]
// Preflight and proofing of a document (layout/check): one line per finding and a summary, or
// the JSON of preflight-proofing §2.2. Exit 0 when nothing reaches --fail-on (default: the
// profile's failOn, error), 1 when something does, 2 for bad input. Never changes the document.
#include <cstdio>
#include <filesystem>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/preflight.h"
#include "layout/check/report.h"
#include "layout/model/serialize.h"

namespace bm::cli {

namespace {
int fail(const std::string& message) {
    std::fprintf(stderr, "banmian check: %s\n", message.c_str());
    return 2;
}
}  // namespace

int runCheck(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"profile", "page", "fail-on"}, {"json"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    const std::string docPath = args->positional[0];
    auto doc = model::loadDocument(docPath);
    if (!doc) return fail(doc.error());
    auto profile = args->get("profile") ? check::resolveProfile(*args->get("profile"))
                                        : check::documentProfile(*doc);
    if (!profile) return fail(profile.error());
    check::Severity failOn = profile->failOn;
    if (auto f = args->get("fail-on")) {
        auto s = check::parseSeverity(*f);
        if (!s) return fail("--fail-on must be error, warning or info, got '" + *f + "'");
        failOn = *s;
    }
    std::string pageId;
    if (auto p = args->get("page")) {
        auto page = parsePageIndex(*p, doc->pages.size());
        if (!page) return fail(page.error());
        pageId = doc->pages[*page].id;
    }

    fonts::FontRegistry registry;
    auto result = runPreflight(*doc, docPath, registry, *profile);
    if (!result) return fail(result.error());
    if (!pageId.empty()) {
        std::erase_if(result->findings,
                      [&](const check::Finding& f) { return f.location.page != pageId; });
        result->summary = check::summarize(result->findings, *profile);
    }
    const std::string out = args->flags.count("json") ? check::resultToJson(*result, docPath)
                                                      : check::resultToText(*result);
    std::fwrite(out.data(), 1, out.size(), stdout);
    for (const auto& f : result->findings)
        if (!f.waived && f.severity >= failOn) return 1;
    return 0;
}

}  // namespace bm::cli
