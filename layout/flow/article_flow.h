// SPDX-License-Identifier: MIT
#pragma once
// flowArticle: an article through the chain of frames that show it (possibly on several pages):
// the headline block on top of the first frame (占行, whole grid lines), then the body line by
// line through every text column of every rectangle, each baseline on the page's baseline grid;
// images take their area (plus standoff) out of the flow; jump lines join continued frames;
// the last row of columns is balanced; what does not fit is overset, counted in 字 and lines.
// The stages, in order, are declared in flow_stages.h.
#include <memory>
#include <string>
#include <vector>

#include "layout/flow/style_text.h"
#include "layout/model/document.h"

namespace bm::flow {

/// One frame of the article's chain, on its page.
struct ChainFrame {
    int pageIndex = 0;
    const model::Page* page = nullptr;
    const model::ArticleFrame* frame = nullptr;
};

/// One line of text at its place on a page.
struct PlacedText {
    int pageIndex = 0;
    std::string frameId;
    std::string role;    ///< body, kicker, headline, subheadline, byline, credit, jump
    int paragraph = -1;  ///< body paragraph index (the dateline is in paragraph 0)
    std::shared_ptr<const text::ParagraphLayout> layout;
    size_t line = 0;  ///< index into layout->lines
    Length x = 0;     ///< left edge of the line box (page coordinates)
    Length baseline = 0;
    /// 长/扁 字 (a headline's width in %): the layout was set at `typeSize` × widthPercent / 100
    /// so its advances are the scaled glyphs'; the glyphs are drawn `typeSize` high.
    int widthPercent = 100;
    Length typeSize = 0;
};

struct TextColumn {
    int pageIndex = 0;
    std::string frameId;
    int rect = 0;
    Rect box;  ///< page coordinates, from the first to the last grid line of the rect
    Length measure = 0;
    std::vector<int> lines;  ///< grid lines available for body text, top to bottom
};

/// A diagnostic as a record, so the checker maps it without parsing messages (the strings in
/// `diagnostics` stay for people). Codes: "headline-clipped" (data: needLines, haveLines,
/// hiddenLines).
struct FlowRecord {
    std::string code;
    std::string article;
    std::string frame;
    int paragraph = -1;
    int offset = -1;
    std::vector<std::pair<std::string, int>> data;
    bool operator==(const FlowRecord&) const = default;
};

struct ArticleFlow {
    std::vector<PlacedText> lines;
    std::vector<TextColumn> columns;
    int totalChars = 0;
    int placedChars = 0;
    int oversetChars = 0;
    int oversetLines = 0;
    int undersetLines = 0;
    std::vector<std::string> diagnostics;
    std::vector<FlowRecord> records;
};

/// Baseline of grid line n: the ideographic em box of body text (`body`, the body face's) sits
/// on the grid line, so the baseline is the box's ascent below the line's top.
Length baselineOf(const model::Page& page, int line, const fonts::EmBox& body);
/// Baseline of a line of `style` whose line box (one em high) starts at `boxTop`.
Length baselineInBox(Length boxTop, const ResolvedStyle& style);

/// The display rectangle of every text column of a frame (no exclusions).
std::vector<TextColumn> frameColumns(const model::Page& page, int pageIndex,
                                     const model::ArticleFrame& frame, Length bodySize);

/// The frames showing `articleId` on every page of `doc`, in chain order (sequence, then page).
std::vector<ChainFrame> articleChain(const model::Document& doc, const std::string& articleId);

Result<ArticleFlow> flowArticle(const model::Document& doc, const model::Article& article,
                                const std::vector<ChainFrame>& chain, TextSetter& setter);

/// Text of an article's body as laid out: paragraph 0 includes the dateline; the credit is run
/// in or a paragraph of its own. Used by flowArticle and by the tests of text conservation.
std::vector<std::u16string> bodyParagraphs(const model::Article& article);

}  // namespace bm::flow
