// SPDX-License-Identifier: MIT
#include "layout/flow/phrase_breaks.h"

#include <cmath>
#include <limits>

#include "layout/text/line_metrics.h"
#include "layout/unicode/word_breaks.h"

namespace bm::flow {

namespace {

using text::AtomKind;

bool isLatinWord(const text::Atom& a) {
    return a.kind == AtomKind::Word && a.wordStartsAlnum && a.wordEndsAlnum && !a.wordStartsDigit;
}

/// Where a headline may break: before atom i (0 < i < n).
struct Candidates {
    std::vector<bool> allowed;
    std::vector<bool> atSpace;  ///< the author typed a space here (outside quotation marks)
    std::vector<bool> weak;     ///< would leave a one-character word (直通|车“) on its own
    bool anySpace = false;
};

bool isHan(const text::Atom& a) { return a.kind == AtomKind::Han; }

Candidates candidates(const text::MeasuredParagraph& mp) {
    const auto& atoms = mp.atoms;
    const size_t n = atoms.size();
    const auto words = unicode::findWordBoundaries(mp.text);
    Candidates c;
    c.allowed.assign(n + 1, false);
    c.atSpace.assign(n + 1, false);
    c.weak.assign(n + 1, false);
    int quoteDepth = 0;  // a space inside “…” belongs to the quotation, not between phrases
    for (size_t i = 1; i < n; ++i) {
        if (atoms[i - 1].kind == AtomKind::Open) ++quoteDepth;
        if (atoms[i - 1].kind == AtomKind::Close && quoteDepth > 0) --quoteDepth;
        if (!atoms[i].breakBefore) continue;  // 禁则 and the engine's own rules first
        const text::Atom& prev = atoms[i - 1];
        if (prev.kind == AtomKind::Space || atoms[i].kind == AtomKind::Space) {
            // A typed space: a phrase break, unless it separates the words of a Latin name.
            const size_t s = prev.kind == AtomKind::Space ? i - 1 : i;
            const bool name =
                s > 0 && s + 1 < n && isLatinWord(atoms[s - 1]) && isLatinWord(atoms[s + 1]);
            if (name) continue;
            c.allowed[i] = true;
            if (quoteDepth == 0) c.atSpace[i] = c.anySpace = true;
            continue;
        }
        if (!words[atoms[i].begin]) continue;                             // inside a word
        if (prev.kind == AtomKind::Word && prev.wordEndsDigit) continue;  // 2024|年, 30|%
        c.allowed[i] = true;
        // A one-character word between a Han word and punctuation (or the end) is most likely
        // a compound the dictionary lacks (直通|车“开”): break there only if nothing else fits.
        const bool beforePunctuation = i + 1 == n || !isHan(atoms[i + 1]);
        c.weak[i] = isHan(prev) && isHan(atoms[i]) && beforePunctuation;
    }
    return c;
}

struct Choice {
    double cost = std::numeric_limits<double>::infinity();
    size_t from = 0;
};

/// The fewest lines, then the most even ones: dp[lines][i] over the allowed breaks.
std::vector<size_t> chooseBreaks(const text::MeasuredParagraph& mp, const Candidates& c,
                                 Length width) {
    const size_t n = mp.atoms.size();
    const text::LineMetrics lm(mp);
    std::vector<size_t> points{0};
    for (size_t i = 1; i < n; ++i)
        if (c.allowed[i]) points.push_back(i);
    points.push_back(n);
    const double w = static_cast<double>(width);
    const double spacePenalty = c.anySpace ? w * w / 4 : 0;
    const double weakPenalty = w * w / 4;
    // dp[k] over the points for the current line count.
    std::vector<Choice> prev(points.size()), cur(points.size());
    std::vector<std::vector<size_t>> from;  // per line count, per point
    prev[0].cost = 0;
    for (size_t lines = 1; lines <= points.size() - 1; ++lines) {
        for (auto& ch : cur) ch = Choice{};
        std::vector<size_t> back(points.size(), 0);
        for (size_t b = 1; b < points.size(); ++b) {
            for (size_t a = 0; a < b; ++a) {
                if (!std::isfinite(prev[a].cost)) continue;
                const Length nat = lm.natural(points[a], points[b], points[a] > 0);
                if (nat > width) continue;
                const double slack = w - static_cast<double>(nat);
                double cost = prev[a].cost + slack * slack;
                if (b + 1 < points.size() && !c.atSpace[points[b]]) cost += spacePenalty;
                if (b + 1 < points.size() && c.weak[points[b]]) cost += weakPenalty;
                // Ties go to the shorter upper line (a pyramid reads better than a funnel).
                cost += static_cast<double>(nat) * 1e-9 * static_cast<double>(1000 - lines);
                if (cost < cur[b].cost) {
                    cur[b].cost = cost;
                    back[b] = a;
                }
            }
        }
        from.push_back(back);
        if (std::isfinite(cur.back().cost)) {
            std::vector<size_t> breaks;
            size_t at = points.size() - 1;
            for (size_t l = lines; l-- > 0;) {
                breaks.push_back(points[at]);
                at = from[l][at];
            }
            return {breaks.rbegin(), breaks.rend()};  // line ends, the last one = n
        }
        std::swap(prev, cur);
    }
    return {};
}

}  // namespace

text::ParagraphLayout setPhrased(const std::u16string& part, const ResolvedStyle& style,
                                 Length width, TextSetter& setter) {
    auto mp = setter.measure(part, style, 0);
    const size_t n = mp->atoms.size();
    if (n == 0 || text::LineMetrics(*mp).natural(0, n, false) <= width)
        return text::layoutParagraph(*mp, text::LineWidths{{width}}, style.align);
    const std::vector<size_t> ends = chooseBreaks(*mp, candidates(*mp), width);
    if (ends.empty()) return setter.set(part, style, width, 0);
    text::MeasuredParagraph phrased = *mp;
    for (auto& a : phrased.atoms) a.breakBefore = false;
    for (size_t e : ends)
        if (e < n) phrased.atoms[e].breakBefore = true;
    text::ParagraphLayout pl =
        text::layoutParagraph(phrased, text::LineWidths{{width}}, style.align);
    if (pl.lines.size() != ends.size()) return setter.set(part, style, width, 0);
    return pl;
}

}  // namespace bm::flow
