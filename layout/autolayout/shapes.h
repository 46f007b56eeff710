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
    int headlineWhite = 0;    ///< 标题占行 lines off the natural height (−1, 0, +1)
    int tracking = 0;         ///< ‰ em, the plan's strongest step (for display)
    double trackingCost = 0;  ///< copy-fit points of the plan (score §3.6 copyfit)
    int plan = -1;            ///< index into LeafShapes::plans (per-paragraph tracking)
    int bodyLines = 0;
    /// The photo (0 lines = none): picture + caption under the headline, at the module's left
    /// edge, `photoSpan` base columns wide; it takes `photoColumns` text columns out of the flow
    /// for its height (text wraps around it, as on the page).
    int photoLines = 0;
    int photoSpan = 0;
    int photoColumns = 0;
    double photoPpi = 0;   ///< effective resolution (0: pixel size unknown)
    int emptyLines = 0;    ///< empty column-lines in the module (short last row)
    double photoCost = 0;  ///< size off the editor's, crop, white beside it (score points)
    double cost = 0;       ///< copy-fit and shape cost (score points)
};

struct LeafShapes {
    std::string articleId;
    int priority = 3;
    /// feasible[w] for w = 1…columns (index 0 unused).
    std::vector<Heights> feasible;
    /// best[w][h]: the cheapest variant at width w and module height h.
    std::vector<std::map<int, Variant>> best;
    /// The per-paragraph tracking plans the variants use (Variant::plan).
    std::vector<place::TrackingPlan> plans;
};

/// The photo of a story: its frame on the page (aspect, caption, standoff and fit are kept) and
/// the picture's pixel size (0 when the file cannot be read: no resolution limit then).
struct PhotoShape {
    double aspect = 0;  ///< picture width / height
    int captionLines = 1;
    model::ImageFrame frame;
    int pixelsW = 0, pixelsH = 0;
};

/// The photo at some base columns: grid lines (picture + caption), the share of the picture
/// the frame crops off (fill), and effective resolution.
struct PhotoSize {
    int lines = 0;
    double crop = 0;
    double ppi = 0;  ///< 0 when the pixel size is unknown
};
/// Every height of the photo at `span` base columns that crops at most `maxCrop`.
std::vector<PhotoSize> photoSizes(const model::Page& page, const PhotoShape& photo, int span,
                                  double maxCrop);

/// Score points of a title block `white` lines off its natural height.
double whiteCost(const HouseStyle& house, int white);

/// Shape tables of one story on `page` for widths 1…maxColumns and heights up to maxLines.
bm::Result<LeafShapes> leafShapes(const model::Document& doc, const model::Page& page,
                                  const ArticleRequest& request, const HouseStyle& house,
                                  const std::optional<PhotoShape>& photo, int maxColumns,
                                  int maxLines, place::TrialCache& cache);

/// The measure of one text column of a `span`-column frame with `textColumns` columns.
Length columnMeasure(const model::Page& page, int span, int textColumns);

}  // namespace bm::autolayout
