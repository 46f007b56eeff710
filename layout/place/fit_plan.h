// SPDX-License-Identifier: MIT
#pragma once
// Choosing a tracking plan (docs: autolayout §3.2, "copy-fit is a set, not an interval"):
// tracking is set per whole paragraph, so each paragraph reaches a small set of line counts
// within the house limits; the article reaches their sumset. A dynamic programme over the
// paragraphs keeps the cheapest plan per total (cost = |tracking| × lines, plus a charge per
// paragraph touched), and the cheapest total that fills the frame wins.
#include <string>

#include "layout/model/document.h"
#include "layout/place/fit.h"
#include "layout/place/trials.h"

namespace bm::place {

/// Tracking steps tried (‰ em): fine enough for a line's worth at 13–20 字 measures.
constexpr int kFitStepMilliEm = 5;

inline model::FitLimits documentFitLimits(const model::Document& doc) { return doc.fitLimits; }

struct PlanChoice {
    bool reachable = false;  ///< a plan within the limits fills the frame
    TrackingPlan plan;       ///< per model paragraph
    int lines = 0;           ///< body lines with the plan
    std::string note;        ///< when not reachable: what is missing
};

/// The cheapest whole-paragraph plan at `measure` that makes the article fill `before`'s
/// capacity (no overset, at most one short row): tightening only when overset, loosening only
/// when short.
Result<PlanChoice> chooseTrackingPlan(const model::Document& doc, const model::Article& article,
                                      Length measure, const CopyFit& before, TrialCache& cache);

}  // namespace bm::place
