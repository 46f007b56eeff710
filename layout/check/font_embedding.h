// SPDX-License-Identifier: MIT
#pragma once
// Whether the PDF export may embed a face (PRN-FONT-EMBED).
#include <optional>
#include <string>

#include "fonts/face.h"

namespace bm::check {

/// nullopt when the face may be subset and embedded; else why not (English).
std::optional<std::string> embeddingProblem(const fonts::Face& face);

}  // namespace bm::check
