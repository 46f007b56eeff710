// SPDX-License-Identifier: MIT
#include "cli/preflight.h"

#include <cstdio>
#include <filesystem>

#include "layout/check/export_gate.h"
#include "layout/check/report.h"

namespace bm::cli {

Result<check::CheckResult> runPreflight(const model::Document& doc, const std::string& docPath,
                                        fonts::FontRegistry& registry,
                                        const check::Profile& profile) {
    const std::string docDir = std::filesystem::absolute(docPath).parent_path().string();
    page::LayoutSession session(registry);
    session.setDocumentDir(docDir);
    auto layout = session.layout(doc);
    if (!layout) return Error{layout.error()};
    check::Checker checker(&registry);
    checker.setDocumentDir(docDir);
    checker.setProfile(profile);
    return checker.check(doc, **layout);
}

bool exportGate(const model::Document& doc, const page::DocumentLayout& layout,
                const std::string& docDir, fonts::FontRegistry& registry, bool printProfile,
                bool allow, const std::map<std::string, check::PlateInk>* plate) {
    auto profile = check::documentProfile(doc);
    if (!profile) {
        std::fprintf(stderr, "banmian export: %s\n", profile.error().c_str());
        return false;
    }
    check::Checker checker(&registry);
    checker.setDocumentDir(docDir);
    if (plate) checker.setPlateInk(*plate);
    const auto gate = check::exportGate(checker, doc, layout, *profile);
    if (gate.blocking.empty()) return true;
    const bool refuse = printProfile && !allow;
    const std::string n = std::to_string(gate.blocking.size());
    if (refuse)
        std::fprintf(stderr,
                     "banmian export: refused: %s preflight error(s) would print wrong in a "
                     "PDF/X-1a file; fix them (banmian check) or pass --allow-preflight-errors\n",
                     n.c_str());
    else if (printProfile)
        std::fprintf(stderr,
                     "banmian export: warning: exporting despite %s preflight error(s) "
                     "(--allow-preflight-errors)\n",
                     n.c_str());
    for (const auto& f : gate.blocking)
        std::fprintf(stderr, "banmian export: %s%s %s %s\n",
                     refuse ? "  " : "warning: ", check::locationText(f.location).c_str(),
                     f.rule.c_str(), f.zh.c_str());
    if (refuse) return false;
    return true;
}

}  // namespace bm::cli
