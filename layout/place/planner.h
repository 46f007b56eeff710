// SPDX-License-Identifier: MIT
#pragma once
// The placement planner: where a dropped article's frame goes and how big it is. The frame takes
// the free region under the cursor (never a cell another item holds), with the span, text
// columns and height that make the article fit when the region allows; otherwise it fills the
// region and reports what stays overset. A drop with no usable free region is refused with the
// reason. The editor's drop ghost, its drop and `banmian place` all call planDrop.
#include <optional>
#include <string>

#include "layout/model/edit.h"
#include "layout/place/occupancy.h"
#include "layout/place/trials.h"

namespace bm::place {

/// Base columns a dropped frame spans when the article fits that way (it widens, up to the free
/// run, when it does not).
constexpr int kPreferredDropSpan = 3;

struct DropRequest {
    std::string articleId;
    int pageIndex = 0;
    int column = 0;  ///< the cell under the cursor, 0-based
    int line = 0;
    std::optional<int> span;  ///< base columns asked for; nullopt = the planner chooses
    std::string frameId;      ///< id of the new frame; empty = newFrameId(doc)
};

/// Why a drop cannot place anything.
struct Refusal {
    enum class Reason { UnknownArticle, NoPage, OutsideGrid, Occupied, TooNarrow, TooShort };
    Reason reason = Reason::Occupied;
    int column = 0;  ///< the cell asked for (0-based)
    int line = 0;
    ItemKind itemKind = ItemKind::Article;  ///< Occupied: what holds the cell
    std::string itemId;
    std::string itemArticle;
    int freeColumns = 0;  ///< TooNarrow: the free run; span: what was asked
    int span = 0;
    int freeLines = 0;  ///< TooShort: free lines below the cell; neededLines: the minimum
    int neededLines = 0;
    /// One English line naming the reason, columns and lines 1-based ("column 3, line 10 is
    /// taken by article frame f-speech (speech)").
    std::string message() const;
};

struct DropPlan {
    std::optional<Refusal> refusal;  ///< set: nothing can be placed (place is empty)
    model::PlaceArticle place;       ///< the edit that creates the frame
    model::GridRect region;          ///< the free region the frame was sized in
    bool fits = false;               ///< the whole article fits the frame
    int neededLines = 0;             ///< grid lines the article needs at the chosen span
    int oversetChars = 0;            ///< what stays overset when it does not fit
    int oversetLines = 0;
    int headlineLines = 0;
};

/// Plans a drop. Errors are only for missing fonts; refusals are in the plan.
Result<DropPlan> planDrop(const model::Document& doc, const DropRequest& request,
                          TrialCache& cache);

/// An unused frame id: "f1", "f2", …
std::string newFrameId(const model::Document& doc);

/// The next chain position for `articleId` (0 when it has no frame yet).
int nextSequence(const model::Document& doc, const std::string& articleId);

}  // namespace bm::place
