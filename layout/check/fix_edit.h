// SPDX-License-Identifier: MIT
#pragma once
// Fixes as model edits (undoable): 修正 applies one finding's fix, 全部修正 every safe fix of a
// list, as one edit. Each replacement carries the text it expects, so a fix computed on an older
// text is refused by applyEdit instead of landing in the wrong place.
#include <optional>
#include <vector>

#include "layout/check/finding.h"
#include "layout/model/edit.h"

namespace bm::check {

/// The stored field a text finding points at; nullopt for findings without a field.
std::optional<model::TextField> textFieldOf(const Location& l);

/// The edit applying `f`'s fix; nullopt when it has none.
std::optional<model::Edit> fixEdit(const Finding& f);

/// One edit applying every safe fix of `findings` (waived ones skipped): a ReplaceText per
/// field, in a Batch; a fix overlapping one already taken waits for the next check.
std::optional<model::Edit> fixAllSafeEdit(const std::vector<Finding>& findings);

}  // namespace bm::check
