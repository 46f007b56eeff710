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

// How a character range's glyphs differ from the paragraph's type. Super- and subscripts are
// set at 60 % and shifted by a third of an em up or a sixth down, the proportions Chinese
// dailies use for 米² and footnote marks; a size % applies on top.
text::GlyphStyle glyphStyleOf(const model::CharAttrs& a) {
    text::GlyphStyle g;
    g.sizePermille = a.sizePercent * 10;
    if (a.script != model::Script::None) {
        g.sizePermille = g.sizePermille * 6 / 10;
        g.riseMilliEm = a.script == model::Script::Super ? 330 : -160;
    }
    g.tintPercent = a.tintPercent;
    g.emphasisDots = a.emphasisDots;
    return g;
}

// Parts of a paragraph set in another style's fonts: the dateline at the start of paragraph 0,
// the character ranges (v2: a 黑体 lead-in, bold words) and a run-in credit at the end of the
// last paragraph. In text order; they never overlap.
std::vector<TextSetter::StyledSpan> paragraphSpans(const model::Article& article, size_t p,
                                                   size_t paragraphs, const std::u16string& para,
                                                   const BodyStyles& styles,
                                                   const model::Style& paraStyle) {
    std::vector<TextSetter::StyledSpan> spans;
    const size_t datelineLen = p == 0 ? article.dateline.size() : 0;
    if (datelineLen > 0)
        spans.push_back({0, static_cast<std::uint32_t>(datelineLen), styles.dateline});
    if (styles.more && p < article.paragraphs.size()) {
        for (const auto& r : article.charRanges) {
            if (r.paragraph != static_cast<int>(p)) continue;
            const model::FontRole role = r.attrs.font.value_or(paraStyle.role);
            auto it = styles.more->find(charFontKey(role, r.attrs.bold || paraStyle.bold));
            if (it == styles.more->end()) continue;
            spans.push_back({static_cast<std::uint32_t>(datelineLen + r.begin),
                             static_cast<std::uint32_t>(datelineLen + r.end), &it->second,
                             glyphStyleOf(r.attrs)});
        }
    }
    if (article.creditRunIn && !article.credit.empty() && p + 1 == paragraphs)
        spans.push_back({static_cast<std::uint32_t>(para.size() - article.credit.size()),
                         static_cast<std::uint32_t>(para.size()), styles.credit});
    return spans;
}

// The paragraph style `name`, resolved (nullptr = 正文).
const ResolvedStyle* resolvedParagraphStyle(const std::string& name, const BodyStyles& styles) {
    if (!styles.more || name == "body") return nullptr;
    auto it = styles.more->find(name);
    return it == styles.more->end() ? nullptr : &it->second;
}

bool isFlush(const model::Article& article, size_t p) {
    const auto& flush = article.flushParagraphs;
    return std::find(flush.begin(), flush.end(), static_cast<int>(p)) != flush.end();
}

}  // namespace

std::string charFontKey(model::FontRole role, bool bold) {
    return "font:" + std::to_string(static_cast<int>(role)) + (bold ? ":bold" : "");
}

Result<ResolvedBodyStyles> resolveBodyStyles(const model::Document& doc, TextSetter& setter) {
    auto body = setter.resolve(doc.style("body"));
    if (!body) return Error{body.error()};
    auto dateline = setter.resolve(doc.style("dateline"));
    if (!dateline) return Error{dateline.error()};
    auto credit = setter.resolve(doc.style("credit"));
    if (!credit) return Error{credit.error()};
    ResolvedBodyStyles out{std::move(*body), std::move(*dateline), std::move(*credit), {}, {}};
    out.definitions.emplace("body", doc.style("body"));
    // Only what the articles use: a document without rich text resolves nothing more.
    for (const model::Article& a : doc.articles) {
        for (size_t p = 0; p < a.paragraphs.size(); ++p) {
            const std::string& name = a.paragraphStyle(static_cast<int>(p));
            const model::Style& ps = doc.paragraphStyle(name);
            if (name != "body" && !out.more.count(name)) {
                auto r = setter.resolve(ps);
                if (!r) return Error{r.error()};
                out.more.emplace(name, std::move(*r));
                out.definitions.emplace(name, ps);
            }
            for (const auto& c : a.charRanges) {
                if (c.paragraph != static_cast<int>(p)) continue;
                model::Style cs = ps;
                cs.role = c.attrs.font.value_or(ps.role);
                cs.bold = c.attrs.bold || ps.bold;
                if (c.attrs.font) cs.family.clear();  // another role: its own default family
                const std::string key = charFontKey(cs.role, cs.bold);
                if (out.more.count(key)) continue;
                auto r = setter.resolve(cs);
                if (!r) return Error{r.error()};
                out.more.emplace(key, std::move(*r));
            }
        }
    }
    return out;
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
        // A credit on a line of its own comes after the article's paragraphs: it is 正文.
        static const std::string kBody = "body";
        const std::string& styleName =
            p < article.paragraphs.size() ? article.paragraphStyle(static_cast<int>(p)) : kBody;
        const ResolvedStyle* own =
            bp.isCredit ? nullptr : resolvedParagraphStyle(styleName, styles);
        bp.style = bp.isCredit ? *styles.credit : own ? *own : body;
        bp.style.size = body.size;  // everything in the body column sits on the body grid
        if (bp.isCredit) bp.style.align = text::LineAlign::End;
        const int indent = (own ? own : &body)->options.indentMilliEm;
        bp.indent = bp.isCredit || isFlush(article, p) ? 0 : emFraction(indent, body.size);
        // (A credit paragraph of its own has no spans: it is never paragraph 0, nor run in.)
        bp.keepWithNext = !bp.isCredit && p + 1 < texts.size() && styleName == "subhead";
        bp.tracking = paragraphTracking(article, p);
        const model::Style* def = nullptr;
        if (styles.definitions) {
            auto it = styles.definitions->find(styleName);
            if (it != styles.definitions->end()) def = &it->second;
        }
        bp.spans =
            paragraphSpans(article, p, texts.size(), texts[p], styles, def ? *def : model::Style{});
        bp.text = std::move(texts[p]);
        out.push_back(std::move(bp));
    }
    return out;
}

}  // namespace bm::flow
