// SPDX-License-Identifier: MIT
// justifyLine in four stages: the widths of the line's atoms as set (edge trims applied), then
// either shrinking (§6.1) or expanding (§6.2) them to the measure, then placing them.
#include "layout/text/justify.h"

#include <algorithm>

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
    // No letter-spacing inside a Latin word, number or link (nor after Smith- in Smith-Williams).
    if (c.continuesWord) return false;
    // Spaces and autospace belong to E1/E2 (paper-kaiming lets E3 widen autospace gaps too); a
    // house space (CharWidths::space) takes one share of E3 like the gaps around it.
    if (p.kind == AtomKind::Space) return false;
    if (c.kind == AtomKind::Space)
        return mp.options.charWidths.space.isSet() && !c.leadingIndentSpace &&
               !mp.m[k].spaceIsAutospace;
    if (mp.m[k].glue > 0 && !mp.options.justifyAutospaceGaps) return false;
    if (p.leadingIndentSpace) return false;
    return true;
}

bool isLastResortGap(const MeasuredParagraph& mp, size_t k) { return !mp.atoms[k].continuesWord; }

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

// One line being set. Per atom i of the line (atom s + i of the paragraph): its width, the
// autospace glue before it, the blank cut on its left (its glyphs shift left by it) and the
// space that expansion adds before it. Atoms [s, b) are set; a hanging mark (b < s + n) is not.
struct LineWork {
    const MeasuredParagraph& mp;
    const LineMetrics& lm;
    size_t s = 0, b = 0, n = 0;
    Length startCut = 0, endCut = 0;
    std::vector<Length>& width;
    std::vector<Length>& glue;
    std::vector<Length> cutL, add;
    bool spacesOrGlue = false;  // whether E1/E2 have anything to widen

    const MeasuredAtom& atom(size_t i) const { return mp.m[s + i]; }
    AtomKind kind(size_t i) const { return mp.atoms[s + i].kind; }
    bool isSet(size_t i) const { return i + s < b; }
    Length natural() const {
        Length w = 0;
        for (size_t i = 0; isSet(i); ++i) w += width[i] + glue[i];
        return w;
    }
};

// Stage 1: the widths as set mid-line, with the line's edge trims (§4.3) applied.
void setWidths(LineWork& w, const LineSpan& span, bool wrapped) {
    w.width.assign(w.n, 0);
    w.glue.assign(w.n, 0);
    w.cutL.assign(w.n, 0);
    w.add.assign(w.n, 0);
    for (size_t i = 0; i < w.n; ++i) {
        const MeasuredAtom& a = w.atom(i);
        w.cutL[i] = a.remL;
        w.width[i] = a.mid();
        if (i > 0) w.glue[i] = a.glue;
        w.spacesOrGlue = w.spacesOrGlue || a.glue > 0 || w.kind(i) == AtomKind::Space;
    }
    w.startCut = w.lm.startCut(w.s, wrapped);
    w.endCut = w.b > w.s ? w.lm.endCut(w.b) : 0;
    w.cutL[0] += w.kind(0) == AtomKind::Space ? 0 : w.startCut;
    w.width[0] -= w.startCut;
    const size_t lastIdx = w.b - 1 - w.s;
    if (w.b > w.s && (lastIdx != 0 || w.kind(0) != AtomKind::Space)) w.width[lastIdx] -= w.endCut;
    // R-HANG-3: the hanging mark keeps only its ink half, just outside the measure.
    if (span.hanging) w.width[w.n - 1] -= w.mp.m[span.last - 1].trimEnd;
}

// The shrink resources of one §6.1 level on the line: capacities and where they act.
enum class Side { LeftBlank, RightBlank, Glue, Space };
struct Resources {
    std::vector<Length> cap;
    std::vector<std::pair<size_t, Side>> who;
};

Resources shrinkResources(const LineWork& w, ShrinkLevel level) {
    Resources r;
    for (size_t i = 0; w.isSet(i); ++i) {
        const MeasuredAtom& a = w.atom(i);
        const AtomKind k = w.kind(i);
        const bool atStart = i == 0, atEnd = !w.isSet(i + 1);
        if (level == ShrinkLevel::Autospace && i > 0 && a.glue > 0) {
            r.cap.push_back(glueShrink(a));
            r.who.push_back({i, Side::Glue});
        }
        if (k == AtomKind::Space && !atStart && !atEnd && a.shrinkLevel == level) {
            r.cap.push_back(spaceShrink(a, k));
            r.who.push_back({i, Side::Space});
        }
        if (a.shrinkLevel != level || k == AtomKind::Space) continue;
        if (a.shrinkL > 0 && !(atStart && w.startCut > 0)) {
            r.cap.push_back(a.shrinkL);
            r.who.push_back({i, Side::LeftBlank});
        }
        if (a.shrinkR > 0 && !(atEnd && w.endCut > 0)) {
            r.cap.push_back(a.shrinkR);
            r.who.push_back({i, Side::RightBlank});
        }
    }
    return r;
}

// Stage 2a (§6.1): P2 spaces, P4 brackets, P5 comma/colon, P6 autospace, P7 stops, each level
// equally before the next. Returns what could not be taken (> 0: the line is overfull).
Length shrink(LineWork& w, Length excess) {
    const ShrinkLevel order[] = {ShrinkLevel::Space, ShrinkLevel::Bracket, ShrinkLevel::Comma,
                                 ShrinkLevel::Autospace, ShrinkLevel::Stop};
    for (ShrinkLevel level : order) {
        if (excess <= 0) break;
        const Resources r = shrinkResources(w, level);
        const auto take = fillEqually(r.cap, excess);
        for (size_t j = 0; j < r.who.size(); ++j) {
            const auto [i, side] = r.who[j];
            if (take[j] == 0) continue;
            if (side == Side::LeftBlank) w.cutL[i] += take[j];
            if (side == Side::Glue)
                w.glue[i] -= take[j];
            else
                w.width[i] -= take[j];
            excess -= take[j];
        }
    }
    return excess;
}

// E1 (level 1): word spaces up to their maximum; E2 (level 2): autospace, as glue or as a typed
// space that became autospace (R-AS-4), up to its maximum. Returns the slack left.
Length expandSpaces(LineWork& w, int level, Length slack) {
    std::vector<Length> cap;
    std::vector<std::pair<size_t, bool>> who;  // bool: glue (true) or space width
    for (size_t i = 1; w.isSet(i); ++i) {
        const MeasuredAtom& a = w.atom(i);
        const bool isSpace = w.kind(i) == AtomKind::Space && w.isSet(i + 1);
        if (isSpace && a.spaceIsAutospace == (level == 2)) {
            cap.push_back(std::max<Length>(0, a.spaceMax - w.width[i]));
            who.push_back({i, false});
        }
        if (level == 2 && a.glue > 0) {
            cap.push_back(std::max<Length>(0, a.glueMax - w.glue[i]));
            who.push_back({i, true});
        }
    }
    const auto take = fillEqually(cap, slack);
    for (size_t j = 0; j < who.size(); ++j) {
        const auto [i, isGlue] = who[j];
        (isGlue ? w.glue[i] : w.width[i]) += take[j];
        slack -= take[j];
    }
    return slack;
}

// Stage 2b (§6.2): E1, E2, then E3 on the justification gaps equally, or E4 (last resort) on
// every gap outside Latin words. Returns whether E4 was needed; `stretch` gets the largest
// space given to one gap.
bool expand(LineWork& w, Length slack, Length& stretch) {
    for (int level = 1; level <= 2 && slack > 0 && w.spacesOrGlue; ++level)
        slack = expandSpaces(w, level, slack);
    if (slack <= 0) return false;
    // A space that ends the line takes no width (R-EDGE-3) and no justification space.
    auto endsLine = [&](size_t i) { return !w.isSet(i + 1) && w.kind(i) == AtomKind::Space; };
    // add[i] marks the gaps (it is still all zero) until it receives their shares.
    size_t gaps = 0;
    for (size_t i = 1; w.isSet(i); ++i)
        if (isJustificationGap(w.mp, w.s + i) && !endsLine(i)) {
            w.add[i] = 1;
            ++gaps;
        }
    const bool everyGap = gaps == 0;
    // E4 never letter-spaces a Latin word or link: a line that is nothing but pieces of one (an
    // emergency break) is left short, flush start, and reported as loose.
    if (everyGap)
        for (size_t i = 1; w.isSet(i); ++i)
            if (isLastResortGap(w.mp, w.s + i) && !endsLine(i)) {
                w.add[i] = 1;
                ++gaps;
            }
    if (gaps == 0) return everyGap && w.b > w.s + 1;
    size_t j = 0;
    for (size_t i = 1; w.isSet(i); ++i)
        if (w.add[i] != 0) w.add[i] = shareOf(slack, gaps, j++);
    stretch = shareOf(slack, gaps, 0);
    return everyGap;
}

// Stage 3: x of every atom, the set width and the alignment offset.
void place(LineWork& w, const LineSpan& span, LineAlign align, bool justified, JustifiedLine& out) {
    out.x.resize(w.n);
    Length x = 0;
    for (size_t i = 0; i < w.n; ++i) {
        if (i > 0) x += w.glue[i] + w.add[i];
        out.x[i] = x;
        if (w.isSet(i)) x += w.width[i];
    }
    out.width = 0;
    for (size_t i = 0; w.isSet(i); ++i)
        out.width += w.width[i] + (i > 0 ? w.glue[i] + w.add[i] : 0);
    out.cutL = std::move(w.cutL);
    out.gapAdd = std::move(w.add);
    const Length W = span.measure;
    if (!justified || out.width < W) {
        const Length room = W - out.width;
        if (align == LineAlign::Center && room > 0) out.offset = room / 2;
        if (align == LineAlign::End && room > 0) out.offset = room;
    }
}

}  // namespace

JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineSpan& span, bool wrapped,
                          LineAlign align) {
    return justifyLine(mp, LineMetrics(mp), span, wrapped, align);
}

JustifiedLine justifyLine(const MeasuredParagraph& mp, const LineMetrics& lm, const LineSpan& span,
                          bool wrapped, LineAlign align) {
    // width and glue live only during the call: per-thread buffers spare two allocations per
    // line (cutL and add become the result's arrays).
    thread_local std::vector<Length> widthBuffer, glueBuffer;
    LineWork w{mp,
               lm,
               span.first,
               span.hanging ? span.last - 1u : span.last,
               span.last - span.first,
               0,
               0,
               widthBuffer,
               glueBuffer,
               {},
               {},
               false};
    setWidths(w, span, wrapped);
    JustifiedLine out;
    out.span = span;
    const Length natural = w.natural();
    const Length W = span.measure;
    const bool justifyThis = align == LineAlign::Justify && !span.isLast;
    if (natural > W)
        out.overfull = shrink(w, natural - W) > 0;
    else if (natural < W && justifyThis)
        out.loose = expand(w, W - natural, out.gapStretch) ||
                    out.gapStretch > emFraction(mp.options.looseLimitMilliEm, mp.size);
    place(w, span, align, justifyThis, out);
    return out;
}

}  // namespace bm::text
