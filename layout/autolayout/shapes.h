// SPDX-License-Identifier: MIT
#pragma once
// Shape tables (autolayout.md §3.2): for each story and each module width in base columns, the
// set of module heights (grid lines) at which it fits exactly, and the cheapest variant (text
// columns, headline size, whole-article tracking, photo) per height. Built from the memoised
// trials of layout/place, never estimated.
#include <bitset>
#include <map>
#include <vector>

#include "layout/autolayout/autolayout.h"

namespace bm::autolayout {

constexpr int kMaxLines = 128;
using Heights = std::bitset<kMaxLines>;

struct Variant {
    int textColumns = 1;
    Length measure = 0;
    Length headlineSize = 0;
    int headlineStep = 0;  ///< index into the priority's steps
    int headlineLines = 0;
    int tracking = 0;  ///< ‰ em, whole article
    int bodyLines = 0;
    int photoLines = 0;  ///< photo + caption above the frame (0 = no photo)
    double cost = 0;     ///< copy-fit and shape cost (score points)
};

struct LeafShapes {
    std::string articleId;
    int priority = 3;
    /// feasible[w] for w = 1…columns (index 0 unused).
    std::vector<Heights> feasible;
    /// best[w][h]: the cheapest variant at width w and module height h.
    std::vector<std::map<int, Variant>> best;
};

/// The photo of a story: its frame on the page (aspect and caption lines are kept).
struct PhotoShape {
    double aspect = 0;  ///< picture width / height
    int captionLines = 1;
};

/// Shape tables of one story on `page` for widths 1…maxColumns and heights up to maxLines.
bm::Result<LeafShapes> leafShapes(const model::Document& doc, const model::Page& page,
                                  const ArticleRequest& request, const HouseStyle& house,
                                  const std::optional<PhotoShape>& photo, int maxColumns,
                                  int maxLines, place::TrialCache& cache);

/// Grid lines a photo of `photo`'s aspect takes at `span` base columns, caption included.
int photoLines(const model::Page& page, const PhotoShape& photo, int span);

/// The measure of one text column of a `span`-column frame with `textColumns` columns.
Length columnMeasure(const model::Page& page, int span, int textColumns);

}  // namespace bm::autolayout
