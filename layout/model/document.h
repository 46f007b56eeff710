// SPDX-License-Identifier: MIT
#pragma once
// The document model: plain data with stable string ids. Text is UTF-16 (the engine's unit);
// JSON files hold UTF-8. Geometry of frames is in grid units (base columns × grid lines of the
// page's baseline grid), so every frame is snapped to the grid by construction.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/base/geometry.h"

namespace bm::model {

constexpr int kFormatVersion = 2;  // 2: this session's additions; version 1 files load unchanged

/// FangSong (仿宋, v2) is set in the 楷 family until a 仿宋 face is installed (Debian ships none).
enum class FontRole { Song, Hei, Kai, FangSong };
enum class Align { Justify, Left, Center, Right };

/// A paragraph/deck style. Sizes in mpt; em fractions in 1/1000 em.
struct Style {
    FontRole role = FontRole::Song;
    std::string family;  ///< optional explicit family; empty = the role's default
    bool bold = false;
    Length size = 9000;  ///< 小五 = 9 pt
    Align align = Align::Justify;
    std::string preset = "paper-kaiming";
    int trackingMilliEm = 0;   ///< added to every character (negative = 紧排)
    int indentMilliEm = 2000;  ///< first-line indent of body paragraphs
    int lineGapMilliEm = 500;  ///< gap between lines of this style (decks); body uses the grid
    bool operator==(const Style&) const = default;
};

/// The named styles every document has (keys of Document::styles):
/// body, kicker, headline, subheadline, byline, dateline, caption, credit, header, jump.
inline const char* const kStyleNames[] = {"body",   "kicker",   "headline", "subheadline",
                                          "byline", "dateline", "caption",  "credit",
                                          "header", "jump"};

/// Per-range tracking (hand fitting): [begin, end) in UTF-16 offsets of one paragraph.
struct TrackingRange {
    int paragraph = 0;
    int begin = 0;
    int end = 0;
    int milliEm = 0;
    bool operator==(const TrackingRange&) const = default;
};

/// v2: character attributes of a range of body text (rich text). The defaults are plain text in
/// the paragraph's own style, so a file without them means what it meant before.
enum class Script { None, Super, Sub };
struct CharAttrs {
    std::optional<FontRole> font = std::nullopt;  ///< unset = the paragraph style's font
    bool bold = false;                            ///< true = bold (false = the style's weight)
    int sizePercent = 100;                        ///< of the paragraph's size, 50 … 200
    bool emphasisDots = false;                    ///< 着重号: a dot below each character
    Script script = Script::None;                 ///< superscript / subscript
    int tintPercent = 100;                        ///< % K, 0 … 100
    bool plain() const { return *this == CharAttrs{}; }
    bool operator==(const CharAttrs&) const = default;
};

/// v2: [begin, end) of one paragraph (UTF-16 offsets) with character attributes. An article's
/// ranges are sorted and never overlap (setting attributes replaces what was there); they move
/// with their text through edits exactly like tracking ranges (text_mapping.h).
struct CharRange {
    int paragraph = 0;
    int begin = 0;
    int end = 0;
    CharAttrs attrs = {};
    bool operator==(const CharRange&) const = default;
};

/// v2: a body paragraph set in a named paragraph style (a key of Document::styles, e.g.
/// "subhead" = 小标题); paragraphs without a mark are 正文 ("body").
struct ParagraphStyleMark {
    int paragraph = 0;
    std::string style = {};
    bool operator==(const ParagraphStyleMark&) const = default;
};

/// The built-in paragraph styles (Document::paragraphStyle falls back to these when a document
/// does not define them): 正文, 小标题, 引文, 署名, 图片说明.
inline const char* const kParagraphStyleNames[] = {"body", "subhead", "quote", "signature",
                                                   "caption"};

struct Article {
    std::string id;
    std::u16string kicker;       ///< 引题 (may be empty)
    std::u16string headline;     ///< 主题; '\n' = an intended line break
    std::u16string subheadline;  ///< 副题; '\n' separates lines
    std::u16string byline;
    std::u16string dateline;  ///< runs into the first paragraph
    std::vector<std::u16string> paragraphs;
    std::u16string credit;     ///< photo credit
    bool creditRunIn = false;  ///< true: run in at the end of the last line; false: own line
    std::vector<int> flushParagraphs;  ///< indices of paragraphs set without indent (salutations)
    std::vector<TrackingRange> tracking;
    // v2: the title block's own 主题 settings; unset = the document's headline style.
    std::optional<Length> headlineSize = std::nullopt;  ///< 主题 size (初号 42 pt … 小五 9 pt)
    std::optional<FontRole> headlineFont = std::nullopt;  ///< 主题 font role (黑, 宋, 楷)
    int headlineScale = 100;  ///< 长/扁 字: glyph width in % (80 … 120)
    /// v2: 标题占行, the grid lines the title block takes (its white centred around the deck);
    /// 0 = its natural height (the deck plus at least half a line of air). Fewer lines than the
    /// deck's ink needs are not honoured: the block never overprints the body.
    int headlineLines = 0;
    std::vector<CharRange> charRanges = {};                ///< v2: sorted, non-overlapping
    std::vector<ParagraphStyleMark> paragraphStyles = {};  ///< v2: by paragraph, not "body"
    /// The paragraph style of body paragraph p ("body" when it has no mark).
    const std::string& paragraphStyle(int p) const;
    bool operator==(const Article&) const = default;
};

/// v2: the house limits of copy-fitting by tracking (自动紧排/松排), in 1/1000 em.
struct FitLimits {
    int minTrackingMilliEm = -60;
    int maxTrackingMilliEm = 30;
    bool operator==(const FitLimits&) const = default;
};

/// A rectangle on the grid: base columns [column, column + span), grid lines [line, line + lines)
/// counted from the top of the type area.
struct GridRect {
    int column = 0;
    int span = 1;
    int line = 0;
    int lines = 1;
    bool operator==(const GridRect&) const = default;
};

/// One rectangle of an article frame, split into `textColumns` columns of text. When
/// `measureMilliEm` is set the columns have exactly that measure (in body em) and the space left
/// goes into the gaps between them; otherwise the gap is the grid gutter.
struct FrameRect {
    GridRect area;
    int textColumns = 1;
    std::optional<int> measureMilliEm;
    bool operator==(const FrameRect&) const = default;
};

/// An article frame: one or more rectangles (several make L / 倒L / 凹 shapes), filled in order.
/// Frames of one article on several pages form a chain ordered by `sequence` (continued stories).
struct ArticleFrame {
    std::string id;
    std::string articleId;
    int sequence = 0;  ///< position in the article's chain (0 = first)
    std::vector<FrameRect> rects;
    bool showHeadline = true;  ///< only meaningful on the first frame of the chain
    int headlineSpan = 0;      ///< base columns the headline block spans; 0 = the whole width
    bool balance = true;       ///< balance the last row of columns
    bool locked = false;       ///< v2: cannot be moved, resized or deleted in the editor
    bool operator==(const ArticleFrame&) const = default;
};

/// How a picture sits in its frame (v2). Auto: Fill for photos, Fit for PDF ads (an ad is
/// never cropped).
enum class ImageFit { Auto, Fill, Fit, Stretch };

struct ImageFrame {
    std::string id;
    GridRect area;
    std::string path;  ///< image file (relative to the document) or empty = placeholder
    std::u16string caption;
    std::u16string credit;
    int captionLines = 2;    ///< grid lines reserved below the picture for the caption
    Length standoff = 3000;  ///< text wrap distance around the frame
    bool wrap = true;        ///< take the area out of the text flow of overlapping articles
    bool locked = false;     ///< v2: see ArticleFrame::locked
    // v2: fit, crop and the page of a PDF ad (see layout/page/image_placement.h).
    ImageFit fit = ImageFit::Auto;
    int zoomPermille = 1000;   ///< 1000 = the fit mode's own scale; more zooms in
    int focusXPermille = 500;  ///< the point of the picture (0..1000 of its width) at the
    int focusYPermille = 500;  ///< frame's centre, as far as the fit mode allows
    int pdfPage = 1;           ///< page of a PDF ad, 1-based
    bool operator==(const ImageFrame&) const = default;
};

/// A rule (栏线, 花线) or a box (框, 底纹). v2 added kind, style, tint, fill and locked; their
/// defaults are a version 1 rule: a solid 100 % K line.
struct RuleFrame {
    enum class Kind { Line, Box };
    enum class Style { Solid, Double };  ///< Double: 花线, two thin lines in the given width
    std::string id;
    Point from;  ///< page coordinates, mpt; a box's opposite corners
    Point to;
    Length width = 500;  ///< stroke width; a box may have 0 (底纹 without an outline)
    Kind kind = Kind::Line;
    Style style = Style::Solid;
    int tintPercent = 100;  ///< stroke tint, % K
    int fillPercent = 0;    ///< box fill (底纹), % K; 0 = none
    bool locked = false;
    bool operator==(const RuleFrame&) const = default;
};

/// A text block that is not an article: the page label (e.g. 稳进新好) or any banner.
struct LabelFrame {
    std::string id;
    GridRect area;
    std::u16string text;
    std::string style = "headline";  ///< a key of Document::styles
    bool inverse = false;            ///< white text on a black (100 % K) box
    bool locked = false;             ///< v2: see ArticleFrame::locked
    bool operator==(const LabelFrame&) const = default;
};

struct Grid {
    int columns = 8;           ///< 基本栏
    Length gutter = 8000;      ///< between base columns
    Length bodySize = 9000;    ///< defines 1 字 and the baseline grid
    int lineGapMilliEm = 500;  ///< pitch = bodySize × (1000 + gap) / 1000
    Length pitch() const { return emFraction(1000 + lineGapMilliEm, bodySize); }
    bool operator==(const Grid&) const = default;
};

/// 报眉: running head above the type area, over a rule.
struct PageHeader {
    bool show = true;
    std::u16string paperName;
    std::u16string date;
    std::u16string pageName;  ///< 版名
    bool operator==(const PageHeader&) const = default;
};

struct Page {
    std::string id;
    int number = 1;    ///< 版次
    Length width = 0;  ///< trim
    Length height = 0;
    Rect typeArea;  ///< 版心, page coordinates
    Grid grid;
    PageHeader header;
    std::vector<ArticleFrame> articleFrames;
    std::vector<ImageFrame> images;
    std::vector<RuleFrame> rules;
    std::vector<LabelFrame> labels;
    bool operator==(const Page&) const = default;
};

/// A finding the page editor chose to ignore (忽略): the checker's fingerprint of it (16 hex
/// digits), its rule id and an optional note. v2.
struct CheckWaiver {
    std::string fingerprint;
    std::string rule;
    std::string note;
    bool operator==(const CheckWaiver&) const = default;
};

/// Preflight settings that travel with the document (v2): the check profile, by name or
/// embedded (a profile object, kept as its JSON text; layout/check reads it), and the waivers.
struct CheckSettings {
    std::string profile;      ///< a profile name; empty = the default (daily-default)
    std::string profileJson;  ///< an embedded profile object; when set it wins over `profile`
    std::vector<CheckWaiver> waivers;
    bool empty() const { return profile.empty() && profileJson.empty() && waivers.empty(); }
    bool operator==(const CheckSettings&) const = default;
};

/// How the document is separated for the press (v2). Defaults: the built-in newsprint
/// conversion (README "Colour"), 240 % total ink, photos above 300 ppi downsampled.
struct PrintSettings {
    std::string outputProfile;         ///< the plant's CMYK ICC profile (relative to the document)
    int inkLimitPercent = 240;         ///< total area coverage limit
    bool convertCmykOverLimit = true;  ///< false: only report CMYK images above the limit
    int maxPpi = 300;                  ///< downsample photos above this effective resolution
    bool operator==(const PrintSettings&) const = default;
};

struct Document {
    int version = kFormatVersion;
    std::string title;
    PrintSettings print;
    std::map<std::string, Style> styles;
    std::vector<Article> articles;
    std::vector<Page> pages;
    CheckSettings checks;  ///< v2
    FitLimits fitLimits;   ///< v2
    bool operator==(const Document&) const = default;

    const Article* article(const std::string& id) const;
    Article* article(const std::string& id);
    const Style& style(const std::string& name) const;  ///< falls back to the default body style
    /// A paragraph style: the document's definition, else the built-in one of that name
    /// (templates.h defaultStyles), else body.
    const Style& paragraphStyle(const std::string& name) const;
};

/// The base-column x range of a grid rect on a page (page coordinates).
Length columnX(const Page& page, int column);
Length columnsWidth(const Page& page, int span);
/// Top of grid line n (page coordinates): the top of the em box of the line's characters.
Length lineTop(const Page& page, int line);
/// Number of whole grid lines in the type area.
int gridLines(const Page& page);
Rect gridRectToPage(const Page& page, const GridRect& r);

}  // namespace bm::model
