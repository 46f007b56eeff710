// SPDX-License-Identifier: MIT
#pragma once
// The occupancy of a page: every item that takes space (article frame rects, images, labels,
// rules, the 报眉) with its area, and the overlaps between them. One model for every gesture
// (drop, move, resize), for the canvas's red hatching, for the export warning and for preflight.
//
// What counts as a collision (two things printed on top of each other):
//  - any two grid items (article rects, images, labels) whose cells intersect, including two
//    rects of the same frame and two frames of the same article; except
//  - an image with `wrap` over an article frame: the text flows around it (an inset photo);
//  - a rule whose centre line runs through the inside of an article rect, image, label or the
//    报眉 (a rule along an edge or in a gutter is a column rule, not a collision); rules
//    crossing rules are junctions, not collisions;
//  - the 报眉 (its text and 眉线) against anything reaching into it.
#include <optional>
#include <string>
#include <vector>

#include "layout/model/document.h"

namespace bm::place {

enum class ItemKind { Article, Image, Label, Rule, Header };

/// "article", "image", "label", "rule", "header".
const char* kindName(ItemKind kind);

/// One rectangle of a page's occupancy. An L-shaped frame gives one item per rect.
struct PageItem {
    ItemKind kind = ItemKind::Article;
    std::string id;         ///< frame, image, label or rule id; "header" for the 报眉
    std::string articleId;  ///< the article shown (article frames only)
    int rect = 0;           ///< index of the rect in its frame (article frames only)
    Rect area;              ///< page coordinates (mpt); for a rule the box of its stroke
    std::optional<model::GridRect> grid;  ///< the grid cells (article rects, images, labels)
    bool wraps = false;                   ///< an image that text flows around
    Point from, to;                       ///< a rule's centre line
    bool operator==(const PageItem&) const = default;
};

/// Every item of `page` in a stable order: article rects (frame order, rect order), images,
/// labels, rules, then the 报眉 if shown. `doc` gives the header style's size.
std::vector<PageItem> pageItems(const model::Document& doc, const model::Page& page);

/// The 报眉's box (its text line and 眉线 above the type area), or nullopt when not shown.
/// Mirrors composeHeader (layout/page/compose.cpp).
std::optional<Rect> headerArea(const model::Document& doc, const model::Page& page);

struct Overlap {
    size_t a = 0;  ///< indices into the items, a < b
    size_t b = 0;
    Rect area;                            ///< where they overlap (page coordinates, mpt)
    std::optional<model::GridRect> grid;  ///< the overlapping cells when both are grid items
};

/// Whether items `a` and `b` collide (see the rules above), and where.
std::optional<Overlap> overlapOf(const PageItem& a, const PageItem& b);

/// Every collision among `items`, ordered by (a, b).
std::vector<Overlap> findOverlaps(const std::vector<PageItem>& items);

/// A page's items and their collisions.
struct PageOccupancy {
    std::vector<PageItem> items;
    std::vector<Overlap> overlaps;
};
PageOccupancy pageOccupancy(const model::Document& doc, const model::Page& page);

/// "article frame f-a (rect 2) and image img-1 overlap on 栏 3–4, 行 10–12" style one-liner,
/// with columns and lines 1-based as the inspector shows them (English).
std::string describeOverlap(const PageOccupancy& occupancy, const Overlap& overlap);

/// The intersection of two grid rects, or nullopt when they share no cell.
std::optional<model::GridRect> intersect(const model::GridRect& a, const model::GridRect& b);

}  // namespace bm::place
