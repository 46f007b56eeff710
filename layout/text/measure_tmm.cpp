// SPDX-License-Identifier: MIT
// The test metric model of docs/typesetting.md §0 (TMM): exact, font-independent widths for the
// worked examples.
#include "layout/base/utf.h"
#include "layout/text/measure.h"

namespace bm::text {

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
    MeasuredParagraph mp = atomizeParagraph(text, size, options, indent);
    mp.synthetic = true;
    std::vector<RawAtomMetrics> raw(mp.atoms.size());
    for (size_t i = 0; i < mp.atoms.size(); ++i) {
        const Atom& at = mp.atoms[i];
        int milli = 0;
        Length house = 0;
        size_t k = at.begin;
        while (k < at.end) {
            const Length h = houseWidth(mp, at, k);
            const char32_t c = nextCodePoint(text, k);
            if (h > 0)
                house += h;
            else
                milli += tmmWidth(c, unicode::classify(c));
        }
        raw[i].full = emFraction(milli, size) + house;
        const Length half = emFraction(500, size);
        if (at.kind == AtomKind::Open) raw[i].blankL = half;
        if (isClosingLike(at.kind)) raw[i].blankR = half;
        if (i + 1 < mp.atoms.size() && mp.atoms[i + 1].inner == InnerBreak::Hyphen)
            raw[i].hyphen = half;
    }
    applyTypesettingRules(mp, raw, tracking);
    return mp;
}

}  // namespace bm::text
