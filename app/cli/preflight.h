// SPDX-License-Identifier: MIT
#pragma once
// The CLI's preflight: lay out a loaded document and run the checker on it (check and the
// export gate share it).
#include <map>
#include <string>

#include "fonts/font_registry.h"
#include "layout/check/checker.h"
#include "layout/page/layout_session.h"

namespace bm::cli {

/// Lays `doc` out (images relative to `docPath`'s folder) and checks it under `profile`.
Result<check::CheckResult> runPreflight(const model::Document& doc, const std::string& docPath,
                                        fonts::FontRegistry& registry,
                                        const check::Profile& profile);

/// The checks of an export (banmian export --pdf): with the print profile (x1a) errors of the
/// blocking classes refuse the export unless `allow` (which says so on stderr); with the plain
/// profile they are warnings. Placeholder and missing pictures always count for x1a. Returns
/// false when the export must stop (the findings are on stderr).
/// `plate`: the ink the export measured (check::plateInkOf), used instead of probing the
/// pictures again.
bool exportGate(const model::Document& doc, const page::DocumentLayout& layout,
                const std::string& docDir, fonts::FontRegistry& registry, bool printProfile,
                bool allow, const std::map<std::string, check::PlateInk>* plate = nullptr);

}  // namespace bm::cli
