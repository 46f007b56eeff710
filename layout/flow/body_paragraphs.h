// SPDX-License-Identifier: MIT
#pragma once
// The body paragraphs of an article exactly as flowArticle sets them: the dateline run into the
// first, the credit run in at the end or on a line of its own, indent or flush, tracking ranges
// in the offsets of the text as set. Shared by the body fill and by the copy-fit trials, so a
// trial at one measure counts the same lines the page will show.
#include <map>
#include <string>
#include <vector>

#include "layout/flow/style_text.h"
#include "layout/model/document.h"

namespace bm::flow {

/// The styles body text is set in: the body itself, a dateline run into the first paragraph
/// and the photo credit (run in or a line of its own).
struct BodyStyles {
    const ResolvedStyle* body;
    const ResolvedStyle* dateline;
    const ResolvedStyle* credit;
    /// v2 rich text: paragraph styles by name and character fonts by charFontKey (may be null).
    const std::map<std::string, ResolvedStyle>* more = nullptr;
    /// The model definitions of "body" and of the paragraph styles in `more`.
    const std::map<std::string, model::Style>* definitions = nullptr;
};

/// The key of a character range's fonts in BodyStyles::more.
std::string charFontKey(model::FontRole role, bool bold);

/// The body styles of a document, resolved (kept alive by this object), with the paragraph
/// styles and character fonts its articles use.
struct ResolvedBodyStyles {
    ResolvedStyle body, dateline, credit;
    std::map<std::string, ResolvedStyle> more;
    std::map<std::string, model::Style> definitions;
    BodyStyles refs() const { return {&body, &dateline, &credit, &more, &definitions}; }
};
Result<ResolvedBodyStyles> resolveBodyStyles(const model::Document& doc, TextSetter& setter);

struct BodyParagraph {
    std::u16string text;  ///< as set (paragraph 0 starts with the dateline)
    ResolvedStyle style;  ///< at the body size; a credit line is right-aligned
    Length indent = 0;
    std::vector<text::TrackingSpan> tracking;   ///< offsets into `text`
    std::vector<TextSetter::StyledSpan> spans;  ///< point into the BodyStyles given
    bool isCredit = false;                      ///< the credit on a line of its own
    /// A 小标题 (paragraph style "subhead") stays with the paragraph after it: it never ends a
    /// column while that paragraph starts in the next one.
    bool keepWithNext = false;
};

/// One entry per paragraph of bodyParagraphs(article), in order.
std::vector<BodyParagraph> setupBodyParagraphs(const model::Article& article,
                                               const BodyStyles& styles);

}  // namespace bm::flow
