// SPDX-License-Identifier: MIT
#pragma once
// The export gate (preflight-proofing §1): which findings stop a print export. The CLI's
// `export --pdf` and the editor's export dialog call the same function.
#include <vector>

#include "layout/check/checker.h"
#include "layout/render/pdf/pdf_images.h"

namespace bm::check {

struct GateResult {
    std::vector<Finding> blocking;  ///< errors of a blocking class (print always), not waived
};

/// Runs `checker` under `profile` for an export. Empty and missing pictures block whatever the
/// profile says: a placeholder box must never reach a plate unnoticed.
GateResult exportGate(Checker& checker, const model::Document& doc,
                      const page::DocumentLayout& layout, Profile profile);

/// What an export measured of each picture file (its records, paths relative to
/// `documentDir`), merged over the file's placements, for Checker::setPlateInk.
std::map<std::string, PlateInk> plateInkOf(const std::vector<pdf::ImageRecord>& records,
                                           const std::string& documentDir);

}  // namespace bm::check
