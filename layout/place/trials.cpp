// SPDX-License-Identifier: MIT
#include "layout/place/trials.h"

#include <numeric>

#include "layout/base/utf.h"
#include "layout/flow/headline_block.h"
#include "layout/text/paragraph_layout.h"

namespace bm::place {

namespace {

void append(std::string& key, std::int64_t v) {
    key += std::to_string(v);
    key += '|';
}

void appendText(std::string& key, const std::u16string& text) {
    key.append(reinterpret_cast<const char*>(text.data()), text.size() * sizeof(char16_t));
    key += '\x1f';
}

std::string styleKey(const model::Style& s) {
    std::string k = s.family + "|" + s.preset + "|";
    for (std::int64_t v :
         {static_cast<std::int64_t>(s.role), static_cast<std::int64_t>(s.bold), s.size,
          static_cast<std::int64_t>(s.align), static_cast<std::int64_t>(s.trackingMilliEm),
          static_cast<std::int64_t>(s.indentMilliEm), static_cast<std::int64_t>(s.lineGapMilliEm)})
        append(k, v);
    return k;
}

}  // namespace

std::vector<model::TrackingRange> planRanges(const model::Article& article,
                                             const TrackingPlan& plan) {
    std::vector<model::TrackingRange> out;
    for (size_t p = 0; p < plan.size() && p < article.paragraphs.size(); ++p)
        if (plan[p] != 0 && !article.paragraphs[p].empty())
            out.push_back(
                {static_cast<int>(p), 0, static_cast<int>(article.paragraphs[p].size()), plan[p]});
    return out;
}

int BodyTrial::charsAfter(int capacity) const {
    int line = 0, chars = 0;
    for (const auto& p : paragraphs)
        for (int c : p->lineChars)
            if (line++ >= capacity) chars += c;
    return chars;
}

Result<ArticleTrials> ArticleTrials::make(const model::Document& doc, const model::Article& article,
                                          TrialCache& cache) {
    auto styles = flow::resolveBodyStyles(doc, cache.setter());
    if (!styles) return Error{styles.error()};
    ArticleTrials t;
    t.m_cache = &cache;
    t.m_article = &article;
    t.m_styles = std::make_shared<const flow::ResolvedBodyStyles>(std::move(*styles));
    t.m_paragraphs = std::make_shared<const std::vector<flow::BodyParagraph>>(
        flow::setupBodyParagraphs(article, t.m_styles->refs()));
    t.m_modelParagraphs = std::min(article.paragraphs.size(), t.m_paragraphs->size());
    return t;
}

std::vector<text::TrackingSpan> ArticleTrials::wholeParagraph(size_t index, int milliEm) const {
    if (milliEm == 0 || index >= m_modelParagraphs || m_article->paragraphs[index].empty())
        return {};
    const unsigned shift = index == 0 ? static_cast<unsigned>(m_article->dateline.size()) : 0;
    return {text::TrackingSpan{
        shift, shift + static_cast<unsigned>(m_article->paragraphs[index].size()), milliEm}};
}

std::shared_ptr<const ParagraphTrial> ArticleTrials::paragraph(size_t index, Length measure,
                                                               int milliEm) {
    const flow::BodyParagraph& bp = (*m_paragraphs)[index];
    if (index >= m_modelParagraphs) return m_cache->setParagraph(bp, bp.tracking, measure);
    return m_cache->setParagraph(bp, wholeParagraph(index, milliEm), measure);
}

std::shared_ptr<const ParagraphTrial> ArticleTrials::ownParagraph(size_t index, Length measure) {
    const flow::BodyParagraph& bp = (*m_paragraphs)[index];
    return m_cache->setParagraph(bp, bp.tracking, measure);
}

BodyTrial ArticleTrials::body(Length measure, const TrackingPlan& plan) {
    BodyTrial out;
    for (size_t i = 0; i < m_paragraphs->size(); ++i) {
        auto pt = plan.empty() ? ownParagraph(i, measure)
                               : paragraph(i, measure, i < plan.size() ? plan[i] : 0);
        out.lines += pt->lines();
        out.chars += std::accumulate(pt->lineChars.begin(), pt->lineChars.end(), 0);
        out.paragraphs.push_back(std::move(pt));
    }
    return out;
}

size_t TrialCache::ParagraphKeyHash::operator()(const ParagraphKey& k) const {
    return flow::TextSetter::MeasureKeyHash{}(k.measured) * 1099511628211u ^
           std::hash<std::int64_t>{}(k.measure * 4 + static_cast<std::int64_t>(k.align));
}

std::shared_ptr<const ParagraphTrial> TrialCache::setParagraph(
    const flow::BodyParagraph& bp, const std::vector<text::TrackingSpan>& tracking,
    Length measure) {
    ParagraphKey key{
        {bp.text, bp.style.size, bp.style.options, bp.indent, tracking, bp.style.chain, {}},
        bp.style.align,
        measure};
    for (const auto& s : bp.spans) key.measured.spans.push_back({s.begin, s.end, s.style->chain});
    if (auto it = m_paragraphs.find(key); it != m_paragraphs.end()) {
        ++m_hits;
        return it->second;
    }
    ++m_misses;
    auto mp = m_setter.measure(bp.text, bp.style, bp.indent, tracking, bp.spans);
    const text::ParagraphLayout pl =
        text::layoutParagraph(*mp, text::LineWidths{{measure}}, bp.style.align);
    auto trial = std::make_shared<ParagraphTrial>();
    for (const auto& line : pl.lines)
        trial->lineChars.push_back(static_cast<int>(
            countChars(std::u16string_view(pl.text).substr(line.begin, line.end - line.begin))));
    m_paragraphs.emplace(std::move(key), trial);
    return trial;
}

Result<int> TrialCache::headlineLines(const model::Document& doc, const model::Article& article,
                                      const model::Page& page, Length width) {
    std::string key;
    for (const char* name : {"kicker", "headline", "subheadline", "byline"})
        key += styleKey(doc.style(name)) + "/";
    for (const auto* t :
         {&article.kicker, &article.headline, &article.subheadline, &article.byline})
        appendText(key, *t);
    append(key, article.headlineSize.value_or(-1));
    append(key, article.headlineFont ? static_cast<int>(*article.headlineFont) : -1);
    append(key, article.headlineScale);
    append(key, article.headlineLines);
    append(key, width);
    append(key, page.grid.bodySize);
    append(key, page.grid.pitch());
    if (auto it = m_headlines.find(key); it != m_headlines.end()) {
        ++m_hits;
        return it->second;
    }
    ++m_misses;
    auto block = flow::setHeadlineBlock(doc, article, page, width, m_setter);
    if (!block) return Error{block.error()};
    m_headlines.emplace(std::move(key), block->gridLines);
    return block->gridLines;
}

Result<int> TrialCache::frameLines(const model::Document& doc, const model::Article& article,
                                   const model::Page& page, Length measure, int textColumns,
                                   Length headlineWidth, const TrackingPlan& plan) {
    int head = 0;
    if (headlineWidth > 0) {
        auto h = headlineLines(doc, article, page, headlineWidth);
        if (!h) return Error{h.error()};
        head = *h;
    }
    auto trials = ArticleTrials::make(doc, article, *this);
    if (!trials) return Error{trials.error()};
    const int body = trials->body(measure, plan).lines;
    const int k = std::max(1, textColumns);
    return head + (body + k - 1) / k;
}

void TrialCache::clear() {
    m_paragraphs.clear();
    m_headlines.clear();
}

}  // namespace bm::place
