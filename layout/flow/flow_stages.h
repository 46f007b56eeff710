// SPDX-License-Identifier: MIT
#pragma once
// Internal to flowArticle (article_flow.cpp): its stages, in the order it runs them.
//   columns → headline block → image exclusions → jump lines → body fill → balancing → baselines
// Each stage reads the columns the previous ones left: the headline block and wrapped images
// take grid lines out of the columns, jump lines take the last/first line of a frame, and the
// body fills what remains, slot by slot.
#include <vector>

#include "layout/flow/article_flow.h"
#include "layout/flow/body_paragraphs.h"

namespace bm::flow::stages {

/// One grid line of one column that body text may occupy.
struct Slot {
    size_t column;
    int line;
};

/// A body line of ArticleFlow::lines and the slot it occupies.
struct BodyPlacement {
    size_t lineIndex;
    size_t slot;
    bool keepWithNext = false;  ///< the last line of a 小标题: never the foot of a column
};

/// Removes from each column of page `pageIndex` the grid lines that `r` (page coordinates)
/// covers.
void exclude(std::vector<TextColumn>& columns, int pageIndex, const model::Page& page,
             const Rect& r);

/// Columns of every frame of the chain, in chain order (empty when a frame has no rectangles).
std::vector<TextColumn> chainColumns(const std::vector<ChainFrame>& chain);

/// Sets the headline block on top of the first frame (占行), adds its lines to `out.lines` and
/// takes its grid lines out of the columns. Lines that do not fit the frame are hidden and
/// reported.
Status placeHeadlineBlock(const model::Document& doc, const model::Article& article,
                          const ChainFrame& first, TextSetter& setter, ArticleFlow& out);

/// Wrapped images on the chain's pages take their area plus standoff out of the columns.
void excludeWrappedImages(const std::vector<ChainFrame>& chain, std::vector<TextColumn>& columns);

/// Jump lines between frames on different pages (下转/上接): takes the line each needs out of
/// the columns and returns the placed lines.
std::vector<PlacedText> reserveJumpLines(const std::vector<ChainFrame>& chain,
                                         const ResolvedStyle& jump, const fonts::EmBox& grid,
                                         TextSetter& setter, std::vector<TextColumn>& columns);

/// The grid lines left for body text, column by column.
std::vector<Slot> bodySlots(const std::vector<TextColumn>& columns);

/// Sets every body paragraph and fills the slots line by line; what does not fit is counted as
/// overset. Fills the counts of `out` and returns where each placed line went.
std::vector<BodyPlacement> fillBody(const model::Article& article, const BodyStyles& styles,
                                    const std::vector<Slot>& slots, TextSetter& setter,
                                    ArticleFlow& out);

/// Lines per column when balancing `lines` over columns with `available` grid lines each.
std::vector<int> balancedTakes(const std::vector<int>& available, int lines);

/// Balances the last row of columns (the rectangle holding the last body line) when the article
/// ends there and its frame asks for it: moves placements to other slots.
void balanceLastRow(const std::vector<ChainFrame>& chain, const std::vector<Slot>& slots,
                    const ArticleFlow& out, std::vector<BodyPlacement>& placements);

/// Puts each body line at its slot: column x and the baseline of its grid line (`grid`: the body
/// face's em box).
void placeBodyLines(const std::vector<ChainFrame>& chain, const std::vector<Slot>& slots,
                    const std::vector<BodyPlacement>& placements, const fonts::EmBox& grid,
                    ArticleFlow& out);

}  // namespace bm::flow::stages
