// SPDX-License-Identifier: MIT
#pragma once
// The rule catalogue: every rule id the checker knows, with its Chinese and English name, class
// and default severity (docs: preflight-proofing §3, §4). Ids are stable and never reused.
#include <string>
#include <string_view>
#include <vector>

#include "layout/check/finding.h"

namespace bm::check {

struct RuleInfo {
    const char* id;
    const char* zh;  ///< 名称
    const char* en;
    RuleClass cls;
    Severity severity;  ///< the default (rules with two levels report the other one themselves)
    bool enabledByDefault = true;
};

const std::vector<RuleInfo>& allRules();
/// nullptr for an unknown id.
const RuleInfo* findRule(std::string_view id);

}  // namespace bm::check
