// SPDX-License-Identifier: MIT
#include "layout/text/measure.h"

#include <algorithm>

#include "layout/base/utf.h"
#include "layout/text/word_breaks.h"
#include "layout/unicode/line_breaks.h"

namespace bm::text {

namespace {

// §4.1: blanks removed everywhere by the style's base widths.
void applyBaseWidths(const PunctRules& rules, AtomKind k, MeasuredAtom& a) {
    const bool pauseOrBracket =
        k == AtomKind::Comma || k == AtomKind::Colon || k == AtomKind::Open || k == AtomKind::Close;
    const bool sentenceEnd = k == AtomKind::Stop || k == AtomKind::Exq;
    if ((rules.halfPauseAndBrackets && pauseOrBracket) || (rules.halfSentenceEnds && sentenceEnd)) {
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

int autospaceFor(const TypesetOptions& o, bool digit) {
    return digit ? o.autospaceDigitMilliEm : o.autospaceMilliEm;
}

// §4.3 edge trims and §6.1 shrink resources left mid-line.
void setEdgesAndShrink(const TypesetOptions& o, const PunctRules& punct, const Atom& at,
                       MeasuredAtom& a) {
    const bool pair = at.exqPairFirst || at.exqPairSecond;
    if (o.lineEnd == LineEnd::Trim && isClosingLike(at.kind) && !pair)
        a.trimEnd = a.blankR - a.remR;
    if (o.trimStartWrapped && at.kind == AtomKind::Open) a.trimStart = a.blankL - a.remL;
    if (pair || !punct.compressible) return;
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

// §7 autospace between Han and a Latin word or number, as glue before the right atom i.
void setAutospaceGlue(const MeasuredParagraph& mp, size_t i, MeasuredAtom& a) {
    if (i == 0) return;
    const TypesetOptions& o = mp.options;
    const Atom& p = mp.atoms[i - 1];
    const Atom& c = mp.atoms[i];
    int natural = -1;
    if (isHanLike(p.kind) && c.kind == AtomKind::Word && c.wordStartsAlnum)
        natural = autospaceFor(o, c.wordStartsDigit);
    else if (p.kind == AtomKind::Word && p.wordEndsAlnum && isHanLike(c.kind))
        natural = autospaceFor(o, p.wordEndsDigit);
    if (natural <= 0) return;
    a.glue = emFraction(natural, mp.size);
    a.glueMin = std::min<Length>(a.glue, emFraction(o.autospaceMinMilliEm, mp.size));
    a.glueMax = std::max<Length>(a.glue, emFraction(o.autospaceMaxMilliEm, mp.size));
}

// Word spaces (E1/P2); R-AS-4: one typed space between Han and Latin/digits becomes the
// autospace.
void setWordSpace(const MeasuredParagraph& mp, size_t i, MeasuredAtom& a) {
    const TypesetOptions& o = mp.options;
    const Length em = mp.size;
    const Atom& at = mp.atoms[i];
    a.spaceMin = std::min<Length>(a.full, emFraction(o.spaceMinMilliEm, em));
    // A house space (CharWidths::space) stretches like the gaps around it (E3), not first (E1).
    a.spaceMax = o.charWidths.space.isSet()
                     ? a.full
                     : std::max<Length>(a.full, emFraction(o.spaceMaxMilliEm, em));
    a.shrinkLevel = ShrinkLevel::Space;
    if (i == 0 || i + 1 >= mp.atoms.size() || at.end - at.begin != 1) return;
    const Atom& p = mp.atoms[i - 1];
    const Atom& q = mp.atoms[i + 1];
    const bool hanLatin = isHanLike(p.kind) && q.kind == AtomKind::Word && q.wordStartsAlnum;
    const bool latinHan = p.kind == AtomKind::Word && p.wordEndsAlnum && isHanLike(q.kind);
    if (!hanLatin && !latinHan) return;
    const int natural = autospaceFor(o, hanLatin ? q.wordStartsDigit : p.wordEndsDigit);
    a.full = emFraction(natural, em);
    a.spaceMin = std::min<Length>(a.full, emFraction(o.autospaceMinMilliEm, em));
    a.spaceMax = std::max<Length>(a.full, emFraction(o.autospaceMaxMilliEm, em));
    a.spaceIsAutospace = true;
    a.shrinkLevel = ShrinkLevel::Autospace;
}

// Tracking (style-wide and per range): after every character of the atom.
void applyTracking(MeasuredParagraph& mp, const std::vector<TrackingSpan>& tracking) {
    const TypesetOptions& o = mp.options;
    if (o.trackingMilliEm == 0 && tracking.empty()) return;
    for (size_t i = 0; i < mp.atoms.size(); ++i) {
        const Atom& at = mp.atoms[i];
        if (at.kind == AtomKind::Space || at.leadingIndentSpace) continue;
        int perChar = o.trackingMilliEm;
        for (const auto& t : tracking)
            if (at.begin >= t.begin && at.begin < t.end) perChar += t.milliEm;
        if (perChar == 0) continue;
        const auto chars = static_cast<Length>(
            countChars(std::u16string_view(mp.text).substr(at.begin, at.end - at.begin)));
        Length extra = emFraction(perChar, mp.size) * std::max<Length>(1, chars);
        // Tightening never eats into the glyphs' own frame beyond half of it.
        extra = std::max(extra, -mp.m[i].mid() / 2);
        mp.m[i].full += extra;
    }
}

}  // namespace

void applyTypesettingRules(MeasuredParagraph& mp, const std::vector<RawAtomMetrics>& raw,
                           const std::vector<TrackingSpan>& tracking) {
    const TypesetOptions& o = mp.options;
    const PunctRules punct = punctRules(o.punct);
    const size_t n = mp.atoms.size();
    mp.m.resize(n);
    for (size_t i = 0; i < n; ++i) {
        MeasuredAtom& a = mp.m[i];
        const Atom& at = mp.atoms[i];
        a.full = raw[i].full;
        a.blankL = raw[i].blankL;
        a.blankR = raw[i].blankR;
        a.hyphen = raw[i].hyphen;
        a.hyphenGlyph = raw[i].hyphenGlyph;
        a.hyphenFace = raw[i].hyphenFace;
        a.remL = a.remR = 0;
        if (at.leadingIndentSpace) {
            a.full = a.blankL = a.blankR = 0;  // R-IND-2: the typed spaces are the indent
            continue;
        }
        applyBaseWidths(punct, at.kind, a);
    }
    if (punct.adjacentPairs) applyAdjacentPairs(mp);
    // One pass for the per-atom rules: each reads the atom's own measurements and the kinds of
    // its neighbours, and writes only the atom.
    for (size_t i = 0; i < n; ++i) {
        MeasuredAtom& a = mp.m[i];
        const Atom& at = mp.atoms[i];
        setEdgesAndShrink(o, punct, at, a);
        setAutospaceGlue(mp, i, a);
        if (at.kind == AtomKind::Space && !at.leadingIndentSpace) setWordSpace(mp, i, a);
    }
    applyTracking(mp, tracking);
}

Length houseWidth(const MeasuredParagraph& mp, const Atom& a, size_t offset) {
    const CharWidths& w = mp.options.charWidths;
    const std::u16string& t = mp.text;
    auto digit = [&](size_t k) { return k < t.size() && t[k] >= u'0' && t[k] <= u'9'; };
    EmRatio r;
    switch (t[offset]) {
        case u'%':
            r = w.percent;
            break;
        case u'.':
            if (!a.inLink && offset > 0 && digit(offset - 1) && digit(offset + 1))
                r = w.decimalPoint;
            break;
        case u'/':
            if (!a.inLink) r = w.solidus;
            break;
        case u'(':
        case u')':
            r = w.parentheses;
            break;
        case u' ':
            if (a.kind == AtomKind::Space && !a.leadingIndentSpace) r = w.space;
            break;
        default:
            break;
    }
    return r.isSet() ? r.at(mp.size) : 0;
}

MeasuredParagraph atomizeParagraph(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent) {
    MeasuredParagraph mp;
    mp.text = std::u16string(text);
    mp.size = size;
    mp.indent = indent;
    mp.options = options;
    unicode::BreakRules rules;
    rules.level = options.kinsoku;
    const auto breaks = unicode::findBreakOpportunities(text, rules);
    mp.atoms = atomize(text, breaks, indent > 0);
    splitWords(text, mp.atoms, options);
    return mp;
}

}  // namespace bm::text
