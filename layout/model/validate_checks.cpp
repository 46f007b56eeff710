// SPDX-License-Identifier: MIT
// The document's check settings (issue 11): waivers name a rule and the 16-hex-digit fingerprint
// of the finding they silence, so a typo cannot waive something else by accident.
#include "layout/model/validate.h"

namespace bm::model {

std::vector<std::string> validateCheckSettings(const CheckSettings& checks) {
    std::vector<std::string> out;
    for (size_t i = 0; i < checks.waivers.size(); ++i) {
        const CheckWaiver& w = checks.waivers[i];
        const std::string path = "checks.waivers[" + std::to_string(i) + "].";
        if (w.fingerprint.size() != 16 ||
            w.fingerprint.find_first_not_of("0123456789abcdef") != std::string::npos)
            out.push_back(path + "fingerprint: expected 16 lower-case hex digits, got \"" +
                          w.fingerprint + "\"");
        if (w.rule.empty()) out.push_back(path + "rule: expected a rule id");
    }
    return out;
}

}  // namespace bm::model
