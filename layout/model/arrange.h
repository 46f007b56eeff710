// SPDX-License-Identifier: MIT
#pragma once
// Align and distribute page objects: edges or centres lined up with the selection's extent,
// or equal gaps between them. Grid objects land on the nearest column and line (the grid is
// never left); rules and boxes move freely. Locked objects stay where they are.
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/edit.h"

namespace bm::model {

enum class AlignMode { Left, HCenter, Right, Top, VCenter, Bottom };

/// One edit aligning the objects `ids` of `page`; an error when fewer than two can move.
Result<Edit> alignEdit(const Page& page, const std::vector<std::string>& ids, AlignMode mode);

/// One edit spacing the objects `ids` of `page` evenly (left to right, or top to bottom): the
/// outermost two stay, the others get equal gaps. Needs three objects.
Result<Edit> distributeEdit(const Page& page, const std::vector<std::string>& ids, bool horizontal);

}  // namespace bm::model
