// SPDX-License-Identifier: MIT
#include "layout/check/export_gate.h"

namespace bm::check {

GateResult exportGate(Checker& checker, const model::Document& doc,
                      const page::DocumentLayout& layout, Profile profile) {
    for (const char* rule : {"IMG-EMPTY", "IMG-MISSING"}) {
        profile.rules[rule].enabled = true;
        profile.rules[rule].severity = Severity::Error;
    }
    checker.setProfile(profile);
    const CheckResult r = checker.check(doc, layout);
    GateResult out;
    for (const auto& f : r.findings) {
        const bool placeholder = f.rule == "IMG-EMPTY" || f.rule == "IMG-MISSING";
        if (blocksExport(f, profile) || (placeholder && !f.waived)) out.blocking.push_back(f);
    }
    return out;
}

std::map<std::string, PlateInk> plateInkOf(const std::vector<pdf::ImageRecord>& records,
                                           const std::string& documentDir) {
    std::map<std::string, PlateInk> out;
    for (const pdf::ImageRecord& r : records) {
        if (r.vector) continue;  // an ad's own colours: the probe has no ink for it either
        PlateInk& ink = out[pdf::resolveImagePath(r.path, documentDir)];
        ink.gray = r.components == 1;
        const auto& h = r.tac.percentHistogram;
        if (h.empty()) continue;
        if (ink.tacHistogram.size() < h.size()) ink.tacHistogram.resize(h.size(), 0);
        for (size_t t = 0; t < h.size(); ++t) ink.tacHistogram[t] += h[t];
        ink.pixels += r.tac.pixels;
    }
    return out;
}

}  // namespace bm::check
