// SPDX-License-Identifier: MIT
#include "layout/flow/body_paragraphs.h"

#include <algorithm>

#include "layout/flow/article_flow.h"

namespace bm::flow {

namespace {

// The article's tracking ranges of paragraph p, in offsets of the paragraph as set (paragraph
// 0 starts with the dateline).
std::vector<text::TrackingSpan> paragraphTracking(const model::Article& article, size_t p) {
    std::vector<text::TrackingSpan> tracking;
    const unsigned shift = p == 0 ? static_cast<unsigned>(article.dateline.size()) : 0;
    for (const auto& t : article.tracking)
        if (t.paragraph == static_cast<int>(p))
            tracking.push_back({t.begin + shift, t.end + shift, t.milliEm});
    return tracking;
}

// Parts of a paragraph set in another style's fonts: the dateline at the start of paragraph 0,
// a run-in credit at the end of the last paragraph.
std::vector<TextSetter::StyledSpan> paragraphSpans(const model::Article& article, size_t p,
                                                   size_t paragraphs, const std::u16string& para,
                                                   const BodyStyles& styles) {
    std::vector<TextSetter::StyledSpan> spans;
    const size_t datelineLen = article.dateline.size();
    if (p == 0 && datelineLen > 0)
        spans.push_back({0, static_cast<std::uint32_t>(datelineLen), styles.dateline});
    if (article.creditRunIn && !article.credit.empty() && p + 1 == paragraphs)
        spans.push_back({static_cast<std::uint32_t>(para.size() - article.credit.size()),
                         static_cast<std::uint32_t>(para.size()), styles.credit});
    return spans;
}

bool isFlush(const model::Article& article, size_t p) {
    const auto& flush = article.flushParagraphs;
    return std::find(flush.begin(), flush.end(), static_cast<int>(p)) != flush.end();
}

}  // namespace

Result<ResolvedBodyStyles> resolveBodyStyles(const model::Document& doc, TextSetter& setter) {
    auto body = setter.resolve(doc.style("body"));
    if (!body) return Error{body.error()};
    auto dateline = setter.resolve(doc.style("dateline"));
    if (!dateline) return Error{dateline.error()};
    auto credit = setter.resolve(doc.style("credit"));
    if (!credit) return Error{credit.error()};
    return ResolvedBodyStyles{std::move(*body), std::move(*dateline), std::move(*credit)};
}

std::vector<BodyParagraph> setupBodyParagraphs(const model::Article& article,
                                               const BodyStyles& styles) {
    const ResolvedStyle& body = *styles.body;
    auto texts = bodyParagraphs(article);
    const bool ownCredit = !article.credit.empty() && !article.creditRunIn;
    std::vector<BodyParagraph> out;
    out.reserve(texts.size());
    for (size_t p = 0; p < texts.size(); ++p) {
        BodyParagraph bp;
        bp.isCredit = ownCredit && p + 1 == texts.size();
        bp.style = bp.isCredit ? *styles.credit : body;
        bp.style.size = body.size;  // everything in the body column sits on the body grid
        if (bp.isCredit) bp.style.align = text::LineAlign::End;
        bp.indent = bp.isCredit || isFlush(article, p)
                        ? 0
                        : emFraction(body.options.indentMilliEm, body.size);
        // (A credit paragraph of its own has no spans: it is never paragraph 0, nor run in.)
        bp.tracking = paragraphTracking(article, p);
        bp.spans = paragraphSpans(article, p, texts.size(), texts[p], styles);
        bp.text = std::move(texts[p]);
        out.push_back(std::move(bp));
    }
    return out;
}

}  // namespace bm::flow
