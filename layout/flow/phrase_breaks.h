// SPDX-License-Identifier: MIT
#pragma once
// Headline lines that break between phrases (docs: issue 9, cjk-typesetting §headlines): an
// automatic break in a 引题/主题/副题 falls only between words (ICU's dictionary segmentation
// for Chinese: 我市前三季度|经济运行稳中有进, never 经|济), never between a number and its unit
// or inside a Latin name, and at a typed space when one serves; among the breaks that give the
// fewest lines, the most even lines win (a short first line over a short last one). A manual
// line break ('\n') is handled by the caller, which sets each part on its own.
#include <string>

#include "layout/flow/style_text.h"

namespace bm::flow {

/// One headline part (no '\n') set at `width` with phrase breaks. Falls back to the paragraph
/// engine's own breaks when no phrase break fits (a word wider than the measure).
text::ParagraphLayout setPhrased(const std::u16string& part, const ResolvedStyle& style,
                                 Length width, TextSetter& setter);

}  // namespace bm::flow
