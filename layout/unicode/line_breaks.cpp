// SPDX-License-Identifier: MIT
// Break opportunities in two passes (docs/typesetting.md §2):
//  1. ICU's line iterator, zh locale with lb=strict|normal (R-BRK-1/2), or root for plain UAX #14;
//  2. the house 禁则 table (R-TAIL-*, §2.3 level sets, R-CHAIN-*), one O(n) pass, no allocation.
// Pass 2 is authoritative at every boundary that touches a CJK mark (OPEN … IDSPACE): there ICU's
// answer depends on its Unicode version (quotes are QU in 15.0 and were rewritten in 15.1, §11.1)
// and on AI→AL resolution (U+00B7, U+2015: R-TAIL-1/8). Elsewhere (ideograph/Latin/number
// boundaries) ICU's UAX #14 answer stands, except at level `none`.
#include "layout/unicode/line_breaks.h"

#include <cstring>
#include <initializer_list>
#include <limits>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace bm::unicode {

namespace {

// ---------------------------------------------------------------------------------------------
// ICU pass

enum class IcuLocale : std::uint8_t { Root, ZhStrict, ZhNormal, Count };

// Creating a line iterator parses rule data and costs far more than breaking a paragraph, so
// each thread keeps one per locale and re-targets it with setText (iterators are not thread-safe,
// hence per thread rather than shared).
icu::BreakIterator* lineIterator(IcuLocale which) {
    struct Slot {
        std::unique_ptr<icu::BreakIterator> iterator;
        bool failed = false;
    };
    thread_local Slot cache[static_cast<int>(IcuLocale::Count)];
    Slot& slot = cache[static_cast<int>(which)];
    if (slot.iterator || slot.failed) return slot.iterator.get();
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = which == IcuLocale::Root       ? icu::Locale::getRoot()
                         : which == IcuLocale::ZhStrict ? icu::Locale("zh@lb=strict")
                                                        : icu::Locale("zh@lb=normal");
    slot.iterator.reset(icu::BreakIterator::createLineInstance(locale, status));
    if (U_FAILURE(status)) {
        slot.iterator.reset();
        slot.failed = true;  // missing ICU data: do not pay for a failing lookup on every call
    }
    return slot.iterator.get();
}

// Marks ICU's boundaries in `out`, at `offset` + ICU's offsets in `text`. Reads the caller's
// UTF-16 in place (utext_openUChars).
bool runIcu(std::u16string_view text, IcuLocale which, std::vector<std::uint8_t>& out,
            size_t offset = 0) {
    if (text.size() > static_cast<size_t>(std::numeric_limits<int32_t>::max())) return false;
    icu::BreakIterator* bi = lineIterator(which);
    if (!bi) return false;
    UErrorCode status = U_ZERO_ERROR;
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar*>(text.data()),
                     static_cast<int64_t>(text.size()), &status);
    bi->setText(&ut, status);
    bool ok = U_SUCCESS(status);
    if (ok) {
        for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
            out[offset + static_cast<size_t>(b)] = 1;
        }
    }
    utext_close(&ut);
    return ok;
}

// ---------------------------------------------------------------------------------------------
// House pass helpers

constexpr bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

inline char32_t decodeAt(std::u16string_view s, size_t& i) {
    char32_t c = s[i++];
    if (c >= 0xD800 && c <= 0xDBFF && i < s.size() && s[i] >= 0xDC00 && s[i] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s[i++] - 0xDC00);
    }
    return c;  // a lone surrogate stands for itself (Line_Break SG, resolved like AL)
}

inline char32_t peekAt(std::u16string_view s, size_t i) {
    return i < s.size() ? decodeAt(s, i) : char32_t(0);
}

// Code points that can never be a grapheme extender or prepend: the common ranges of Chinese
// text, so the ICU property lookups below are skipped for nearly every character.
inline bool plainGrapheme(char32_t c) {
    return c < 0x300 || in(c, 0x3400, 0x9FFF) || in(c, 0x3000, 0x3029) || in(c, 0xFF00, 0xFF9D) ||
           in(c, 0x2000, 0x200B) || in(c, 0x2010, 0x20CF) || in(c, 0x2100, 0x2CEE);
}

// GB9/GB9a: Extend, ZWJ and SpacingMark continue the cluster before them; UAX #14 LB9 likewise
// attaches combining marks to their base, so they never start a line.
inline bool isGraphemeExtender(char32_t c) {
    if (plainGrapheme(c)) return false;
    int gcb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_CLUSTER_BREAK);
    return gcb == U_GCB_EXTEND || gcb == U_GCB_ZWJ || gcb == U_GCB_SPACING_MARK;
}

inline bool isPrepend(char32_t c) {  // GB9b
    return !plainGrapheme(c) &&
           u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_CLUSTER_BREAK) ==
               U_GCB_PREPEND;
}

inline bool isControl(char32_t c) {  // GB4: a cluster always ends after a control, CR or LF
    const int gcb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GRAPHEME_CLUSTER_BREAK);
    return gcb == U_GCB_CONTROL || gcb == U_GCB_CR || gcb == U_GCB_LF;
}

inline bool isMark(CjkClass c) { return c >= CjkClass::Open && c <= CjkClass::IdSpace; }

// ---------------------------------------------------------------------------------------------
// Where ICU is asked

inline bool isUnifiedIdeograph(char16_t u) { return u >= 0x4E00 && u <= 0x9FFF; }

// ICU's answer is read only at boundaries that do not touch a CJK mark (the house table decides
// those) and is 1 between two ideographs of the unified block (ID ÷ ID, LB31: no rule of UAX #14
// keeps them together, whatever surrounds them). ICU's forward iteration also restarts at such
// a boundary exactly as at the start of a text. So ICU only reads the stretches around the other
// characters (Latin, digits, symbols, spaces, kana, extenders …), each from the nearest
// ideograph–ideograph boundary before it to the nearest one after it, and every other
// ideograph–ideograph boundary is set directly: Chinese paragraphs are mostly ideographs and
// marks, and ICU costs more per character than the rest of the pass.
bool runIcuWhereNeeded(std::u16string_view text, IcuLocale which, std::vector<std::uint8_t>& out) {
    const size_t n = text.size();
    if (n > static_cast<size_t>(std::numeric_limits<int32_t>::max())) return false;
    if (!lineIterator(which)) return false;
    auto bothIdeographs = [&](size_t k) {
        return isUnifiedIdeograph(text[k - 1]) && isUnifiedIdeograph(text[k]);
    };
    bool ok = true;
    size_t i = 0;
    while (i < n) {
        const size_t at = i;
        const char32_t c = decodeAt(text, i);
        if (in(c, 0x4E00, 0x9FFF)) {
            if (at > 0 && isUnifiedIdeograph(text[at - 1])) out[at] = 1;
            continue;
        }
        if (isMark(classify(c))) continue;
        size_t begin = at;
        while (begin > 0 && !bothIdeographs(begin)) --begin;
        size_t end = i;
        while (end < n && !bothIdeographs(end)) ++end;
        ok = runIcu(text.substr(begin, end - begin), which, out, begin) && ok;
        i = end;
    }
    return ok;
}

// The CJK side of R-CLS-3: ideographs and CJK marks (a blank is neither side).
inline bool isCjkAtom(CjkClass c) {
    return c == CjkClass::Han || (isMark(c) && c != CjkClass::IdSpace);
}

// One base character (its grapheme extenders folded in, UAX #14 LB9) with its class after the
// §1.3 context corrections. `lb` (UAX #14 class) is looked up only when a rule needs it.
struct Atom {
    char32_t cp = 0;
    CjkClass cls = CjkClass::Other;
    CjkClass startCls = CjkClass::Other;  ///< class when it would start a line (lone — → CONNECTOR)
    bool inWord = false;                  ///< `/` inside a Latin/number run: glued both sides
    int lb = -1;

    bool mark() const { return isMark(cls); }
    int lineBreak() {
        if (lb < 0) lb = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_LINE_BREAK);
        return lb;
    }
};

inline bool isAlnum(CjkClass c) { return c == CjkClass::Latin || c == CjkClass::Digit; }

inline bool isDashChar(char32_t c) { return classify(c) == CjkClass::Dash; }

// `after` is the UTF-16 offset just past c; prev is the atom before it.
Atom makeAtom(char32_t c, const Atom& prev, std::u16string_view text, size_t after) {
    Atom a;
    a.cp = c;
    if (in(c, 0x4E00, 0x9FFF)) {  // most of the text: no context rule applies to ideographs
        a.cls = a.startCls = CjkClass::Han;
        return a;
    }
    a.cls = classify(c);
    switch (c) {
        case U'/': {
            // R-CLS-3: between two CJK atoms it is the 分隔号. Between letters or digits it is
            // part of the run (`1/3`, `km/h`: the paper-kaiming kinsoku), where UAX #14 alone
            // would allow `km/|h` (SY ÷ AL). Elsewhere (`http://`) UAX #14 decides.
            const CjkClass next = classify(peekAt(text, after));
            if (isCjkAtom(prev.cls) && isCjkAtom(next)) a.cls = CjkClass::Solidus;
            a.inWord = isAlnum(prev.cls) && isAlnum(next);
            break;
        }
        case 0x2019:  // ’ between letters is an apostrophe (it’s), not a closing quote
        case 0x00B7:  // · between letters is in-word (Catalan l·l), not the 间隔号
            if (isAlnum(prev.cls) && isAlnum(classify(peekAt(text, after)))) {
                a.cls = CjkClass::Latin;
            }
            break;
        default:
            break;
    }
    a.startCls = a.cls;
    // §1.1: a single U+2014/2015 between non-dashes is the 一字线 connector (R-TAIL-2); ⸺ ⸻
    // are 破折号 on their own.
    if (a.cls == CjkClass::Dash && (c == 0x2014 || c == 0x2015) && prev.cls != CjkClass::Dash &&
        !isDashChar(peekAt(text, after))) {
        a.startCls = CjkClass::Connector;
    }
    return a;
}

inline bool isMandatoryAfter(Atom& p, const Atom& q) {  // UAX #14 LB4/LB5: hard line ends stay
    if (p.mark()) return false;
    int lb = p.lineBreak();
    return lb == U_LB_MANDATORY_BREAK || lb == U_LB_LINE_FEED || lb == U_LB_NEXT_LINE ||
           (lb == U_LB_CARRIAGE_RETURN && q.cp != U'\n');
}

// Sets of UAX #14 Line_Break values as bit masks (U_LB_COUNT is 43).
constexpr std::uint64_t lbSet(std::initializer_list<ULineBreak> values) {
    std::uint64_t bits = 0;
    for (ULineBreak v : values) bits |= std::uint64_t{1} << v;
    return bits;
}
static_assert(U_LB_COUNT <= 64, "Line_Break values must fit the 64-bit sets");

inline bool lbIn(std::uint64_t set, int lb) { return lb >= 0 && lb < 64 && ((set >> lb) & 1); }

// Never a break before a space, glue, joiner, hard break or combining mark (LB6, LB7, LB9,
// LB11, LB12a), nor after a glue or joiner (LB11, LB12).
constexpr std::uint64_t kGluedBefore =
    lbSet({U_LB_SPACE, U_LB_GLUE, U_LB_WORD_JOINER, U_LB_ZWSPACE, U_LB_MANDATORY_BREAK,
           U_LB_CARRIAGE_RETURN, U_LB_LINE_FEED, U_LB_NEXT_LINE, U_LB_COMBINING_MARK, U_LB_ZWJ});
constexpr std::uint64_t kGluedAfter = lbSet({U_LB_GLUE, U_LB_WORD_JOINER});

// A non-mark neighbour of a CJK mark that may not start a line (LB13, LB19, LB21, LB22, and
// LB23a/LB25 for PO) or end one (LB14, LB19, LB21a, LB23a/LB25 for PR).
constexpr std::uint64_t kNeverStarts =
    lbSet({U_LB_CLOSE_PUNCTUATION, U_LB_CLOSE_PARENTHESIS, U_LB_EXCLAMATION, U_LB_INFIX_NUMERIC,
           U_LB_BREAK_SYMBOLS, U_LB_NONSTARTER, U_LB_HYPHEN, U_LB_BREAK_AFTER, U_LB_INSEPARABLE,
           U_LB_POSTFIX_NUMERIC, U_LB_QUOTATION});
constexpr std::uint64_t kNeverEnds =
    lbSet({U_LB_OPEN_PUNCTUATION, U_LB_QUOTATION, U_LB_GLUE, U_LB_WORD_JOINER, U_LB_BREAK_BEFORE,
           U_LB_PREFIX_NUMERIC});

// Pairs kept together whatever the level; a line never starts with a blank (U+3000 is BA).
inline bool isGlued(Atom& p, Atom& q) {
    if (q.cls == CjkClass::Space || q.cls == CjkClass::IdSpace) return true;
    if (!q.mark() && lbIn(kGluedBefore, q.lineBreak())) return true;
    return !p.mark() && lbIn(kGluedAfter, p.lineBreak());
}

inline bool lbNeverStarts(int lb, bool strictCj) {
    // Small kana and ー (CJ) are non-starters under CSS strict only.
    return lbIn(kNeverStarts, lb) || (strictCj && lb == U_LB_CONDITIONAL_JAPANESE_STARTER);
}

inline bool lbNeverEnds(int lb) { return lbIn(kNeverEnds, lb); }

struct HousePass {
    KinsokuLevel level;
    bool strictCj;
    bool icuOk;

    // A boundary with a CJK mark on at least one side: the house table decides.
    bool markBoundary(Atom& p, Atom& q, int exqRun) const {
        if (isMandatoryAfter(p, q)) return true;
        if (isGlued(p, q)) return false;
        // R-TAIL-4: ——, ――, ⸺⸺, ……, ⋯⋯ are one atom each (a longer run stays whole too).
        if (p.cls == CjkClass::Dash && q.cls == CjkClass::Dash) return false;
        if (p.cls == CjkClass::Ellipsis && q.cls == CjkClass::Ellipsis) return false;
        // R-TAIL-5: EXQ marks pair from the left (R-ADJ-6); at `none` a third mark may move.
        if (p.cls == CjkClass::Exq && q.cls == CjkClass::Exq) {
            return level == KinsokuLevel::None && exqRun % 2 == 0;
        }
        if (level == KinsokuLevel::None) return true;  // §2.3: every atom boundary
        // §2.3 level sets; chains (R-CHAIN-1/2) follow because each boundary of `。”` or `“《`
        // is refused on its own.
        if (!mayStartLine(q.startCls, level)) return false;
        if (!mayEndLine(p.cls, level)) return false;
        if (!q.mark() && lbNeverStarts(q.lineBreak(), strictCj)) return false;  // 々 ‐ % …
        if (!p.mark() && lbNeverEnds(p.lineBreak())) return false;              // ( " ¥ …
        return true;
    }

    // Ideographs, Latin, numbers, symbols on both sides.
    bool plainBoundary(Atom& p, Atom& q, bool icuSays) const {
        if (p.inWord || q.inWord) return false;  // R-TAIL-6/7
        bool hanSide = p.cls == CjkClass::Han || q.cls == CjkClass::Han;
        if (icuOk && !(hanSide && level == KinsokuLevel::None)) return icuSays;
        if (isMandatoryAfter(p, q)) return true;
        if (isGlued(p, q)) return false;
        if (hanSide) return true;  // `none`: every atom boundary (ICU only inside Latin/numbers)
        // Without ICU data: keep Latin words and numbers whole (R-TAIL-6/7), break after spaces.
        return p.cls == CjkClass::Space && p.cp == U' ';
    }
};

}  // namespace

std::vector<std::uint8_t> findBreakOpportunities(std::u16string_view text,
                                                 const BreakRules& rules) {
    const size_t n = text.size();
    std::vector<std::uint8_t> out(n + 1, 0);
    if (n == 0) return out;

    if (rules.plainUax14) {
        // Conformance mode: ICU root exactly as UAX #14 says (it allows SP ÷ CM, LB10), no house
        // table. ICU never reports an offset inside a surrogate pair.
        if (!runIcu(text, IcuLocale::Root, out)) out[n] = 1;
        return out;
    }

    // R-BRK-2: `loose` is never used for Chinese; anything but "normal" means strict.
    const bool normal = rules.icuStrictness && std::strcmp(rules.icuStrictness, "normal") == 0;
    HousePass house{rules.level, !normal, false};
    house.icuOk = runIcuWhereNeeded(text, normal ? IcuLocale::ZhNormal : IcuLocale::ZhStrict, out);

    size_t i = 0;
    char32_t last = decodeAt(text, i);  // the code point just before the boundary
    Atom p = makeAtom(last, Atom{}, text, i);
    int exqRun = p.cls == CjkClass::Exq ? 1 : 0;
    while (i < n) {
        const size_t at = i;
        const char32_t c = decodeAt(text, i);
        if (in(c, 0x4E00, 0x9FFF) && p.cls == CjkClass::Han && last == p.cp) {
            // Fast path for the bulk of the text: ideograph after ideograph is ID ÷ ID in UAX #14
            // and at every level, so ICU's answer stands.
            if (!house.icuOk) out[at] = 1;
            p.cp = last = c;
            p.lb = -1;
            continue;
        }
        if (isGraphemeExtender(c) && !isControl(last)) {
            out[at] = 0;  // inside a grapheme cluster; p stays the base (LB9)
            last = c;
            continue;
        }
        Atom q = makeAtom(c, p, text, i);
        bool allowed = (p.mark() || q.mark()) ? house.markBoundary(p, q, exqRun)
                                              : house.plainBoundary(p, q, out[at] != 0);
        // GB11 / UAX #14 LB8a: nothing breaks after a ZWJ; GB9b: nor after a prepend mark.
        if (allowed && (last == 0x200D || isPrepend(last))) allowed = false;
        out[at] = allowed ? 1 : 0;
        exqRun = q.cls == CjkClass::Exq ? exqRun + 1 : 0;
        p = q;
        last = c;
    }
    out[n] = 1;
    return out;
}

}  // namespace bm::unicode
