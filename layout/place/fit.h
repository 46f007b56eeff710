// SPDX-License-Identifier: MIT
#pragma once
// Copy-fit (拼版调整): how an article fits its frames, what would make it fit, and 自动紧排/松排
// (fitting by tracking within the house limits, spread over whole paragraphs the way the
// reference page was fitted by hand). Qt-free; the editor's fit panel, `banmian fit` and the
// autolayout search call these.
#include <optional>
#include <string>
#include <vector>

#include "layout/model/document.h"
#include "layout/place/trials.h"

namespace bm::place {

/// How an article fits its frames now, and what would make it fit.
struct CopyFit {
    std::string articleId;
    bool placed = false;
    int totalChars = 0;     ///< body 字
    int capacityLines = 0;  ///< body lines its frames hold
    int neededLines = 0;    ///< body lines its text needs at its tracking
    int oversetLines = 0;
    int oversetChars = 0;
    int undersetLines = 0;
    int lastColumns = 1;  ///< text columns of the rect the article ends in (a row of lines)
    /// ≈ 字 its frames hold at its tracking (the average 字 per line × capacity).
    int capacityChars = 0;

    // What would make it fit (each alone). Zero / nullopt when not needed or not possible.
    int cutChars = 0;  ///< overset: 字 to cut
    int addChars = 0;  ///< underset: ≈ 字 to add
    /// 紧排/松排: the whole-article tracking (‰ em) within the limits that fits, if any.
    std::optional<int> tracking;
    /// Grid lines to add to (> 0) or remove from (< 0) the frame's last rect.
    int frameLines = 0;

    /// No overset and at most one short row (fewer than `lastColumns` empty lines).
    bool fits() const { return oversetLines == 0 && undersetLines < lastColumns; }
};

/// The copy-fit of one article in its frames (a full flow of the article, plus trials for the
/// suggestions).
Result<CopyFit> copyFit(const model::Document& doc, const std::string& articleId,
                        TrialCache& cache);

/// A one-line summary for the CLI and status bar: "speech: fits", "job-fair: +12 字 (2 lines)
/// over — cut 12 字, tighten to −20‰ or add 1 line", "tree: 3 lines short — …".
std::string describeFit(const CopyFit& fit);

/// The result of fitting one article by tracking.
struct AutoFit {
    std::string articleId;
    bool placed = false;
    bool changed = false;                        ///< new tracking ranges were chosen
    bool fits = false;                           ///< after the change (or already)
    std::vector<model::TrackingRange> tracking;  ///< the article's ranges after fitting
    int paragraphsTracked = 0;
    int minMilliEm = 0, maxMilliEm = 0;  ///< the range of tracking used
    CopyFit before, after;
    std::string note;  ///< why it could not fit, when it could not
};

/// 自动紧排/松排: chooses whole-paragraph tracking within the document's fit limits so the
/// article fills its frames (no overset, at most one short row), preferring few paragraphs and
/// small amounts. An article that already fits is left alone. When no plan within the limits
/// fits, nothing changes and `note` says what is missing.
Result<AutoFit> autoFit(const model::Document& doc, const std::string& articleId,
                        TrialCache& cache);

/// Fit frame to text: the last rect of the article's last frame at the height the article needs
/// (shortest with nothing overset), growing at most to the first item below it (or `maxLines`);
/// nullopt when the article is not placed.
struct FrameToText {
    std::string pageId;
    std::string frameId;
    int rectIndex = 0;
    model::GridRect to;    ///< the rect's new area
    int oversetLines = 0;  ///< still overset at the new height (no room below)
};
Result<std::optional<FrameToText>> fitFrameToText(const model::Document& doc,
                                                  const std::string& articleId, TrialCache& cache,
                                                  int maxLines = -1);

}  // namespace bm::place
