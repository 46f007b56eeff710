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
/// `balance`: a headline deck: a part that wraps breaks between phrases into lines of even
/// length (phrase_breaks.h) instead of wherever the measure runs out.
/// `widthPercent`: 长 (< 100) or 扁 (> 100) 字: lines are set with every horizontal length of
/// the style scaled (advances, compression, tracking) and drawn with the glyphs scaled to match,
/// at the style's height and line pitch.
Length stackLines(const std::u16string& text, const ResolvedStyle& style, Length width, Length x,
                  Length y, const std::string& role, TextSetter& setter,
                  std::vector<PlacedText>& out, bool balance = false, int widthPercent = 100);

/// The 主题 style of an article: the document's headline style with the article's own size and
/// font role (v2 title-block fields) applied.
model::Style headlineStyle(const model::Document& doc, const model::Article& article);

}  // namespace bm::flow
