// SPDX-License-Identifier: MIT
#pragma once
// Keeping per-range attributes (tracking ranges, flush marks) attached to their text through a
// text edit, the way a text editor maps a selection: the edit is taken as one replaced span
// (common prefix and suffix kept), positions before it stay, positions after it shift, and a
// range that touched the replaced span grows or shrinks with it. A range is dropped only when
// all of its text was deleted. Hand fitting (紧排/松排) thus survives typing in the 正文 dock.
#include <string>
#include <vector>

#include "layout/model/document.h"

namespace bm::model {

/// `ranges` of `before` mapped onto `after` (paragraphs of one article). A range split by a new
/// paragraph break becomes one range per paragraph; ranges whose text was deleted are dropped.
std::vector<TrackingRange> mapTrackingRanges(const std::vector<std::u16string>& before,
                                             const std::vector<std::u16string>& after,
                                             const std::vector<TrackingRange>& ranges);

/// Flush (no indent) paragraph indices of `before` mapped onto `after`: a paragraph keeps its
/// mark when its text survives the edit (deleted paragraphs lose it).
std::vector<int> mapParagraphIndices(const std::vector<std::u16string>& before,
                                     const std::vector<std::u16string>& after,
                                     const std::vector<int>& indices);

}  // namespace bm::model
