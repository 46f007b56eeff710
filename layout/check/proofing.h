// SPDX-License-Identifier: MIT
#pragma once
// Proofing (校对) of one text field: runs the enabled ZH-* rules, drops space findings inside a
// range another finding already claims (北京 - 上海 is one ZH-DASH, not also two spaces), and
// turns the hits into findings with field-relative location, excerpt, message, severity (raised
// one level in display fields and the 报眉 when the profile escalates) and fix. The caller adds
// page, frame and article.
#include <string_view>
#include <vector>

#include "layout/check/finding.h"
#include "layout/check/profile.h"
#include "layout/check/proof_rule.h"

namespace bm::check {

std::vector<Finding> proofField(std::u16string_view text, const FieldContext& context,
                                const Profile& profile);

/// Whether ZH-TRAD-CHAR can run (the build has OpenCC and its t2s dictionary loads).
bool tradCheckAvailable();

/// The severity a profile gives a finding of `rule` that the rule reported at `natural`.
Severity effectiveSeverity(const Profile& profile, const std::string& rule, Severity natural);

}  // namespace bm::check
