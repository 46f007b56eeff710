// SPDX-License-Identifier: MIT
#include "layout/model/text_mapping.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

namespace bm::model {

namespace {

bool isHigh(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool isLow(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/// Paragraphs joined with '\n', and where each starts.
struct Joined {
    std::u16string text;
    std::vector<size_t> starts;
    explicit Joined(const std::vector<std::u16string>& paragraphs) {
        for (size_t p = 0; p < paragraphs.size(); ++p) {
            if (p > 0) text += u'\n';
            starts.push_back(text.size());
            text += paragraphs[p];
        }
    }
    /// The paragraph holding joined offset `x` (a '\n' belongs to the paragraph before it).
    size_t paragraphAt(size_t x) const {
        auto it = std::upper_bound(starts.begin(), starts.end(), x);
        return it == starts.begin() ? 0 : static_cast<size_t>(it - starts.begin()) - 1;
    }
};

/// The edit as one replaced span: old [start, oldEnd) became new [start, newEnd).
struct Replacement {
    size_t start = 0;
    size_t oldEnd = 0;
    size_t newEnd = 0;
    bool breaksParagraphs = false;  ///< the inserted text holds a paragraph break

    Replacement(const std::u16string& a, const std::u16string& b) {
        const size_t shorter = std::min(a.size(), b.size());
        size_t p = 0;
        while (p < shorter && a[p] == b[p]) ++p;
        if (p > 0 && p < a.size() && isHigh(a[p - 1])) --p;  // never inside a surrogate pair
        size_t s = 0;
        while (s < shorter - p && a[a.size() - 1 - s] == b[b.size() - 1 - s]) ++s;
        if (s > 0 && s < a.size() && isLow(a[a.size() - s])) --s;
        start = p;
        oldEnd = a.size() - s;
        newEnd = b.size() - s;
        alignToParagraphs(start == oldEnd ? b : a, start == oldEnd ? newEnd : oldEnd);
        breaksParagraphs = b.substr(start, newEnd - start).find(u'\n') != std::u16string::npos;
    }

    /// A pure insertion or deletion can often sit at several places (deleting "乙。\n甲" or
    /// "甲乙。\n" from "甲乙。\n甲乙。" gives the same text): slide it left to where it
    /// covers whole paragraphs, so a deleted or inserted paragraph takes or brings its own
    /// marks and leaves its neighbours' alone. `end` is the end of the span in `text`.
    void alignToParagraphs(const std::u16string& text, size_t end) {
        if (start != oldEnd && start != newEnd) return;  // a replacement: nothing to slide
        auto score = [&](size_t b, size_t e) {
            return (b == 0 || text[b - 1] == u'\n' ? 1 : 0) + (text[e - 1] == u'\n' ? 1 : 0);
        };
        size_t b = start, e = end, bestB = b;
        int best = b < e ? score(b, e) : 0;
        while (b > 0 && b < e && text[b - 1] == text[e - 1]) {
            --b;
            --e;
            if (const int sc = score(b, e); sc > best && !isLow(text[b])) {
                best = sc;
                bestB = b;
            }
        }
        const size_t shift = start - bestB;
        start -= shift;
        oldEnd -= shift;
        newEnd -= shift;
    }

    /// Maps an old position. `isEnd`: the end of a range (grows over text typed right after
    /// it), else its beginning (grows over text typed right before it). Text that brings a
    /// paragraph break belongs to neither neighbour.
    size_t map(size_t x, bool isEnd) const {
        if (x < start) return x;
        if (x > oldEnd) return x - oldEnd + newEnd;
        if (start == oldEnd) {  // a pure insertion at x
            const bool after = isEnd != breaksParagraphs;
            return after ? newEnd : start;
        }
        if (x == oldEnd) return newEnd;
        return isEnd ? newEnd : start;  // inside or at the start of replaced text
    }

    /// Maps the old range [b, e); nullopt when all of its text was replaced or deleted (a range
    /// that reaches past the replaced text keeps the replacement).
    std::optional<std::pair<size_t, size_t>> mapRange(size_t b, size_t e) const {
        if (start < oldEnd && b >= start && e <= oldEnd) return std::nullopt;
        const size_t nb = map(b, false), ne = map(e, true);
        if (nb >= ne) return std::nullopt;
        return std::make_pair(nb, ne);
    }
};

struct Span {
    size_t begin, end;
};

/// [begin, end) of the new joined text cut into per-paragraph pieces (non-empty).
template <typename F>
void splitByParagraph(const Joined& j, Span s, F&& emit) {
    for (size_t p = j.paragraphAt(s.begin); p < j.starts.size(); ++p) {
        const size_t ps = j.starts[p];
        const size_t pe = p + 1 < j.starts.size() ? j.starts[p + 1] - 1 : j.text.size();
        if (ps >= s.end) break;
        const size_t b = std::max(s.begin, ps), e = std::min(s.end, pe);
        if (b < e) emit(static_cast<int>(p), static_cast<int>(b - ps), static_cast<int>(e - ps));
    }
}

}  // namespace

std::vector<MappedSpan> mapSpans(const std::vector<std::u16string>& before,
                                 const std::vector<std::u16string>& after,
                                 const std::vector<ParagraphSpan>& spans) {
    const Joined a(before), b(after);
    const Replacement r(a.text, b.text);
    std::vector<MappedSpan> out;
    for (size_t i = 0; i < spans.size(); ++i) {
        const ParagraphSpan& t = spans[i];
        if (t.paragraph < 0 || static_cast<size_t>(t.paragraph) >= before.size()) continue;
        const size_t base = a.starts[t.paragraph];
        const size_t len = before[t.paragraph].size();
        const size_t b0 = base + static_cast<size_t>(std::clamp(t.begin, 0, static_cast<int>(len)));
        const size_t e0 = base + static_cast<size_t>(std::clamp(t.end, 0, static_cast<int>(len)));
        if (b0 >= e0) continue;
        const auto mapped = r.mapRange(b0, e0);
        if (!mapped) continue;
        splitByParagraph(b, Span{mapped->first, mapped->second}, [&](int p, int begin, int end) {
            out.push_back(MappedSpan{i, ParagraphSpan{p, begin, end}});
        });
    }
    return out;
}

namespace {

/// Where each paragraph of `indices` went: (index into `indices`, new paragraph).
std::vector<std::pair<size_t, int>> mapParagraphs(const std::vector<std::u16string>& before,
                                                  const std::vector<std::u16string>& after,
                                                  const std::vector<int>& indices) {
    const Joined a(before), b(after);
    const Replacement r(a.text, b.text);
    std::vector<std::pair<size_t, int>> out;
    for (size_t i = 0; i < indices.size(); ++i) {
        const int p = indices[i];
        if (p < 0 || static_cast<size_t>(p) >= before.size()) continue;
        const size_t b0 = a.starts[p], e0 = b0 + before[p].size();
        const auto mapped = r.mapRange(b0, std::max(e0, b0 + 1));  // an empty one: its break
        if (!mapped) continue;
        out.emplace_back(i, static_cast<int>(b.paragraphAt(mapped->first)));
    }
    return out;
}

}  // namespace

std::vector<int> mapParagraphIndices(const std::vector<std::u16string>& before,
                                     const std::vector<std::u16string>& after,
                                     const std::vector<int>& indices) {
    std::vector<int> out;
    for (const auto& [i, q] : mapParagraphs(before, after, indices))
        if (std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<ParagraphStyleMark> mapParagraphStyles(const std::vector<std::u16string>& before,
                                                   const std::vector<std::u16string>& after,
                                                   const std::vector<ParagraphStyleMark>& marks) {
    std::vector<int> indices;
    for (const auto& m : marks) indices.push_back(m.paragraph);
    std::vector<ParagraphStyleMark> out;
    for (const auto& [i, q] : mapParagraphs(before, after, indices)) {
        const bool taken = std::any_of(out.begin(), out.end(),
                                       [q = q](const auto& m) { return m.paragraph == q; });
        if (!taken) out.push_back({q, marks[i].style});  // two merged paragraphs: the first wins
    }
    std::sort(out.begin(), out.end(),
              [](const auto& x, const auto& y) { return x.paragraph < y.paragraph; });
    return out;
}

std::vector<CharRange> mapCharRanges(const std::vector<std::u16string>& before,
                                     const std::vector<std::u16string>& after,
                                     const std::vector<CharRange>& ranges) {
    return normalizeCharRanges(mapRanges(before, after, ranges));
}

std::vector<CharRange> normalizeCharRanges(const std::vector<CharRange>& ranges) {
    std::vector<CharRange> out;
    for (const CharRange& r : ranges)
        out = withCharAttrs(std::move(out), r.paragraph, r.begin, r.end, r.attrs);
    return out;
}

std::vector<CharRange> withCharAttrs(std::vector<CharRange> ranges, int paragraph, int begin,
                                     int end, const CharAttrs& attrs) {
    std::vector<CharRange> out;
    out.reserve(ranges.size() + 2);
    for (const CharRange& r : ranges) {
        if (r.begin >= r.end || r.attrs.plain()) continue;
        if (r.paragraph != paragraph || r.end <= begin || r.begin >= end) {
            out.push_back(r);
            continue;
        }
        if (r.begin < begin) out.push_back({r.paragraph, r.begin, begin, r.attrs});
        if (r.end > end) out.push_back({r.paragraph, end, r.end, r.attrs});
    }
    if (begin < end && !attrs.plain()) out.push_back({paragraph, begin, end, attrs});
    std::sort(out.begin(), out.end(), [](const CharRange& x, const CharRange& y) {
        return std::tie(x.paragraph, x.begin) < std::tie(y.paragraph, y.begin);
    });
    std::vector<CharRange> merged;
    for (const CharRange& r : out) {
        if (!merged.empty() && merged.back().paragraph == r.paragraph &&
            merged.back().end == r.begin && merged.back().attrs == r.attrs)
            merged.back().end = r.end;
        else
            merged.push_back(r);
    }
    return merged;
}

}  // namespace bm::model
