// SPDX-License-Identifier: MIT
#pragma once
// Semantic checks of a model document: ranges, references, unique ids, rects on the grid.
// Shared by the loader (after the JSON shape is checked) and by applyEdit, so a document that
// edits produce always loads again. Messages are "path: expected …, got …", with paths in the
// JSON file's spelling (pages[0].articleFrames[1].rects[0].span).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/model/document.h"

namespace bm::model {

// Limits against absurd input (a typo of 10× or an extra zero should not reach the layout).
constexpr Length kMaxPageSide = 5669291;      ///< 2 m in mpt (fromMm(2000))
constexpr Length kMaxFontSize = 1000 * 1000;  ///< 1000 pt
constexpr int kMaxGridColumns = 64;
constexpr int kMaxTextColumns = 32;
constexpr int kMaxPageNumber = 9999;
constexpr int kMaxSequence = 9999;
constexpr int kMinTrackingMilliEm = -1000;  ///< letters may not overlap by more than an em
constexpr int kMaxTrackingMilliEm = 5000;
constexpr int kMaxIndentMilliEm = 20000;  ///< ± (negative = hanging indent)
constexpr int kMaxLineGapMilliEm = 10000;
constexpr Length kMaxStandoff = 100 * 1000;  ///< 100 pt
constexpr Length kMaxRuleWidth = 100 * 1000;
constexpr int kMinHeadlineScale = 50;  ///< 长/扁 字 width in %; the editor offers 80 … 120
constexpr int kMaxHeadlineScale = 200;
constexpr int kMaxHeadlineLines = 60;  ///< 标题占行

/// The line-breaking presets a style may name (see docs/typesetting.md).
/// The same list as text::presetNames() (the flow tests check that they agree).
inline const char* const kPresetNames[] = {
    "paper-kaiming", "news-gb", "news-gb-hanging", "line-end-half", "kaiming", "half", "none"};
bool isKnownPreset(std::string_view name);
/// "paper-kaiming, news-gb, …": the presets for messages.
std::string presetList();

/// "12", "10.5", "7.875": a length in points without trailing zeros.
std::string formatPoints(Length l);
/// "390", "2100.5": a length in millimetres, one decimal at most.
std::string formatMillimetres(Length l);
/// "-0.06", "0.03": milli-em as em without trailing zeros.
std::string formatEm(int milliEm);

/// Every problem of `doc`, in document order, one line each; empty = valid.
std::vector<std::string> validateDocument(const Document& doc);

/// Problems of `page` if it were added to `doc`: its own checks plus ids clashing with ids
/// already in `doc` and frames of unknown articles. `path` prefixes the messages.
std::vector<std::string> validateNewPage(const Document& doc, const Page& page,
                                         const std::string& path);

/// The body style against a page's grid: body text is set one line per grid line, so a body
/// size other than the grid's would print lines that touch or gape. nullopt if they agree, else
/// "styles.body.size: expected …, got …" naming the page at `pagePath`.
/// The document-wide settings: fit limits and print settings.
std::vector<std::string> validateSettings(const Document& doc);
std::optional<std::string> checkBodyOnGrid(const Style& body, const Page& page,
                                           const std::string& pagePath);

/// Problems of the check settings (waivers with a malformed fingerprint or no rule).
std::vector<std::string> validateCheckSettings(const CheckSettings& checks);

/// Problems of one style / article (`path` prefixes the messages).
std::vector<std::string> validateStyle(const Style& style, const std::string& path);
std::vector<std::string> validateArticle(const Article& article, const std::string& path);

/// v2 rich text of an article: character ranges (in text order, disjoint, on character
/// boundaries, sane attributes) and paragraph style marks (increasing, not "body").
std::vector<std::string> validateRichText(const Article& article, const std::string& path);
/// Every paragraph style mark names a style of the document or a built-in paragraph style.
std::vector<std::string> validateParagraphStyleNames(const Document& doc);
bool knownParagraphStyle(const Document& doc, const std::string& name);
constexpr int kMinCharSizePercent = 50;
constexpr int kMaxCharSizePercent = 200;

/// The page geometry (size, type area, grid) alone; frames are only checked on a valid geometry.
std::vector<std::string> validatePageGeometry(const Page& page, const std::string& path);

/// A rect against the page grid: nullopt if it fits, else "expected …, got …" (no path).
std::optional<std::string> checkGridRect(const Page& page, const GridRect& r);
/// A frame rect: the grid rect, its text columns and measure.
std::optional<std::string> checkFrameRect(const Page& page, const FrameRect& r);

/// An article frame placed on `page` of `doc`: article exists, rects fit, (article, sequence)
/// and the frame id are not used elsewhere in `doc` (a frame with the same id is `ignoreFrameId`
/// when replacing a frame in place). `path` prefixes the messages.
std::vector<std::string> validateArticleFrame(const Document& doc, const Page& page,
                                              const ArticleFrame& frame, const std::string& path,
                                              const std::string& ignoreFrameId = {});

/// An image frame on `page`: rect, caption lines, standoff.
std::vector<std::string> validateImageFrame(const Page& page, const ImageFrame& image,
                                            const std::string& path);

/// A rule or box on `page` (width, points on the page, tints).
std::vector<std::string> validateRule(const Page& page, const RuleFrame& rule,
                                      const std::string& path);
/// A label on `page` (on the grid, a known style).
std::vector<std::string> validateLabel(const Document& doc, const Page& page,
                                       const LabelFrame& label, const std::string& path);

/// True when some frame, image, rule or label of `doc` has this id.
bool frameIdInUse(const Document& doc, const std::string& id);

/// `base` or `base`-N, unused by `inUse` (new ids for pasted, imported or generated items).
template <typename InUse>
std::string freshId(const std::string& base, InUse inUse) {
    if (!inUse(base)) return base;
    for (int n = 2;; ++n) {
        const std::string id = base + "-" + std::to_string(n);
        if (!inUse(id)) return id;
    }
}

}  // namespace bm::model
