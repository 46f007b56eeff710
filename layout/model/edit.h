// SPDX-License-Identifier: MIT
#pragma once
// Reversible edits for the editor's undo stack. Every edit is a small value struct naming its
// targets by id (never by pointer), so an undo command stays valid whatever happened to the
// document in between. applyEdit() returns the inverse edit: applying it restores the previous
// document exactly (operator== equal), which is what the undo stack relies on.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "layout/base/result.h"
#include "layout/model/document.h"

namespace bm::model {

/// Adds a frame to a page. `index` = position in Page::articleFrames (-1 = append); the inverse
/// of RemoveFrame uses it to put the frame back where it was.
struct PlaceArticle {
    std::string pageId;
    ArticleFrame frame;
    int index = -1;
};

struct RemoveFrame {
    std::string pageId;
    std::string frameId;
};

/// Moves one rect of a frame (rectIndex >= 0: `to.column`/`to.line` are its new top-left, its
/// size is kept) or the whole frame (rectIndex = -1: every rect is translated so that the frame's
/// bounding box starts at `to.column`/`to.line`). `to.span`/`to.lines` are ignored.
struct MoveFrame {
    std::string pageId;
    std::string frameId;
    int rectIndex = -1;
    GridRect to;
};

/// Sets one rect's area to `to` (rectIndex >= 0). rectIndex = -1 makes `to` the new bounding box
/// of the whole frame: rects are translated with its top-left corner and those touching its
/// right/bottom edge are stretched with it (for a one-rect frame that is simply "set the area").
struct ResizeFrame {
    std::string pageId;
    std::string frameId;
    int rectIndex = -1;
    GridRect to;
};

/// Replaces all rects of a frame at once (reshaping an L into a rectangle, and the inverse of
/// whole-frame edits that cannot be undone rect by rect).
struct SetFrameRects {
    std::string pageId;
    std::string frameId;
    std::vector<FrameRect> rects;
};

/// How an article frame shows its article: the title block at its head (`showHeadline`), the base
/// columns the headline block spans (0 = the frame's whole width) and whether the last row of
/// columns is balanced.
struct SetFrameOptions {
    std::string pageId;
    std::string frameId;
    bool showHeadline = true;
    int headlineSpan = 0;
    bool balance = true;
};

/// Text columns (and optional fixed measure in 1/1000 body em) of one rect, or of every rect of
/// the frame when rectIndex = -1.
struct SetTextColumns {
    std::string pageId;
    std::string frameId;
    int rectIndex = -1;
    int columns = 1;
    std::optional<int> measureMilliEm;
};

/// Sets one text field of an article. `field` is one of "kicker", "headline", "subheadline",
/// "byline", "dateline", "credit" or "paragraphs"; for "paragraphs" the value is split at '\n'
/// (one paragraph per line), like SetParagraphs.
struct SetArticleText {
    std::string articleId;
    std::string field;
    std::u16string value;
};

/// The 主题 of one article's title block: its own size, font role and 长/扁 width in % (the v2
/// fields of Article); an unset size or font follows the document's headline style.
struct SetArticleHeadline {
    std::string articleId;
    std::optional<Length> size;
    std::optional<FontRole> font;
    int widthPercent = 100;
    std::optional<int> lines = std::nullopt;  ///< 标题占行 (Article::headlineLines); unset: kept
};

/// Replaces the body paragraphs. Flush marks and tracking ranges refer to paragraph indices and
/// offsets, so they go with the paragraphs: when given they are set too; when not, they are
/// mapped through the text change like a selection (text_mapping.h), so hand fitting survives
/// typing; only ranges whose text was deleted disappear (and come back with the inverse).
struct SetParagraphs {
    std::string articleId;
    std::vector<std::u16string> paragraphs;
    std::optional<std::vector<int>> flushParagraphs;
    std::optional<std::vector<TrackingRange>> tracking;
};

/// Adds an article; `index` = position in Document::articles (-1 = append).
struct AddArticle {
    Article article;
    int index = -1;
};

/// Removes an article together with every frame that shows it (the inverse puts both back).
struct RemoveArticle {
    std::string articleId;
};

/// Adds or replaces a named style.
struct SetStyle {
    std::string name;
    Style style;
};

/// Removes a named style (the inverse of SetStyle for a name that did not exist).
struct RemoveStyle {
    std::string name;
};

struct SetTracking {
    std::string articleId;
    std::vector<TrackingRange> tracking;
};

/// Adds a page; `index` = position in Document::pages (-1 = append). Its frames must refer to
/// existing articles and fit its grid.
struct AddPage {
    Page page;
    int index = -1;
};

struct RemovePage {
    std::string pageId;
};

/// Sets an image frame's area (move and resize are the same operation for images).
struct MoveImage {
    std::string pageId;
    std::string imageId;
    GridRect to;
};

/// Adds an image frame; `index` = position in Page::images (-1 = append).
struct AddImage {
    std::string pageId;
    ImageFrame image;
    int index = -1;
};

struct RemoveImage {
    std::string pageId;
    std::string imageId;
};

/// One stored text field of the document: an article field (`articleId`; field "kicker",
/// "headline", "subheadline", "byline", "dateline", "credit", or "paragraphs" with `paragraph`),
/// an image's "caption" or "credit" or a label's "label" (`pageId`, `itemId`), or a page's
/// 报眉 field "header.paperName", "header.date", "header.pageName" (`pageId`).
struct TextField {
    std::string articleId;
    std::string pageId;
    std::string itemId;
    std::string field;
    int paragraph = -1;
    bool operator==(const TextField&) const = default;
};

/// Replaces [begin, end) (UTF-16 offsets of the current text) by `text`, after checking that the
/// range still holds `expected` (a fix computed on an older text is refused, never misapplied).
struct TextReplacement {
    int begin = 0;
    int end = 0;
    std::u16string expected;
    std::u16string text;
    bool operator==(const TextReplacement&) const = default;
};

/// Several non-overlapping replacements in one field, as one edit (a checker fix: a quote pair
/// is two replacements). Tracking ranges of a paragraph move with the text around them.
struct ReplaceText {
    TextField target;
    std::vector<TextReplacement> replacements;
};

/// Find/replace's replace-all (layout/search): the replacements of every field that matched, as
/// one undo step. All or nothing; tracking ranges move as in ReplaceText.
struct ReplaceAll {
    std::vector<ReplaceText> fields;
};

/// Sets the document's check settings (profile and waivers).
struct SetCheckSettings {
    CheckSettings checks;
};

/// v2 edits (page set-up, pictures, rules, labels, locks). Each Set* replaces the whole item
/// with the same id, so its inverse is simply the old value.

/// 版次 and the 报眉 (paper name, date, 版名, shown) of one page.
struct SetPageSetup {
    std::string pageId;
    int number = 1;
    PageHeader header;
};

/// Replaces image frame `image.id` (caption, credit, wrap, standoff, path, area, …).
struct SetImage {
    std::string pageId;
    ImageFrame image;
};

struct AddRule {
    std::string pageId;
    RuleFrame rule;
    int index = -1;
};

struct RemoveRule {
    std::string pageId;
    std::string ruleId;
};

struct SetRule {
    std::string pageId;
    RuleFrame rule;
};

struct AddLabel {
    std::string pageId;
    LabelFrame label;
    int index = -1;
};

struct RemoveLabel {
    std::string pageId;
    std::string labelId;
};

struct SetLabel {
    std::string pageId;
    LabelFrame label;
};

/// Locks or unlocks any frame (article, image, rule or label) of a page.
struct SetLocked {
    std::string pageId;
    std::string frameId;
    bool locked = true;
};

struct Batch;

/// One undoable edit.
using Edit = std::variant<PlaceArticle, RemoveFrame, MoveFrame, ResizeFrame, SetFrameRects,
                          SetTextColumns, SetArticleText, SetParagraphs, AddArticle, RemoveArticle,
                          SetStyle, RemoveStyle, SetTracking, AddPage, RemovePage, MoveImage,
                          AddImage, RemoveImage, SetPageSetup, SetImage, AddRule, RemoveRule,
                          SetRule, AddLabel, RemoveLabel, SetLabel, SetLocked, ReplaceText,
                          SetCheckSettings, SetArticleHeadline, SetFrameOptions, ReplaceAll, Batch>;

/// Several edits applied as one (all or nothing). Used for inverses that need more than one
/// step (RemoveArticle) and available to the GUI for compound commands.
struct Batch {
    std::vector<Edit> edits;
    /// What the undo history calls the step (English, translated by the GUI); empty: "Edit".
    std::string label = {};
};

struct AppliedEdit {
    Edit inverse;
    std::vector<std::string> touchedArticles;  ///< ids whose text/style input changed
    std::vector<std::string> touchedPages;     ///< ids whose layout must be redone
};

/// Applies `edit` to `doc`. Unknown ids, out-of-grid rects, duplicate ids etc. give an error and
/// leave `doc` unchanged. On success the returned inverse restores the previous document exactly.
/// SetStyle touches every page (styles are shared).
Result<AppliedEdit> applyEdit(Document& doc, const Edit& edit);

/// True when `b` may be merged into `a` on the undo stack (one drag = one undo step): both are
/// MoveFrame, or both ResizeFrame, of the same page, frame and rectIndex; or both set the same
/// image/rule/label (MoveImage, SetImage, SetRule, SetLabel); or both are Batches of pairwise
/// mergeable edits (moving several frames at once). The merged command keeps
/// a's inverse and b as its forward edit, which is right because these edits set absolute
/// positions: b applied to the state before a gives what a then b gave. That does not hold for a
/// whole-frame ResizeFrame (rectIndex -1), whose stretching depends on which rect edges lie on
/// the bounding box at the time, so those never merge; resize a one-rect frame with rectIndex 0.
bool mergeable(const Edit& a, const Edit& b);

/// A short human-readable name for menus ("Move frame", "Edit headline", …).
std::string editLabel(const Edit& edit);

}  // namespace bm::model
