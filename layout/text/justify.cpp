// SPDX-License-Identifier: MIT
#include "layout/text/justify.h"

#include <algorithm>
#include <numeric>

#include "layout/text/line_metrics.h"

namespace bm::text {

bool isJustificationGap(const MeasuredParagraph& mp, size_t k) {
    const Atom& p = mp.atoms[k - 1];
    const Atom& c = mp.atoms[k];
    // The mark stays attached to the text it belongs to.
    if (p.kind == AtomKind::Open || isClosingLike(c.kind)) return false;
    // Connectors, solidi and the interpunct stay tight (clreq; names like 克里斯蒂娜·罗塞蒂).
    auto tight = [](AtomKind k) {
        return k == AtomKind::MidDot || k == AtomKind::Connector || k == AtomKind::Solidus;
    };
    if (tight(p.kind) || tight(c.kind)) return false;
    // Spaces and autospace belong to E1/E2 (paper-kaiming lets E3 widen autospace gaps too).
    if (p.kind == AtomKind::Space || c.kind == AtomKind::Space) return false;
    if (mp.m[k].glue > 0 && !mp.options.justifyAutospaceGaps) return false;
    if (p.leadingIndentSpace) return false;
    return true;
}

namespace {

// Takes `amount` from items with capacities `cap` equally (water filling), in whole mpt;
// returns what was taken from each. Rounding leftovers go one mpt at a time from the left.
std::vector<Length> fillEqually(const std::vector<Length>& cap, Length amount) {
    std::vector<Length> take(cap.size(), 0);
    Length left = amount;
    std::vector<size_t> open;
    for (size_t i = 0; i < cap.size(); ++i)
        if (cap[i] > 0) open.push_back(i);
    while (left > 0 && !open.empty()) {
        const Length share = left / static_cast<Length>(open.size());
        if (share == 0) {
            for (size_t i : open) {
                if (left == 0) break;
                ++take[i];
                --left;
            }
            break;
        }
        std::vector<size_t> still;
        for (size_t i : open) {
            const Length t = std::min(share, cap[i] - take[i]);
            take[i] += t;
            left -= t;
            if (take[i] < cap[i]) still.push_back(i);
        }
        open.swap(still);
    }
    return take;
}

// Distributes `amount` over `count` slots exactly (remainder one mpt each from the left).
Length shareOf(Length amount, size_t count, size_t index) {
    const Length base = amount / static_cast<Length>(count);
    const Length rem = amount % static_cast<Length>(count);
    return base + (static_cast<Length>(index) < rem ? 1 : 0);
}

}  // namespace

JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineSpan& span, bool wrapped,
                          LineAlign align) {
    return justifyLine(mp, LineMetrics(mp), span, wrapped, align);
}

JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineMetrics& lm, const LineSpan& span,
                          bool wrapped, LineAlign align) {
    JustifiedLine out;
    out.span = span;
    const size_t s = span.first;
    const size_t b = span.hanging ? span.last - 1 : span.last;  // R-HANG-3
    const size_t n = span.last - s;
    // width and glue live only during the call: per-thread buffers spare two allocations per
    // line (cutL and add become the result's arrays).
    thread_local std::vector<Length> widthBuffer, glueBuffer;
    std::vector<Length>& width = widthBuffer;
    std::vector<Length>& glue = glueBuffer;
    width.assign(n, 0);
    glue.assign(n, 0);
    std::vector<Length> cutL(n, 0), add(n, 0);
    bool spacesOrGlue = false;  // whether E1/E2 have anything to widen
    for (size_t i = 0; i < n; ++i) {
        const MeasuredAtom& a = mp.m[s + i];
        cutL[i] = a.remL;
        width[i] = a.mid();
        if (i > 0) glue[i] = a.glue;
        spacesOrGlue = spacesOrGlue || a.glue > 0 || mp.atoms[s + i].kind == AtomKind::Space;
    }
    const Length startCut = lm.startCut(s, wrapped);
    cutL[0] += mp.atoms[s].kind == AtomKind::Space ? 0 : startCut;
    width[0] -= startCut;
    const size_t lastIdx = b - 1 - s;
    if (b > s && (lastIdx != 0 || mp.atoms[s].kind != AtomKind::Space))
        width[lastIdx] -= lm.endCut(b);
    if (span.hanging) {
        // The hanging mark keeps only its ink half, just outside the measure.
        width[n - 1] -= mp.m[span.last - 1].trimEnd;
    }

    Length natural = 0;
    for (size_t i = 0; i + s < b; ++i) natural += width[i] + glue[i];
    const Length W = span.measure;
    const bool justifyThis = align == LineAlign::Justify && !span.isLast;

    if (natural > W) {
        // §6.1: P2 spaces, P4 brackets, P5 comma/colon, P6 autospace, P7 stops.
        Length excess = natural - W;
        const ShrinkLevel order[] = {ShrinkLevel::Space, ShrinkLevel::Bracket, ShrinkLevel::Comma,
                                     ShrinkLevel::Autospace, ShrinkLevel::Stop};
        for (ShrinkLevel level : order) {
            if (excess <= 0) break;
            // Items: (index, side) with capacity.
            std::vector<Length> cap;
            std::vector<std::pair<size_t, int>>
                who;  // side: 0 left blank, 1 right, 2 glue, 3 space
            for (size_t i = 0; i + s < b; ++i) {
                const MeasuredAtom& a = mp.m[s + i];
                const AtomKind k = mp.atoms[s + i].kind;
                const bool atStart = i == 0, atEnd = i + s + 1 == b;
                if (level == ShrinkLevel::Autospace && i > 0 && a.glue > 0) {
                    cap.push_back(glueShrink(a));
                    who.push_back({i, 2});
                }
                if (k == AtomKind::Space && !atStart && !atEnd && a.shrinkLevel == level) {
                    cap.push_back(spaceShrink(a, k));
                    who.push_back({i, 3});
                }
                if (a.shrinkLevel != level || k == AtomKind::Space) continue;
                if (a.shrinkL > 0 && !(atStart && startCut > 0)) {
                    cap.push_back(a.shrinkL);
                    who.push_back({i, 0});
                }
                if (a.shrinkR > 0 && !(atEnd && lm.endCut(b) > 0)) {
                    cap.push_back(a.shrinkR);
                    who.push_back({i, 1});
                }
            }
            const auto take = fillEqually(cap, excess);
            for (size_t j = 0; j < who.size(); ++j) {
                const auto [i, side] = who[j];
                if (take[j] == 0) continue;
                if (side == 0) {
                    cutL[i] += take[j];
                    width[i] -= take[j];
                } else if (side == 2) {
                    glue[i] -= take[j];
                } else {
                    width[i] -= take[j];
                }
                excess -= take[j];
            }
        }
        out.overfull = excess > 0;
    } else if (natural < W && justifyThis) {
        Length slack = W - natural;
        // E1: word spaces up to their maximum; E2: autospace up to its maximum.
        for (int level = 1; level <= 2 && slack > 0 && spacesOrGlue; ++level) {
            std::vector<Length> cap;
            std::vector<std::pair<size_t, bool>> who;  // bool: glue (true) or space width
            for (size_t i = 1; i + s < b; ++i) {
                const MeasuredAtom& a = mp.m[s + i];
                const bool isSpace = mp.atoms[s + i].kind == AtomKind::Space && i + s + 1 < b;
                if (level == 1 && isSpace && !a.spaceIsAutospace) {
                    cap.push_back(std::max<Length>(0, a.spaceMax - width[i]));
                    who.push_back({i, false});
                }
                if (level == 2 && isSpace && a.spaceIsAutospace) {
                    cap.push_back(std::max<Length>(0, a.spaceMax - width[i]));
                    who.push_back({i, false});
                }
                if (level == 2 && a.glue > 0) {
                    cap.push_back(std::max<Length>(0, a.glueMax - glue[i]));
                    who.push_back({i, true});
                }
            }
            const auto take = fillEqually(cap, slack);
            for (size_t j = 0; j < who.size(); ++j) {
                const auto [i, isGlue] = who[j];
                if (isGlue)
                    glue[i] += take[j];
                else
                    width[i] += take[j];
                slack -= take[j];
            }
        }
        if (slack > 0) {
            // E3: justification gaps equally; E4 (last resort): every gap. add[i] marks the
            // gaps (it is still all zero) until it receives their shares.
            size_t gaps = 0;
            for (size_t i = 1; i + s < b; ++i)
                if (isJustificationGap(mp, s + i)) {
                    add[i] = 1;
                    ++gaps;
                }
            const bool everyGap = gaps == 0;
            if (everyGap) {
                gaps = b > s + 1 ? b - s - 1 : 0;
                out.loose = gaps > 0;
            }
            if (gaps > 0) {
                size_t j = 0;
                for (size_t i = 1; i + s < b; ++i)
                    if (everyGap || add[i] != 0) add[i] = shareOf(slack, gaps, j++);
                slack = 0;
            }
        }
    }

    out.x.resize(n);
    Length x = 0;
    for (size_t i = 0; i < n; ++i) {
        if (i > 0) x += glue[i] + add[i];
        out.x[i] = x;
        if (i + s < b) x += width[i];
    }
    out.width = 0;
    for (size_t i = 0; i + s < b; ++i) out.width += width[i] + (i > 0 ? glue[i] + add[i] : 0);
    out.cutL = std::move(cutL);
    out.gapAdd = std::move(add);
    if (!justifyThis || out.width < W) {
        const Length room = W - out.width;
        if (align == LineAlign::Center && room > 0) out.offset = room / 2;
        if (align == LineAlign::End && room > 0) out.offset = room;
    }
    return out;
}

}  // namespace bm::text
