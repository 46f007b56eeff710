// SPDX-License-Identifier: MIT
#pragma once
// Memoised trial layouts (docs: autolayout §3.2). How many lines an article needs depends only
// on its content, the measure, the number of text columns, its styles (headline size included)
// and the tracking, never on where the frame stands, so a trial is computed once per key and
// reused by every drop plan, copy-fit, auto-fit and (later) 智能组版 search:
//
//   "lines needed for article A at measure m, k text columns, headline width w, tracking τ"
//   = headlineLines(A, w) + ⌈ body(A, m, τ).lines / k ⌉
//
// A body trial is the sum of its paragraphs (each starts on a new line, so paragraphs are
// independent), and each paragraph trial is cached on its own: a one-paragraph edit or a
// one-paragraph tracking change re-sets one paragraph.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/flow/body_paragraphs.h"
#include "layout/flow/style_text.h"
#include "layout/model/document.h"

namespace bm::place {

/// Extra tracking (‰ em) per model paragraph, each set on the whole paragraph the way the
/// reference page was fitted by hand (ranges, not single characters). An empty plan means the
/// article's own tracking ranges.
using TrackingPlan = std::vector<int>;

/// The tracking ranges a plan stands for (one whole-paragraph range per non-zero entry).
std::vector<model::TrackingRange> planRanges(const model::Article& article,
                                             const TrackingPlan& plan);

/// One body paragraph at one measure: the 字 on each of its lines.
struct ParagraphTrial {
    std::vector<int> lineChars;
    int lines() const { return static_cast<int>(lineChars.size()); }
};

/// The article's body (paragraphs as set, dateline and credit included) at one measure.
struct BodyTrial {
    std::vector<std::shared_ptr<const ParagraphTrial>> paragraphs;
    int lines = 0;
    int chars = 0;
    /// 字 on the lines after the first `capacity` (what a frame of `capacity` lines leaves
    /// overset).
    int charsAfter(int capacity) const;
};

class TrialCache;

/// One article's body paragraphs as set, prepared once (styles resolved, dateline and credit
/// in place), to be tried at several measures and trackings.
class ArticleTrials {
public:
    static Result<ArticleTrials> make(const model::Document& doc, const model::Article& article,
                                      TrialCache& cache);

    /// The body at `measure` with `plan` (empty: the article's own tracking).
    BodyTrial body(Length measure, const TrackingPlan& plan = {});

    /// Body paragraph `index` (as set; model paragraph i is index i) at `measure`, with
    /// whole-paragraph tracking `milliEm` instead of its own ranges.
    std::shared_ptr<const ParagraphTrial> paragraph(size_t index, Length measure, int milliEm);

    /// Its own ranges (nullptr-free): the paragraph as the document has it.
    std::shared_ptr<const ParagraphTrial> ownParagraph(size_t index, Length measure);

    size_t paragraphCount() const { return m_paragraphs->size(); }
    /// Model paragraphs (tracking can be planned for these; a credit line of its own is not).
    size_t modelParagraphs() const { return m_modelParagraphs; }
    const model::Article& article() const { return *m_article; }

private:
    ArticleTrials() = default;
    std::vector<text::TrackingSpan> wholeParagraph(size_t index, int milliEm) const;

    TrialCache* m_cache = nullptr;
    const model::Article* m_article = nullptr;
    std::shared_ptr<const flow::ResolvedBodyStyles> m_styles;  // the spans point into it
    std::shared_ptr<const std::vector<flow::BodyParagraph>> m_paragraphs;
    size_t m_modelParagraphs = 0;
};

class TrialCache {
public:
    explicit TrialCache(flow::TextSetter& setter) : m_setter(setter) {}
    TrialCache(const TrialCache&) = delete;
    TrialCache& operator=(const TrialCache&) = delete;

    /// Grid lines (占行) of the article's headline block at `width` on pages with `page`'s grid.
    Result<int> headlineLines(const model::Document& doc, const model::Article& article,
                              const model::Page& page, Length width);

    /// Grid lines a one-rect frame of `textColumns` columns at `measure` needs for the whole
    /// article, with a headline block `headlineWidth` wide on top (0 = none): the formula above.
    Result<int> frameLines(const model::Document& doc, const model::Article& article,
                           const model::Page& page, Length measure, int textColumns,
                           Length headlineWidth, const TrackingPlan& plan = {});

    /// A paragraph as set, at one measure (memoised on everything that changes its lines).
    std::shared_ptr<const ParagraphTrial> setParagraph(const flow::BodyParagraph& paragraph,
                                                       const std::vector<text::TrackingSpan>& tr,
                                                       Length measure);

    flow::TextSetter& setter() { return m_setter; }
    size_t hits() const { return m_hits; }
    size_t misses() const { return m_misses; }
    void clear();

private:
    /// Everything a paragraph trial reads: the measuring key (text, fonts, size, options, indent,
    /// tracking, styled spans), the alignment and the measure.
    struct ParagraphKey {
        flow::TextSetter::MeasureKey measured;
        text::LineAlign align = text::LineAlign::Justify;
        Length measure = 0;
        bool operator==(const ParagraphKey&) const = default;
    };
    struct ParagraphKeyHash {
        size_t operator()(const ParagraphKey& k) const;
    };

    flow::TextSetter& m_setter;
    std::unordered_map<ParagraphKey, std::shared_ptr<const ParagraphTrial>, ParagraphKeyHash>
        m_paragraphs;
    std::unordered_map<std::string, int> m_headlines;
    size_t m_hits = 0;
    size_t m_misses = 0;
};

}  // namespace bm::place
