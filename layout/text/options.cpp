// SPDX-License-Identifier: MIT
#include "layout/text/options.h"

namespace bm::text {

namespace {

// §0 "Default preset news-gb": FULL, gb, push-in first, trim, orphan control on.
TypesetOptions newsGb() {
    TypesetOptions o;
    o.presetName = "news-gb";
    o.punct = PunctStyle::Full;
    o.kinsokuMode = KinsokuMode::PushInFirst;
    o.orphan = OrphanMode::PushInFirst;
    o.halfWidthDigits = false;
    return o;
}

// The reference page (docs/typesetting.md §0, the house preset paper-kaiming): 开明式 with
// line-end trimming, push-out only, no hanging, no orphan rule, half-width digits and a small
// CJK–Latin gap of 1/16 em that may grow to 1/8 em before the slack goes to every gap.
TypesetOptions paperKaiming() {
    TypesetOptions o;
    o.presetName = "paper-kaiming";
    o.punct = PunctStyle::Kaiming;
    o.kinsokuMode = KinsokuMode::PushOutOnly;
    o.orphan = OrphanMode::Off;
    o.halfWidthDigits = true;
    o.autospaceMilliEm = 63;
    o.autospaceMinMilliEm = 63;
    o.autospaceMaxMilliEm = 125;
    o.autospaceDigitMilliEm = 63;
    o.justifyAutospaceGaps = true;
    // "Character widths of the house", measured on the printed page.
    o.charWidths.percent = {1, 1};
    o.charWidths.decimalPoint = {1, 4};
    o.charWidths.solidus = {1, 2};
    o.charWidths.parentheses = {1, 2};
    o.charWidths.space = {1, 3};
    return o;
}

}  // namespace

PunctRules punctRules(PunctStyle style) {
    // Fields: half pause marks and brackets, half sentence enders, adjacent pairs, compressible.
    switch (style) {
        case PunctStyle::Full:  // 全角式: every mark 1 em, pairs compressed
            return {false, false, true, true};
        case PunctStyle::LineEndHalf:  // 行末半角式: every mark 1 em, no pairs (only line ends)
            return {false, false, false, true};
        case PunctStyle::Kaiming:  // 开明式: pause marks and brackets 0.5 em, 。！？ 1 em
            return {true, false, true, true};
        case PunctStyle::Half:  // 全部半角式: nothing left to compress but the pairs' rules
            return {true, true, true, true};
        case PunctStyle::None:  // 港台式: centred marks, nothing removed or compressed
            return {false, false, false, false};
    }
    return {};  // not reached: the switch names every style (-Wswitch)
}

const std::vector<std::string>& presetNames() {
    static const std::vector<std::string> names{
        "paper-kaiming", "news-gb", "news-gb-hanging", "line-end-half", "kaiming", "half", "none"};
    return names;
}

Result<TypesetOptions> presetByName(std::string_view name) {
    if (name == "paper-kaiming") return paperKaiming();
    TypesetOptions o = newsGb();
    o.presetName = std::string(name);
    if (name == "news-gb" || name == "full") {
        o.presetName = "news-gb";
        return o;
    }
    if (name == "news-gb-hanging") {
        // §5: ，。、 hang outside the measure instead of being pushed to the next line.
        o.hanging = true;
        return o;
    }
    if (name == "line-end-half") {
        o.punct = PunctStyle::LineEndHalf;
        return o;
    }
    if (name == "kaiming") {
        o.punct = PunctStyle::Kaiming;
        return o;
    }
    if (name == "half") {
        o.punct = PunctStyle::Half;
        return o;
    }
    if (name == "none") {
        // 港台式: centred marks, nothing compressed or trimmed, no kinsoku.
        o.punct = PunctStyle::None;
        o.lineEnd = LineEnd::Keep;
        o.trimStartWrapped = false;
        o.kinsoku = unicode::KinsokuLevel::None;
        return o;
    }
    std::string list;
    for (const auto& n : presetNames()) list += (list.empty() ? "" : ", ") + n;
    return Error{"unknown preset '" + std::string(name) + "' (known: " + list + ")"};
}

}  // namespace bm::text
