// SPDX-License-Identifier: MIT
#pragma once
// The separator rules an applied candidate draws (separators.cpp): horizontal ones along the
// separator lines between stacked modules, vertical ones in the gutters between side-by-side
// modules, joined as a page editor joins them.
#include <vector>

#include "layout/autolayout/autolayout.h"

namespace bm::autolayout {

struct Separator {
    Point from, to;  ///< page coordinates, mpt
};

/// The rules for `candidate` on `page` of `doc` (the page before the candidate is applied: its
/// fixed items get a vertical rule beside a module too). Horizontal rules first.
std::vector<Separator> separatorRules(const model::Document& doc, const model::Page& page,
                                      const Candidate& candidate);

}  // namespace bm::autolayout
