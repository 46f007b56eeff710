// SPDX-License-Identifier: MIT
#pragma once
// 智能组版 (docs: autolayout.md): for the stories an editor picks for a page, propose a few
// ranked layouts in which every story fits exactly and the frames tile the free part of the
// type area. Qt-free; `banmian autolayout` and the editor's 自动组版 dialog call propose() and
// apply a candidate with toEdits() as one compound edit.
//
// The search: shape tables from the memoised trial layouts of layout/place (lines needed per
// span, text columns, headline size and tracking) → slicing trees over the free rectangle,
// sized exactly by a bottom-up DP over achievable heights → seeded annealing with a fixed RNG
// and an evaluation budget (same input, same output) → scoring with named components → top N
// with diversity → a real relayout of every candidate (copy-fit of layout/place).
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "layout/base/task_control.h"
#include "layout/model/edit.h"
#include "layout/place/trials.h"

namespace bm::autolayout {

struct ArticleRequest {
    std::string id;
    int priority = 3;         ///< 1 (lead) … 5
    std::string photoId;      ///< an image frame of the page that goes with the story, or empty
    std::optional<int> span;  ///< wanted base columns (hard)
};

/// House limits and weights (autolayout.md §2, §3.6).
struct HouseStyle {
    double minMeasureZi = 10;  ///< column measure limits in 字
    double maxMeasureZi = 24;
    /// Lines per text column under the headline: hard minimum, and the depth below which a leg
    /// costs shape points. The seed page sets its briefs in wide, shallow frames (legs of 2–3
    /// lines under a wide headline), so the hard limit is low and 8 is only preferred.
    int minLegLines = 2;
    int preferredLegLines = 8;
    int stackGap = 1;  ///< empty grid lines between stacked modules (the rule goes there)
    int leadMinSpan = 4;
    /// 标题占行: a title block may take one grid line less than its natural height (where the
    /// deck's ink allows) or up to this many more of white, the ink staying ≥ half the block
    /// (autolayout.md §3.6: headline white 50–95 %).
    int headlineWhite = 6;
    /// Photos: the plant's minimum effective resolution (print-pdf.md: ≥ 200 ppi), and the
    /// largest share of its module's cells a photo may take.
    double minPhotoPpi = 200;
    double maxPhotoShare = 0.6;
    double maxPhotoCrop = 0.2;  ///< share of the picture's width or height a frame may crop
    /// 主题 sizes (mpt) per priority 1…5, biggest first: P1 初号/小初, P2 一号/小一, P3 二号/小二,
    /// P4 三号, P5 四号/小四.
    std::vector<std::vector<Length>> headlineSteps = {
        {42000, 36000}, {26000, 24000}, {22000, 18000}, {16000}, {14000, 12000}};
    // Weights of the score components (points off 100).
    double wFill = 2.0;        ///< per empty column-line left in a frame
    double wCopyfit = 0.004;   ///< per |‰ em| × body line of tracking
    double wHierarchy = 3.0;   ///< per priority pair in the wrong order (× priority gap)
    double wBumps = 0.5;       ///< per line of side-by-side headline bands
    double wBalance = 10.0;    ///< visual-weight centroid off the centre (share of the width)
    double wShape = 0.3;       ///< per leg line over 60, per measure 字 off 13–17
    double wHeadlineStep = 1;  ///< per headline step below the priority's first
    /// The lead not at the top-left corner (Chinese pages read from the top left): more than any
    /// other hierarchy difference, so top-right never beats a top-left lead.
    double wLeadLeft = 40;
    double wPhotoSpan = 4;   ///< per base column a photo is set wider or narrower than placed
    double wPhotoWhite = 4;  ///< per text column of white beside a photo narrower than its text
    double wHeadlineWhite = 1.0;  ///< per 标题占行 line off the natural height
    double wPhotoCrop = 10;       ///< per share of the picture cropped off (fill)
};

/// The editor's progress bar and 取消 watch a search through this: propose() sets `planned`,
/// counts `done` evaluations, and stops soon after `cancel` is set (the result then says
/// `cancelled`).
using Control = TaskControl;

struct Request {
    std::vector<ArticleRequest> articles;
    int candidates = 5;
    std::uint32_t seed = 1;
    int budget = 1500;  ///< evaluations per annealing chain (4 chains)
    /// Stop every chain once this many legal layouts are archived (0: spend the whole budget);
    /// 1 with candidates = 1 gives the first candidate as soon as the search has one.
    int stopAfterLegal = 0;
    /// The document's folder, for the photos' pixel sizes (relative paths); empty: the
    /// current directory.
    std::string documentDir;
    HouseStyle house;
    Control* control = nullptr;  ///< optional; owned by the caller
};

/// One module of a candidate: a story's frame (the whole module, headline across it) and its
/// photo inside the frame, under the headline at the module's left edge (the text wraps).
struct Module {
    std::string articleId;
    int priority = 3;
    model::GridRect area;   ///< the whole module
    model::GridRect frame;  ///< the article frame (= area)
    int textColumns = 1;
    double measureZi = 0;
    Length headlineSize = 0;
    int headlineLines = 0;
    int headlineWhite = 0;    ///< 标题占行 lines off natural (set as Article::headlineLines)
    int trackingMilliEm = 0;  ///< the strongest paragraph tracking the shape table chose
    place::TrackingPlan trackingPlan;  ///< its per-paragraph plan (empty: trackingMilliEm on all)
    int bodyLines = 0;                 ///< body lines at that tracking
    std::string photoId;
    model::GridRect photo;  ///< valid when photoId is set
    double photoPpi = 0;    ///< its effective resolution (0: pixel size unknown)
};

struct ScoreParts {
    double fill = 0, copyfit = 0, hierarchy = 0, bumps = 0, balance = 0, shape = 0, wish = 0;
    double total() const { return fill + copyfit + hierarchy + bumps + balance + shape + wish; }
    double score() const { return 100.0 - total(); }
};

/// How much of the free area a candidate uses, as the desk counts it: the modules and the
/// separator lines between them (where the rules print) over the free grid cells; and, as its
/// own number, the column-lines the relayout leaves empty inside the modules (copy-fit's rest).
struct Fill {
    int freeCells = 0;
    int moduleCells = 0;
    int separatorCells = 0;
    int emptyColumnLines = 0;
    double ratio() const { return share(moduleCells + separatorCells); }
    double moduleRatio() const { return share(moduleCells); }  ///< modules only (before s9)

private:
    double share(int cells) const {
        return freeCells > 0 ? static_cast<double>(cells) / freeCells : 0.0;
    }
};

struct Candidate {
    std::vector<Module> modules;
    std::vector<model::GridRect> gaps;  ///< the separator lines between stacked modules
    ScoreParts score;
    std::string structure;  ///< the slicing tree, e.g. "(speech / (a | b))"; one per rectangle
                            ///< joined by " + " when fixed items cut the free area (§3.3)
    /// The rectangles the free area was cut into (§3.3); empty when it is one rectangle.
    std::vector<model::GridRect> regions;
    /// After the relayout check: tracking plans per article (whole paragraphs), chosen by
    /// copy-fit for the frame as placed.
    std::vector<std::pair<std::string, std::vector<model::TrackingRange>>> tracking;
    int evaluations = 0;  ///< evaluations spent when it was first found
    Fill fill;            ///< after the relayout check
    /// The document with the candidate applied and copy-fitted, as the relayout check left it,
    /// so a preview renders it without applying the edits again.
    std::shared_ptr<const model::Document> verified;
};

struct Stats {
    int evaluations = 0;
    int tilings = 0;   ///< evaluations whose tree tiles the free area exactly
    int feasible = 0;  ///< … and keeps the hard rules (legal layouts)
    int leadRejected = 0, bumpRejected = 0;
    int firstCandidateEvaluation = -1;  ///< evaluation count at the first feasible layout
    size_t trialMisses = 0, trialHits = 0;
    int rejectedByVerification = 0;
};

struct Result {
    std::vector<Candidate> candidates;  ///< best first
    model::GridRect freeArea;           ///< the bounding box of the free grid cells
    int freeCells = 0;       ///< free grid cells (less than freeArea's when items cut it)
    std::string diagnostic;  ///< when there is no candidate: why, in numbers
    bool cancelled = false;  ///< stopped by request.control->cancel (then no candidates)
    Stats stats;
};

/// Proposes up to request.candidates layouts for `pageIndex`. Errors are for bad input (unknown
/// article, fixed items no straight cut separates, missing fonts); "nothing fits" is an empty
/// candidate list with a diagnostic.
bm::Result<Result> propose(const model::Document& doc, int pageIndex, const Request& request,
                           place::TrialCache& cache);

/// The edits that apply `candidate` to `doc` (remove the stories' old frames and the unlocked
/// line rules the new modules cross, place the new frames, draw a rule along each separator
/// line, move the photos, set headline sizes and tracking), to be applied as one model::Batch.
std::vector<model::Edit> toEdits(const model::Document& doc, int pageIndex,
                                 const Candidate& candidate);

/// The page's unplaced articles (no frame on any page), in document order.
std::vector<std::string> unplacedArticles(const model::Document& doc);

/// Default priorities: the longest story P1, the next two P2, then P3…P4 by length.
std::vector<ArticleRequest> defaultPriorities(const model::Document& doc,
                                              const std::vector<std::string>& ids);

/// Photos that go with their stories by name: image "img-X" on the page goes with article X or
/// with an article whose id starts with "X-" (img-tree → tree-warming), unless one is set.
void attachPhotos(const model::Page& page, std::vector<ArticleRequest>& articles);

}  // namespace bm::autolayout
