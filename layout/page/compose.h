// SPDX-License-Identifier: MIT
#pragma once
// composePage: placed lines and page furniture (报眉, labels, photos with captions, rules) →
// the page's display list and its line table.
#include <vector>

#include "layout/flow/article_flow.h"
#include "layout/page/layout_session.h"

namespace bm::page {

/// Appends line `line` of a paragraph, its line box starting at x = `x` on `baseline`, as glyph
/// runs (one per face).
/// `widthPercent` ≠ 100: a 长/扁 line set at typeSize × widthPercent / 100 (stackLines); its
/// glyphs are drawn `typeSize` high and scaled to that width.
void appendLineGlyphs(const text::ParagraphLayout& pl, size_t line, Length x, Length baseline,
                      const Paint& paint, std::vector<DisplayItem>& items, int widthPercent = 100,
                      Length typeSize = 0);

/// Appends one placed line as glyph runs (one per face).
void appendLine(const flow::PlacedText& line, const Paint& paint, std::vector<DisplayItem>& items);

/// The line-table entry of a placed line.
PlacedLine toPlacedLine(const flow::PlacedText& line, const std::string& articleId);

/// Where an image frame's picture goes (page coordinates): the frame's area minus the grid
/// lines of its caption. Export and preflight (effective ppi, distortion) use the same box.
Rect pictureRect(const model::Page& page, const model::ImageFrame& img);

/// Page furniture: 报眉 above the type area, labels, image frames with captions and credits,
/// and rules. Appends display items, lines and frame boxes to `out`.
Status composeFurniture(const model::Document& doc, const model::Page& page,
                        flow::TextSetter& setter, PageLayout& out);

}  // namespace bm::page
