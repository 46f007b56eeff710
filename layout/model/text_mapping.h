// SPDX-License-Identifier: MIT
#pragma once
// Keeping per-range attributes (tracking ranges, flush marks) attached to their text through a
// text edit, the way a text editor maps a selection: the edit is taken as one replaced span
// (common prefix and suffix kept), positions before it stay, positions after it shift, and a
// range that touched the replaced span grows or shrinks with it. A range is dropped only when
// all of its text was deleted. Hand fitting (紧排/松排) thus survives typing in the 正文 dock.
#include <string>
#include <vector>

#include "layout/model/document.h"

namespace bm::model {

/// [begin, end) of one paragraph, and where the i-th input span went.
struct ParagraphSpan {
    int paragraph = 0;
    int begin = 0;
    int end = 0;
};
struct MappedSpan {
    size_t source = 0;  ///< index of the span in the input
    ParagraphSpan span;
};

/// `spans` of `before` mapped onto `after` (paragraphs of one article). A span split by a new
/// paragraph break becomes one span per paragraph; spans whose text was deleted are dropped.
std::vector<MappedSpan> mapSpans(const std::vector<std::u16string>& before,
                                 const std::vector<std::u16string>& after,
                                 const std::vector<ParagraphSpan>& spans);

/// Any per-range attribute (a struct with paragraph, begin and end) mapped by mapSpans; the
/// other fields of each range are kept.
template <typename R>
std::vector<R> mapRanges(const std::vector<std::u16string>& before,
                         const std::vector<std::u16string>& after, const std::vector<R>& ranges) {
    std::vector<ParagraphSpan> spans;
    spans.reserve(ranges.size());
    for (const R& r : ranges) spans.push_back({r.paragraph, r.begin, r.end});
    std::vector<R> out;
    for (const MappedSpan& m : mapSpans(before, after, spans)) {
        R r = ranges[m.source];
        r.paragraph = m.span.paragraph;
        r.begin = m.span.begin;
        r.end = m.span.end;
        out.push_back(std::move(r));
    }
    return out;
}

inline std::vector<TrackingRange> mapTrackingRanges(const std::vector<std::u16string>& before,
                                                    const std::vector<std::u16string>& after,
                                                    const std::vector<TrackingRange>& ranges) {
    return mapRanges(before, after, ranges);
}

/// Character ranges (v2) mapped like tracking ranges; neighbours with equal attributes that
/// the edit made touch are merged, so the list stays sorted, disjoint and minimal.
std::vector<CharRange> mapCharRanges(const std::vector<std::u16string>& before,
                                     const std::vector<std::u16string>& after,
                                     const std::vector<CharRange>& ranges);

/// Paragraph style marks (v2) mapped like flush marks: a mark stays with its paragraph's text.
std::vector<ParagraphStyleMark> mapParagraphStyles(const std::vector<std::u16string>& before,
                                                   const std::vector<std::u16string>& after,
                                                   const std::vector<ParagraphStyleMark>& marks);

/// `ranges` with [begin, end) of `paragraph` set to `attrs` (plain attributes clear it):
/// overlapped ranges are cut, equal neighbours merged. The result is sorted and disjoint.
std::vector<CharRange> withCharAttrs(std::vector<CharRange> ranges, int paragraph, int begin,
                                     int end, const CharAttrs& attrs);

/// Sorted by (paragraph, begin), overlaps resolved in favour of the later range, equal
/// touching neighbours merged, plain and empty ranges dropped.
std::vector<CharRange> normalizeCharRanges(const std::vector<CharRange>& ranges);

/// Flush (no indent) paragraph indices of `before` mapped onto `after`: a paragraph keeps its
/// mark when its text survives the edit (deleted paragraphs lose it).
std::vector<int> mapParagraphIndices(const std::vector<std::u16string>& before,
                                     const std::vector<std::u16string>& after,
                                     const std::vector<int>& indices);

}  // namespace bm::model
