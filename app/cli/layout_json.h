// SPDX-License-Identifier: MIT
#pragma once
// The layout JSON of `banmian export --layout-json` (format in README.md): every page, frame
// and line with its article, paragraph, text, baseline and width in points, and per article the
// overset and underset in 字 and lines.
#include <string>

#include "layout/page/layout_session.h"

namespace bm::cli {

std::string layoutToJson(const model::Document& doc, const page::DocumentLayout& layout,
                         const std::string& imageBaseDir = "");

}  // namespace bm::cli
