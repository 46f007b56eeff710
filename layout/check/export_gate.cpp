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

}  // namespace bm::check
