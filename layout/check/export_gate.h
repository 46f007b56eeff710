// SPDX-License-Identifier: MIT
#pragma once
// The export gate (preflight-proofing §1): which findings stop a print export. The CLI's
// `export --pdf` and the editor's export dialog call the same function.
#include <vector>

#include "layout/check/checker.h"

namespace bm::check {

struct GateResult {
    std::vector<Finding> blocking;  ///< errors of a blocking class (print always), not waived
};

/// Runs `checker` under `profile` for an export. Empty and missing pictures block whatever the
/// profile says: a placeholder box must never reach a plate unnoticed.
GateResult exportGate(Checker& checker, const model::Document& doc,
                      const page::DocumentLayout& layout, Profile profile);

}  // namespace bm::check
