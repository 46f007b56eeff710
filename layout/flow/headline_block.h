// SPDX-License-Identifier: MIT
#pragma once
// The headline block of an article: 引题 (kicker), 主题 (headline, '\n' = intended break),
// 副题 (subheadline) and byline, each in its style, centred over the block width. The block
// occupies whole grid lines (占行, R-BASE-2): its height is rounded up to a multiple of the line
// pitch and its content centred in it, so the body below resumes on the grid.
#include <vector>

#include "layout/flow/article_flow.h"

namespace bm::flow {

struct HeadlineBlock {
    int gridLines = 0;              ///< 0 when the article has no headline text
    std::vector<PlacedText> lines;  ///< x from the block's left, baseline from its top
};

Result<HeadlineBlock> setHeadlineBlock(const model::Document& doc, const model::Article& article,
                                       const model::Page& page, Length width, TextSetter& setter);

/// Sets `text` (split at '\n') in `style` at `width` and stacks the lines from `y` downwards;
/// returns the y below the last line. Shared by headline blocks, captions and labels.
/// `balance`: a part that wraps is set at the narrowest width that keeps its number of lines
/// (CSS text-wrap: balance), so a headline breaks into lines of even length instead of leaving
/// one character alone on its last line.
Length stackLines(const std::u16string& text, const ResolvedStyle& style, Length width, Length x,
                  Length y, const std::string& role, TextSetter& setter,
                  std::vector<PlacedText>& out, bool balance = false);

}  // namespace bm::flow
