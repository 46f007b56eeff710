// SPDX-License-Identifier: MIT
#include "layout/text/line_breaker.h"

#include <limits>

#include "layout/base/utf.h"
#include "layout/text/hyphenate.h"
#include "layout/text/justify.h"
#include "layout/text/line_metrics.h"

namespace bm::text {

namespace {

bool isHangable(const MeasuredParagraph& mp, size_t i) {
    const AtomKind k = mp.atoms[i].kind;
    const char16_t c = mp.text[mp.atoms[i].begin];
    // R-HANG-1: ，。、 (and ：；！？． with hang_all_pause_marks); never closing brackets.
    if (c == u'，' || c == u'。' || c == u'、') return true;
    return mp.options.hangAllPauseMarks &&
           (k == AtomKind::Colon || k == AtomKind::Exq || k == AtomKind::Stop) &&
           !mp.atoms[i].exqPairFirst && !mp.atoms[i].exqPairSecond;
}

bool allowedBefore(const MeasuredParagraph& mp, size_t b) {
    return b >= mp.atoms.size() || mp.atoms[b].breakBefore;
}

// Content width of a line other than punctuation and spaces (R-ORP-1).
Length contentWidth(const MeasuredParagraph& mp, size_t s, size_t b) {
    Length w = 0;
    for (size_t i = s; i < b; ++i) {
        const AtomKind k = mp.atoms[i].kind;
        if (k == AtomKind::Han || k == AtomKind::Word || k == AtomKind::Other) w += mp.m[i].mid();
    }
    return w;
}

bool isEmergencyPoint(InnerBreak b, bool lastResortToo) {
    return b == InnerBreak::Emergency || (lastResortToo && b == InnerBreak::LastResort);
}

// The Latin run (word, number or link) around the boundary before atom e, for messages.
std::string runAround(const MeasuredParagraph& mp, size_t e) {
    size_t first = e - 1, last = e;
    while (first > 0 && mp.atoms[first].continuesWord) --first;
    while (last + 1 < mp.atoms.size() && mp.atoms[last + 1].continuesWord) ++last;
    const std::u16string_view t(mp.text);
    return utf16ToUtf8(t.substr(mp.atoms[first].begin, mp.atoms[e].begin - mp.atoms[first].begin)) +
           "|" + utf16ToUtf8(t.substr(mp.atoms[e].begin, mp.atoms[last].end - mp.atoms[e].begin));
}

}  // namespace

std::string excerpt(const MeasuredParagraph& mp, size_t first, size_t last) {
    constexpr size_t kMaxChars = 24;
    const std::u16string_view t(mp.text);
    const std::u16string_view line =
        t.substr(mp.atoms[first].begin, mp.atoms[last - 1].end - mp.atoms[first].begin);
    size_t i = 0, chars = 0;
    while (i < line.size() && chars < kMaxChars) {
        nextCodePoint(line, i);
        ++chars;
    }
    return utf16ToUtf8(line.substr(0, i)) + (i < line.size() ? "…" : "");
}

namespace {

class Breaker {
public:
    Breaker(const MeasuredParagraph& mp, const LineMetrics& lm, const LineWidths& widths,
            bool justified)
        : m_mp(mp), m_lm(lm), m_widths(widths), m_n(mp.atoms.size()), m_justified(justified) {}

    LineBreaks run() {
        m_out.lines.reserve(m_n / 8 + 1);  // newspaper columns hold 8 atoms or more a line
        size_t s = 0;
        while (s < m_n) {
            LineSpan line = nextLine(s, m_out.lines.size());
            s = line.last;
            m_out.lines.push_back(line);
        }
        if (!m_out.lines.empty()) m_out.lines.back().isLast = true;
        if (m_mp.options.orphan != OrphanMode::Off) fixOrphan();
        return std::move(m_out);
    }

private:
    Length available(size_t lineIndex) const {
        Length w = m_widths.at(lineIndex);
        if (lineIndex == 0) w -= m_mp.indent;
        return w;
    }

    LineSpan make(size_t s, size_t b, size_t lineIndex) const {
        LineSpan l;
        l.first = static_cast<std::uint32_t>(s);
        l.last = static_cast<std::uint32_t>(b);
        l.measure = available(lineIndex);
        l.natural = m_lm.natural(s, b, lineIndex > 0);
        return l;
    }

    LineSpan nextLine(size_t s, size_t lineIndex) {
        const Length W = available(lineIndex);
        const bool wrapped = lineIndex > 0;
        // Step 2: the natural, kinsoku-blind break b0.
        size_t b0 = m_lm.firstFitEnd(s, wrapped, W);
        // Step 3: last line, or an allowed break.
        if (b0 == m_n || allowedBefore(m_mp, b0)) return make(s, b0, lineIndex);
        // The first atom alone does not fit (an absurdly narrow measure): take what the rules
        // allow and report it rather than looping.
        const bool firstOverflows = m_lm.natural(s, s + 1, wrapped) > W;
        // Step 4: hang one mark.
        if (m_mp.options.hanging && !firstOverflows && isHangable(m_mp, b0) &&
            allowedBefore(m_mp, b0 + 1)) {
            LineSpan l = make(s, b0 + 1, lineIndex);
            l.hanging = true;
            return l;
        }
        // Step 5: push in.
        size_t b1 = b0 + 1;
        while (b1 < m_n && !allowedBefore(m_mp, b1)) ++b1;
        if (m_mp.options.kinsokuMode == KinsokuMode::PushInFirst &&
            m_lm.natural(s, b1, wrapped) - m_lm.shrink(s, b1, wrapped) <= W)
            return make(s, b1, lineIndex);
        // Step 6: push out, unless that leaves a loose line before a long word or link that may
        // break inside (paper-kaiming: `示，` alone before a long word).
        size_t b2 = b0 - 1;
        while (b2 > s && !allowedBefore(m_mp, b2)) --b2;
        if (b2 > s) {
            if (m_justified && !m_mp.atoms[b2].continuesWord && isLongRun(b2, W)) {
                const size_t e = lastEmergencyPoint(b2 + 1, b0, false);
                if (e > 0 && stretchPerGap(s, b2, lineIndex) > looseLimit())
                    return emergency(s, e, lineIndex, "the line before it would be loose");
            }
            return make(s, b2, lineIndex);
        }
        // Step 7: nothing allowed fits: an emergency break inside the run is better than an
        // overfull line.
        if (const size_t e = lastEmergencyPoint(s + 1, b0, true); e > 0)
            return emergency(s, e, lineIndex,
                             firstOverflows ? "one character is wider than the measure"
                                            : "nothing else fits the measure");
        // No allowed break fits: take the whole unbreakable run if it fits nowhere else.
        LineSpan l = make(s, firstOverflows ? b1 : b0, lineIndex);
        l.forced = !firstOverflows;
        m_out.diagnostics.push_back(
            "line " + std::to_string(lineIndex + 1) + " «" + excerpt(m_mp, l.first, l.last) +
            (firstOverflows
                 ? "»: line overflows the measure: an unbreakable run is wider than the column"
                 : "»: 禁则 violation forced: no allowed break fits the measure"));
        return l;
    }

    // The last emergency point e in [lo, hi] (0: none); LastResort points only if asked.
    size_t lastEmergencyPoint(size_t lo, size_t hi, bool lastResortToo) const {
        for (size_t e = hi; e >= lo && e > 0; --e)
            if (isEmergencyPoint(m_mp.atoms[e].inner, lastResortToo)) return e;
        return 0;
    }

    LineSpan emergency(size_t s, size_t e, size_t lineIndex, const char* why) {
        LineSpan l = make(s, e, lineIndex);
        l.emergency = true;
        std::string msg = "line " + std::to_string(lineIndex + 1) + ": emergency break in «" +
                          runAround(m_mp, e) + "» (" + why + ")";
        if (m_mp.options.hyphenate && !Hyphenator::english().available())
            msg += "; no hyphenation patterns at " + Hyphenator::english().path();
        m_out.diagnostics.push_back(msg);
        return l;
    }

    // Whether the Latin run starting at atom r is wider than half the measure: only such a long
    // run is broken at an emergency point to spare the line before it (a name like James is
    // pushed whole and the loose line reported).
    bool isLongRun(size_t r, Length W) const {
        Length w = m_mp.m[r].mid();
        for (size_t i = r + 1; i < m_n && m_mp.atoms[i].continuesWord && 2 * w <= W; ++i)
            w += m_mp.m[i].mid();
        return 2 * w > W;
    }

    Length looseLimit() const { return emFraction(m_mp.options.looseLimitMilliEm, m_mp.size); }

    // The space one justification gap of the line [s, b) would take once word spaces and
    // autospace are at their limits (§6.2 E3); the largest Length when only E4 could fill it.
    Length stretchPerGap(size_t s, size_t b, size_t lineIndex) const {
        Length slack = available(lineIndex) - m_lm.natural(s, b, lineIndex > 0);
        size_t gaps = 0;
        for (size_t i = s + 1; i < b; ++i) {
            const MeasuredAtom& a = m_mp.m[i];
            const bool space = m_mp.atoms[i].kind == AtomKind::Space;
            if (space && i + 1 < b) slack -= std::max<Length>(0, a.spaceMax - a.mid());
            if (a.glue > 0) slack -= std::max<Length>(0, a.glueMax - a.glue);
            if (isJustificationGap(m_mp, i) && !(space && i + 1 == b)) ++gaps;
        }
        if (slack <= 0) return 0;
        return gaps > 0 ? slack / static_cast<Length>(gaps) : std::numeric_limits<Length>::max();
    }

    // §9.2: the last line must hold at least min_last_line of content.
    void fixOrphan() {
        auto& lines = m_out.lines;
        if (lines.size() < 2) return;
        const size_t li = lines.size() - 1;
        LineSpan& prev = lines[li - 1];
        LineSpan& last = lines[li];
        const Length minContent = emFraction(m_mp.options.minLastLineMilliEm, m_mp.size);
        if (contentWidth(m_mp, last.first, last.last) >= minContent) return;
        const bool prevWrapped = li - 1 > 0;
        // 1. push in: merge the orphan into the previous line by compression.
        if (m_mp.options.orphan == OrphanMode::PushInFirst) {
            const Length n = m_lm.natural(prev.first, m_n, prevWrapped);
            const Length sh = m_lm.shrink(prev.first, m_n, prevWrapped);
            if (n - sh <= prev.measure) {
                prev.last = static_cast<std::uint32_t>(m_n);
                prev.natural = n;
                prev.isLast = true;
                prev.hanging = false;
                lines.pop_back();
                return;
            }
        }
        // 2. push out: move the previous line's break back once.
        size_t b2 = prev.last - 1;
        while (b2 > prev.first && !allowedBefore(m_mp, b2)) --b2;
        if (b2 <= prev.first) return;
        const Length prevNatural = m_lm.natural(prev.first, b2, prevWrapped);
        const Length maxSlack = emFraction(m_mp.options.maxOrphanExpansionMilliEm, m_mp.size);
        if (prev.measure - prevNatural > maxSlack) {
            m_out.diagnostics.push_back("orphan left: fixing it would loosen the line too much");
            return;
        }
        const Length lastNatural = m_lm.natural(b2, m_n, true);
        if (lastNatural > last.measure) return;
        prev.last = static_cast<std::uint32_t>(b2);
        prev.natural = prevNatural;
        prev.hanging = false;
        last.first = static_cast<std::uint32_t>(b2);
        last.natural = lastNatural;
    }

    const MeasuredParagraph& m_mp;
    const LineMetrics& m_lm;
    const LineWidths& m_widths;
    size_t m_n;
    bool m_justified;
    LineBreaks m_out;
};

}  // namespace

LineBreaks breakLines(const MeasuredParagraph& mp, const LineWidths& widths, bool justified) {
    if (mp.atoms.empty()) return {};
    return breakLines(mp, LineMetrics(mp), widths, justified);
}

LineBreaks breakLines(const MeasuredParagraph& mp, const LineMetrics& lm, const LineWidths& widths,
                      bool justified) {
    if (mp.atoms.empty()) return {};
    return Breaker(mp, lm, widths, justified).run();
}

}  // namespace bm::text
