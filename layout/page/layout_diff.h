// SPDX-License-Identifier: MIT
#pragma once
// The first difference between two document layouts, in words, for the oracle of the
// incremental relayout: a LayoutSession that reused its caches must give what a fresh session
// gives on the same document (tests, fuzz_document). Empty when the layouts are equal.
#include <string>

#include "layout/page/layout_session.h"

namespace bm::page {

std::string layoutDifference(const DocumentLayout& a, const DocumentLayout& b);

}  // namespace bm::page
