// SPDX-License-Identifier: MIT
#include "layout/autolayout/shapes.h"

#include "layout/autolayout/body_options.h"

#include "layout/page/compose.h"
#include "layout/page/image_placement.h"

#include <algorithm>
#include <cmath>

namespace bm::autolayout {

namespace {

/// Whole-article tracking steps within the document's limits (‰ em).
std::vector<int> trackingSteps(const model::FitLimits& limits) {
    // Quarters of each limit: a line more or less often needs less than half the limit.
    std::vector<int> out = {0};
    const int lo = limits.minTrackingMilliEm, hi = limits.maxTrackingMilliEm;
    for (int t : {lo, 3 * lo / 4, lo / 2, lo / 4, hi / 4, hi / 2, 3 * hi / 4, hi})
        if (t != 0 && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    return out;
}

/// Shape cost of a measure: page editors set news copy at 13–17 字; narrower or wider reads
/// worse even inside the house limits.
double measureCost(double zi, const HouseStyle& house) {
    const double off = zi < 13 ? 13 - zi : (zi > 17 ? zi - 17 : 0);
    return off * house.wShape;
}

struct Context {
    const model::Document& doc;
    const model::Page& page;
    const ArticleRequest& request;
    const HouseStyle& house;
    const std::optional<PhotoShape>& photo;
    int maxLines;
    place::TrialCache& cache;
};

/// One way to set the story's photo in a module of a given width and text columns.
struct PhotoOption {
    int span = 0, lines = 0, columns = 0;  ///< base columns, grid lines, text columns taken
    double ppi = 0, cost = 0;
};

/// The photo's widths that keep its effective resolution ≥ the plant's limit and do not leave
/// a strip of white beside it wider than half a text column (the text wraps around the photo's
/// text columns). No photo: one empty option.
std::vector<PhotoOption> photoOptions(const Context& c, int span, int textColumns, Length measure) {
    if (!c.photo) return {PhotoOption{}};
    std::vector<PhotoOption> out;
    const int original = std::max(1, c.photo->frame.area.span);
    for (int b = 1; b <= span; ++b) {
        const Length width = model::columnsWidth(c.page, b);
        const Length step = measure + c.page.grid.gutter;
        int taken = 0;
        while (taken < textColumns && taken * step < width + c.photo->frame.standoff) ++taken;
        const double white = static_cast<double>(taken * step - c.page.grid.gutter - width);
        if (white > measure / 2.0) continue;
        for (const PhotoSize& size : photoSizes(c.page, *c.photo, b, c.house.maxPhotoCrop)) {
            if (size.ppi > 0 && size.ppi < c.house.minPhotoPpi) continue;
            if (size.lines < c.photo->captionLines + 3) continue;
            PhotoOption o;
            o.span = b;
            o.lines = size.lines;
            o.columns = taken;
            o.ppi = size.ppi;
            o.cost = c.house.wPhotoSpan * std::abs(b - original) +
                     c.house.wPhotoWhite * std::max(0.0, white) / static_cast<double>(measure) +
                     c.house.wPhotoCrop * size.crop;
            out.push_back(o);
        }
    }
    return out;
}

/// Body lines under the headline for `lines` of text in `k` columns around `photo`, and the
/// empty column-lines left; nullopt when the shape breaks the house limits (short legs, a photo
/// taking too much of the module is checked by the caller).
std::optional<std::pair<int, int>> bodyDepth(const Context& c, int lines, int k,
                                             const PhotoOption& photo) {
    const int leg = (lines + k - 1) / k;
    if (photo.lines == 0 || photo.columns >= k) {
        // Legs of at least minLegLines, unless the story is shorter than one leg.
        if (k > 1 && leg < c.house.minLegLines) return std::nullopt;
        return std::pair{photo.lines + leg, k * leg - lines};
    }
    const int p = photo.lines, j = photo.columns;
    const int depth = std::max(p + c.house.minLegLines, (lines + j * p + k - 1) / k);
    const int empty = k * depth - j * p - lines;
    if (empty >= k) return std::nullopt;  // copy-fit would call it underset
    return std::pair{depth, empty};
}

/// A title block height: the priority's headline step and its 标题占行, natural, one line less
/// (where the ink allows) or more lines of white within the house limits, measured by the
/// flow's own block setter.
struct HeadOption {
    size_t step = 0;
    int lines = 0;
    int white = 0;  ///< lines off the natural height
};

bm::Result<std::vector<HeadOption>> headOptions(const Context& c,
                                                const std::vector<model::Article>& sized,
                                                Length width) {
    std::vector<HeadOption> out;
    for (size_t step = 0; step < sized.size(); ++step) {
        auto natural = c.cache.headlineLines(c.doc, sized[step], c.page, width);
        if (!natural) return Error{natural.error()};
        out.push_back({step, *natural, 0});
        // More white up to the house limit: the deck's ink at least half the block (a natural
        // block of n lines holds ≈ n − ½ lines of ink, so at most 2n − 1 lines).
        const int more = std::min(c.house.headlineWhite, *natural - 1);
        for (int d = -1; d <= more; ++d) {
            if (d == 0 || *natural + d < 1) continue;
            model::Article a = sized[step];
            a.headlineLines = *natural + d;
            auto lines = c.cache.headlineLines(c.doc, a, c.page, width);
            if (!lines) return Error{lines.error()};
            if (*lines == *natural + d) out.push_back({step, *lines, d});
        }
    }
    return out;
}

/// Every variant at one span, added to the table.
bm::Result<bool> addSpan(const Context& c, const std::vector<model::Article>& sized,
                         place::ArticleTrials& trials, int span, LeafShapes& out) {
    const Length body = c.page.grid.bodySize;
    const auto heads = headOptions(c, sized, model::columnsWidth(c.page, span));
    if (!heads) return Error{heads.error()};
    const auto steps = trackingSteps(c.doc.fitLimits);
    for (int k = 1; k <= span; ++k) {
        const Length measure = columnMeasure(c.page, span, k);
        const double zi = static_cast<double>(measure) / static_cast<double>(body);
        if (zi < c.house.minMeasureZi - 1e-6 || zi > c.house.maxMeasureZi + 0.05) continue;
        const auto photos = photoOptions(c, span, k, measure);
        for (BodyOption& option : bodyOptions(trials, measure, steps, c.house.wCopyfit)) {
            const int lines = option.lines;
            const int plan = static_cast<int>(out.plans.size());
            out.plans.push_back(std::move(option.plan));
            for (const auto& photo : photos) {
                const auto depth = bodyDepth(c, lines, k, photo);
                if (!depth) continue;
                for (const HeadOption& head : *heads) {
                    const int height = head.lines + depth->first;
                    if (height < 1 || height > c.maxLines) continue;
                    if (photo.span * photo.lines > c.house.maxPhotoShare * span * height) continue;
                    Variant v;
                    v.textColumns = k;
                    v.measure = measure;
                    v.headlineSize = *sized[head.step].headlineSize;
                    v.headlineStep = static_cast<int>(head.step);
                    v.headlineLines = head.lines;
                    v.headlineWhite = head.white;
                    v.tracking = option.tracking;
                    v.trackingCost = option.cost;
                    v.plan = plan;
                    v.bodyLines = lines;
                    v.photoLines = photo.lines;
                    v.photoSpan = photo.span;
                    v.photoColumns = photo.columns;
                    v.photoPpi = photo.ppi;
                    v.emptyLines = depth->second;
                    v.photoCost = photo.cost;
                    const int leg = depth->first - (photo.columns >= k ? photo.lines : 0);
                    v.cost =
                        option.cost + c.house.wFill * depth->second / k + measureCost(zi, c.house) +
                        c.house.wHeadlineStep * static_cast<double>(head.step) +
                        whiteCost(c.house, head.white) + c.house.wShape * std::max(0, leg - 60) +
                        c.house.wShape * std::max(0, c.house.preferredLegLines - leg) + photo.cost;
                    auto& slot = out.best[span];
                    auto it = slot.find(height);
                    if (it == slot.end() || v.cost < it->second.cost) slot[height] = v;
                    out.feasible[span].set(height);
                }
            }
        }
    }
    return true;
}

}  // namespace

/// 标题占行 off natural: each further line of white costs more (a block of white reads as a
/// hole, one line more reads as air).
double whiteCost(const HouseStyle& house, int white) {
    const double d = std::abs(white);
    return house.wHeadlineWhite * (d + d * d) / 2;
}

Length columnMeasure(const model::Page& page, int span, int textColumns) {
    const Length width = model::columnsWidth(page, span);
    const int n = std::max(1, textColumns);
    return (width - (n - 1) * page.grid.gutter) / n;
}

std::vector<PhotoSize> photoSizes(const model::Page& page, const PhotoShape& photo, int span,
                                  double maxCrop) {
    // Picture heights in grid lines whose picture rectangle (what the renderer fills, the
    // caption below it) crops at most `maxCrop` of the photo's width or height.
    model::ImageFrame img = photo.frame;
    const double width = static_cast<double>(model::columnsWidth(page, span));
    const double pitch = static_cast<double>(page.grid.pitch());
    const double aspect = std::max(0.05, photo.aspect);
    const int lo = std::max(1, static_cast<int>(width / aspect * (1 - maxCrop) / pitch) - 1);
    const int hi = static_cast<int>(width / aspect / (1 - maxCrop) / pitch) + 2;
    std::vector<PhotoSize> out;
    for (int n = lo; n <= hi; ++n) {
        img.area = {0, span, 0, n + photo.captionLines};
        const Rect pic = page::pictureRect(page, img);
        if (pic.h <= 0 || pic.w <= 0) continue;
        const double ratio = static_cast<double>(pic.w) / static_cast<double>(pic.h) / aspect;
        const double crop = ratio > 1 ? 1 - 1 / ratio : 1 - ratio;  // share cut off
        if (crop > maxCrop) continue;
        PhotoSize size;
        size.lines = n + photo.captionLines;
        size.crop = crop;
        if (photo.pixelsW > 0 && photo.pixelsH > 0) {
            // The preflight's own measure: the picture as the renderer places it in the frame.
            const page::ImageFit fit{img.fit, img.zoomPermille, img.focusXPermille,
                                     img.focusYPermille};
            const auto placed = page::placeImage(pic, photo.pixelsW, photo.pixelsH, fit);
            size.ppi = page::effectivePpi(placed, photo.pixelsW, photo.pixelsH).min();
        }
        out.push_back(size);
    }
    return out;
}

bm::Result<LeafShapes> leafShapes(const model::Document& doc, const model::Page& page,
                                  const ArticleRequest& request, const HouseStyle& house,
                                  const std::optional<PhotoShape>& photo, int maxColumns,
                                  int maxLines, place::TrialCache& cache) {
    const model::Article* article = doc.article(request.id);
    if (!article) return Error{"unknown article \"" + request.id + "\""};
    LeafShapes out;
    out.articleId = request.id;
    out.priority = std::clamp(request.priority, 1, 5);
    out.feasible.assign(maxColumns + 1, Heights{});
    out.best.assign(maxColumns + 1, {});
    // The story at each headline size of its priority (the trial cache keys on the size).
    std::vector<model::Article> sized;
    const auto& sizes =
        house.headlineSteps[std::min<size_t>(out.priority - 1, house.headlineSteps.size() - 1)];
    for (Length size : sizes) {
        sized.push_back(*article);
        sized.back().headlineSize = size;
        sized.back().headlineLines = 0;  // natural; the search tries one line more or less
    }
    auto trials = place::ArticleTrials::make(doc, *article, cache);
    if (!trials) return Error{trials.error()};
    const Context c{doc, page, request, house, photo, std::min(maxLines, kMaxLines - 1), cache};
    for (int span = 1; span <= maxColumns; ++span) {
        if (request.span && *request.span != span) continue;
        auto added = addSpan(c, sized, *trials, span, out);
        if (!added) return Error{added.error()};
    }
    return out;
}

}  // namespace bm::autolayout
