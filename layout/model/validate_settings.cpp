// SPDX-License-Identifier: MIT
// The document-wide settings (docs/page-model.md): the house limits of copy-fitting and the
// print settings. Each problem names its key, as validateDocument's do.
#include "layout/model/validate.h"

namespace bm::model {

std::vector<std::string> validateSettings(const Document& doc) {
    std::vector<std::string> out;
    const FitLimits& fl = doc.fitLimits;
    if (fl.minTrackingMilliEm > 0 || fl.minTrackingMilliEm < kMinTrackingMilliEm)
        out.push_back("fitLimits.minTrackingEm: expected 0 or a tightening down to -1 em, got " +
                      formatEm(fl.minTrackingMilliEm));
    if (fl.maxTrackingMilliEm < 0 || fl.maxTrackingMilliEm > kMaxTrackingMilliEm)
        out.push_back("fitLimits.maxTrackingEm: expected 0 or a loosening up to 5 em, got " +
                      formatEm(fl.maxTrackingMilliEm));
    if (doc.print.inkLimitPercent < 100 || doc.print.inkLimitPercent > 400)
        out.push_back("print.inkLimit: expected 100 to 400 (%), got " +
                      std::to_string(doc.print.inkLimitPercent));
    if (doc.print.maxPpi < 72 || doc.print.maxPpi > 2400)
        out.push_back("print.maxPpi: expected 72 to 2400, got " + std::to_string(doc.print.maxPpi));
    for (auto& problem : validateParagraphStyleNames(doc)) out.push_back(std::move(problem));
    return out;
}

}  // namespace bm::model
