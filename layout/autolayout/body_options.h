// SPDX-License-Identifier: MIT
#pragma once
// Copy-fit is a set, not an interval (autolayout.md §3.2): tracking is set per paragraph, as
// 紧排/松排 by hand, so each paragraph reaches a few line counts and the article reaches their
// sumset. The shape tables take every body line count the article reaches at a measure, each
// with its cheapest per-paragraph plan, instead of the few a single tracking for the whole
// article gives (which left the exact fits to 标题占行 white and short rows).
#include <vector>

#include "layout/place/trials.h"

namespace bm::autolayout {

struct BodyOption {
    int lines = 0;
    double cost = 0;           ///< Σ weight × |tracking ‰| × the paragraph's lines
    int tracking = 0;          ///< the plan's strongest step (‰ em), for display
    place::TrackingPlan plan;  ///< per model paragraph
};

/// Every body line count reachable at `measure` with whole-paragraph tracking from `steps`
/// (all tightening or all loosening within one article, as copy-fit does), cheapest first per
/// count, in ascending lines.
std::vector<BodyOption> bodyOptions(place::ArticleTrials& trials, Length measure,
                                    const std::vector<int>& steps, double weight);

}  // namespace bm::autolayout
