// SPDX-License-Identifier: MIT
#include "layout/text/measure.h"

#include <algorithm>

#include "layout/base/utf.h"
#include "layout/unicode/line_breaks.h"

namespace bm::text {

namespace {

// §4.1: blanks removed everywhere by the style's base widths.
void applyBaseWidths(PunctStyle style, AtomKind k, MeasuredAtom& a) {
    const bool kaimingHalf =
        k == AtomKind::Comma || k == AtomKind::Colon || k == AtomKind::Open || k == AtomKind::Close;
    const bool halfAll = hasBlank(k);
    if ((style == PunctStyle::Kaiming && kaimingHalf) || (style == PunctStyle::Half && halfAll)) {
        a.remL = a.blankL;
        a.remR = a.blankR;
    }
}

bool rightIntact(const MeasuredAtom& a) { return a.blankR > 0 && a.remR == 0; }
bool leftIntact(const MeasuredAtom& a) { return a.blankL > 0 && a.remL == 0; }

// §4.2 R-ADJ-1…6, left to right. A rule acts only where both facing blanks survived the style
// ("two marks that would occupy 2 em become 1.5"), so 开明式 `。”` stays 1 + 0.5.
void applyAdjacentPairs(MeasuredParagraph& mp) {
    auto& atoms = mp.atoms;
    auto& m = mp.m;
    // Blanks are judged as the style left them: step i writes only m[i].remR and m[i + 1].remL,
    // so m[i + 1] is still untouched when step i reads it, and atom i's flags carry over.
    bool intactR = !m.empty() && rightIntact(m[0]);
    bool intactL = !m.empty() && leftIntact(m[0]);
    for (size_t i = 0; i + 1 < atoms.size(); ++i) {
        const bool nextIntactR = rightIntact(m[i + 1]), nextIntactL = leftIntact(m[i + 1]);
        const AtomKind a = atoms[i].kind, b = atoms[i + 1].kind;
        if (atoms[i].exqPairFirst) {
            // handled below
        } else if (isClosingLike(a) && isClosingLike(b) && intactR &&
                   (nextIntactR || atoms[i + 1].exqPairFirst)) {
            m[i].remR = m[i].blankR;  // R-ADJ-1
        } else if (isClosingLike(a) && b == AtomKind::Open && intactR && nextIntactL) {
            m[i].remR = m[i].blankR;  // R-ADJ-2
        } else if (a == AtomKind::Open && b == AtomKind::Open && intactL && nextIntactL) {
            m[i + 1].remL = m[i + 1].blankL;  // R-ADJ-3
        } else if ((a == AtomKind::Close || a == AtomKind::Comma || a == AtomKind::Stop) &&
                   b == AtomKind::MidDot && intactR) {
            m[i].remR = m[i].blankR;  // R-ADJ-5
        }
        intactR = nextIntactR;
        intactL = nextIntactL;
    }
    // R-ADJ-6: a ？！ pair takes 1 em, both marks half and neither compressible further.
    for (size_t i = 0; i < atoms.size(); ++i)
        if (atoms[i].exqPairFirst || atoms[i].exqPairSecond) m[i].remR = m[i].blankR;
}

bool isHanLike(AtomKind k) { return k == AtomKind::Han; }

}  // namespace

void applyTypesettingRules(MeasuredParagraph& mp, const std::vector<RawAtomMetrics>& raw,
                           const std::vector<TrackingSpan>& tracking) {
    const TypesetOptions& o = mp.options;
    const Length em = mp.size;
    const size_t n = mp.atoms.size();
    mp.m.resize(n);
    for (size_t i = 0; i < n; ++i) {
        MeasuredAtom& a = mp.m[i];
        const Atom& at = mp.atoms[i];
        a.full = raw[i].full;
        a.blankL = raw[i].blankL;
        a.blankR = raw[i].blankR;
        a.remL = a.remR = 0;
        if (at.leadingIndentSpace) {
            a.full = a.blankL = a.blankR = 0;  // R-IND-2: the typed spaces are the indent
            continue;
        }
        if (o.punct != PunctStyle::None) applyBaseWidths(o.punct, at.kind, a);
    }
    if (o.punct == PunctStyle::Full || o.punct == PunctStyle::Kaiming ||
        o.punct == PunctStyle::Half)
        applyAdjacentPairs(mp);

    // One pass for the per-atom rules below: each reads the atom's own measurements and the
    // kinds of its neighbours, and writes only the atom.
    auto glueFor = [&](bool digit) { return digit ? o.autospaceDigitMilliEm : o.autospaceMilliEm; };
    for (size_t i = 0; i < n; ++i) {
        MeasuredAtom& a = mp.m[i];
        const Atom& at = mp.atoms[i];
        const bool pair = at.exqPairFirst || at.exqPairSecond;
        // §4.3 edges.
        if (o.lineEnd == LineEnd::Trim && isClosingLike(at.kind) && !pair)
            a.trimEnd = a.blankR - a.remR;
        if (o.trimStartWrapped && at.kind == AtomKind::Open) a.trimStart = a.blankL - a.remL;
        // §6.1 shrink resources left mid-line.
        if (!pair && o.punct != PunctStyle::None) {
            switch (at.kind) {
                case AtomKind::Open:
                    a.shrinkL = a.blankL - a.remL;
                    a.shrinkLevel = ShrinkLevel::Bracket;
                    break;
                case AtomKind::Close:
                    a.shrinkR = a.blankR - a.remR;
                    a.shrinkLevel = ShrinkLevel::Bracket;
                    break;
                case AtomKind::Comma:
                case AtomKind::Colon:
                    a.shrinkR = a.blankR - a.remR;
                    a.shrinkLevel = ShrinkLevel::Comma;
                    break;
                case AtomKind::Stop:
                case AtomKind::Exq:
                    if (o.compressSentenceEnd) {
                        a.shrinkR = a.blankR - a.remR;
                        a.shrinkLevel = ShrinkLevel::Stop;
                    }
                    break;
                default:
                    break;
            }
            if (a.shrinkL == 0 && a.shrinkR == 0) a.shrinkLevel = ShrinkLevel::None;
        }

        // §7 autospace between Han and a Latin word or number, as glue before the right atom.
        if (i > 0) {
            const Atom& p = mp.atoms[i - 1];
            const Atom& c = at;
            int natural = -1;
            if (isHanLike(p.kind) && c.kind == AtomKind::Word && c.wordStartsAlnum)
                natural = glueFor(c.wordStartsDigit);
            else if (p.kind == AtomKind::Word && p.wordEndsAlnum && isHanLike(c.kind))
                natural = glueFor(p.wordEndsDigit);
            if (natural > 0) {
                a.glue = emFraction(natural, em);
                a.glueMin = std::min(a.glue, emFraction(o.autospaceMinMilliEm, em));
                a.glueMax = std::max(a.glue, emFraction(o.autospaceMaxMilliEm, em));
            }
        }

        // Word spaces; R-AS-4: one typed space between Han and Latin/digits becomes the autospace.
        if (at.kind != AtomKind::Space || at.leadingIndentSpace) continue;
        a.spaceMin = std::min(a.full, emFraction(o.spaceMinMilliEm, em));
        a.spaceMax = std::max(a.full, emFraction(o.spaceMaxMilliEm, em));
        a.shrinkLevel = ShrinkLevel::Space;
        if (i > 0 && i + 1 < n && at.end - at.begin == 1) {
            const Atom& p = mp.atoms[i - 1];
            const Atom& q = mp.atoms[i + 1];
            const bool hanLatin =
                isHanLike(p.kind) && q.kind == AtomKind::Word && q.wordStartsAlnum;
            const bool latinHan = p.kind == AtomKind::Word && p.wordEndsAlnum && isHanLike(q.kind);
            if (hanLatin || latinHan) {
                const bool digit = hanLatin ? q.wordStartsDigit : p.wordEndsDigit;
                const int natural = glueFor(digit);
                a.full = emFraction(natural, em);
                a.spaceMin = std::min(a.full, emFraction(o.autospaceMinMilliEm, em));
                a.spaceMax = std::max(a.full, emFraction(o.autospaceMaxMilliEm, em));
                a.spaceIsAutospace = true;
                a.shrinkLevel = ShrinkLevel::Autospace;
            }
        }
    }
    // Tracking (style-wide and per range): after every character of the atom.
    if (o.trackingMilliEm != 0 || !tracking.empty()) {
        for (size_t i = 0; i < n; ++i) {
            const Atom& at = mp.atoms[i];
            if (at.kind == AtomKind::Space || at.leadingIndentSpace) continue;
            int perChar = o.trackingMilliEm;
            for (const auto& t : tracking)
                if (at.begin >= t.begin && at.begin < t.end) perChar += t.milliEm;
            if (perChar == 0) continue;
            const auto chars = static_cast<Length>(
                countChars(std::u16string_view(mp.text).substr(at.begin, at.end - at.begin)));
            Length extra = emFraction(perChar, em) * std::max<Length>(1, chars);
            // Tightening never eats into the glyphs' own frame beyond half of it.
            extra = std::max(extra, -mp.m[i].mid() / 2);
            mp.m[i].full += extra;
        }
    }
}

namespace {

// TMM width of one code point, in 1/1000 em.
int tmmWidth(char32_t c, unicode::CjkClass k) {
    using unicode::CjkClass;
    switch (k) {
        case CjkClass::Han:
        case CjkClass::Open:
        case CjkClass::Close:
        case CjkClass::Comma:
        case CjkClass::Colon:
        case CjkClass::Stop:
        case CjkClass::Exq:
        case CjkClass::IdSpace:
        case CjkClass::Dash:
        case CjkClass::Ellipsis:
            return 1000;
        case CjkClass::MidDot:
            return 500;
        case CjkClass::Connector:
            return c == 0x2013 ? 500 : 1000;
        case CjkClass::Solidus:
            return 500;
        case CjkClass::Space:
            return 250;
        default:
            return 500;
    }
}

}  // namespace

MeasuredParagraph measureSynthetic(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent,
                                   const std::vector<TrackingSpan>& tracking) {
    MeasuredParagraph mp;
    mp.text = std::u16string(text);
    mp.size = size;
    mp.indent = indent;
    mp.options = options;
    mp.synthetic = true;
    unicode::BreakRules rules;
    rules.level = options.kinsoku;
    const auto breaks = unicode::findBreakOpportunities(text, rules);
    mp.atoms = atomize(text, breaks, indent > 0);
    std::vector<RawAtomMetrics> raw(mp.atoms.size());
    for (size_t i = 0; i < mp.atoms.size(); ++i) {
        const Atom& at = mp.atoms[i];
        int milli = 0;
        size_t k = at.begin;
        while (k < at.end) {
            const char32_t c = nextCodePoint(text, k);
            milli += tmmWidth(c, unicode::classify(c));
        }
        raw[i].full = emFraction(milli, size);
        const Length half = emFraction(500, size);
        if (at.kind == AtomKind::Open) raw[i].blankL = half;
        if (isClosingLike(at.kind)) raw[i].blankR = half;
    }
    applyTypesettingRules(mp, raw, tracking);
    return mp;
}

}  // namespace bm::text
