// SPDX-License-Identifier: MIT
#pragma once
// LayoutSession: lays out a whole document (every page, frame and line) and keeps the caches
// (shaped paragraphs, per-article flows) so that a relayout after one edit re-lays only the
// articles it touches. The result is an immutable snapshot that the screen, PNG and PDF share.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/result.h"
#include "layout/flow/article_flow.h"
#include "layout/model/document.h"
#include "layout/page/display_list.h"

namespace bm::flow {
class TextSetter;
}

namespace bm::page {

/// One placed line of text, for the layout JSON and the tests.
struct PlacedLine {
    std::string articleId;  ///< empty for page furniture (报眉, labels)
    std::string frameId;
    std::string role;    ///< "body", "kicker", "headline", "subheadline", "byline", "caption",
                         ///< "credit", "jump", "header", "label"
    int paragraph = -1;  ///< body paragraph index (the dateline belongs to paragraph 0)
    std::u16string text;
    Length x = 0;  ///< start of the line box (page coordinates)
    Length baseline = 0;
    Length width = 0;    ///< set width
    Length measure = 0;  ///< available width of the line
    bool operator==(const PlacedLine&) const = default;
};

/// Where a frame ended up (page coordinates), for the editor's hit testing and handles.
struct FrameBox {
    std::string frameId;
    std::string articleId;  ///< empty for images, labels, rules
    enum class Kind { Article, Image, Label } kind = Kind::Article;
    std::vector<Rect> rects;    ///< the frame's rectangles
    std::vector<Rect> columns;  ///< text columns (article frames)
    Length measure = 0;         ///< text column measure
    bool operator==(const FrameBox&) const = default;
};

/// How an article fits its frames.
struct ArticleFit {
    std::string articleId;
    bool placed = false;
    int totalChars = 0;  ///< 字 in the body (paragraphs + dateline + credit), whitespace excluded
    int oversetChars = 0;   ///< 字 that did not fit
    int oversetLines = 0;   ///< lines that did not fit
    int undersetLines = 0;  ///< empty grid lines left at the end of the last frame
    bool operator==(const ArticleFit&) const = default;
};

struct PageLayout {
    std::string pageId;
    PageDisplay display;
    std::vector<PlacedLine> lines;
    std::vector<FrameBox> frames;
    bool operator==(const PageLayout&) const = default;
};

struct DocumentLayout {
    std::vector<PageLayout> pages;
    std::map<std::string, ArticleFit> fits;  ///< by article id, for every article
    std::vector<std::string>
        diagnostics;  ///< human-readable warnings (missing glyphs, forced breaks)
    std::vector<flow::FlowRecord> records;  ///< the same as records (layout/check reads them)
    /// Equal layouts draw the same page: the oracle of the incremental relayout compares a
    /// session's result with a fresh session's (tests, fuzz_document).
    bool operator==(const DocumentLayout&) const = default;
};

class LayoutSession {
public:
    explicit LayoutSession(fonts::FontRegistry& fonts);
    ~LayoutSession();
    LayoutSession(const LayoutSession&) = delete;
    LayoutSession& operator=(const LayoutSession&) = delete;

    /// Lays out the document. Unchanged articles and pages reuse the cached results of the
    /// previous call. Fails only on a missing font (the message names it).
    Result<std::shared_ptr<const DocumentLayout>> layout(const model::Document& doc);

    /// How many articles the last layout() call actually re-flowed (the others were reused):
    /// incremental relayout re-lays only the articles an edit touches.
    size_t articlesReflowed() const;

    /// The session's text setter (fonts, shaped and measured paragraphs), for trial layouts
    /// that should share its caches (placement planning, copy-fit).
    flow::TextSetter& setter();

    /// Resolves an image path of the document (relative paths are relative to this folder).
    void setDocumentDir(std::string dir);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace bm::page
