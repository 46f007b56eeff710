// SPDX-License-Identifier: MIT
#include "layout/check/proofing.h"

#include <algorithm>

#include "layout/check/rules.h"

namespace bm::check {

namespace {

using RuleFn = void (*)(const FieldText&, const FieldContext&, const Profile&, Hits&);

struct TextRule {
    const char* id;
    RuleFn fn;
};

// Claiming rules first: their edit ranges keep the space rules quiet.
constexpr TextRule kTextRules[] = {
    {"ZH-HALFWIDTH-PUNCT", ruleHalfwidthPunct},
    {"ZH-FULLWIDTH-ALNUM", ruleFullwidthAlnum},
    {"ZH-PAIR-UNBALANCED", rulePairUnbalanced},
    {"ZH-QUOTE-NESTING", ruleQuoteNesting},
    {"ZH-QUOTE-STYLE", ruleQuoteStyle},
    {"ZH-DASH", ruleDash},
    {"ZH-ELLIPSIS", ruleEllipsis},
    {"ZH-ELLIPSIS-ETC", ruleEllipsisEtc},
    {"ZH-RANGE-CONNECTOR", ruleRangeConnector},
    {"ZH-RANGE-UNIT", ruleRangeUnit},
    {"ZH-REPEAT", ruleRepeat},
    {"ZH-PUNCT-STACK", rulePunctStack},
    {"ZH-END-PUNCT", ruleEndPunct},
    {"ZH-NUM-THOUSANDS", ruleNumThousands},
    {"ZH-NUM-ZERO", ruleNumZero},
    {"ZH-NUM-APPROX", ruleNumApprox},
    {"ZH-NUM-MIXED-DATE", ruleNumMixedDate},
    {"ZH-NUM-ARABIC", ruleNumArabic},
    {"ZH-PARALLEL-DUN", ruleParallelDun},
    {"ZH-TRAD-CHAR", ruleTradChar},
    {"ZH-PERCENT-WIDTH", rulePercentWidth},
    {"ZH-SPACE-CJK", ruleSpaceCjk},
    {"ZH-SPACE-PUNCT", ruleSpacePunct},
    {"ZH-SPACE-MIXED", ruleSpaceMixed},
};

bool isSpaceRule(const char* id) { return std::string_view(id).rfind("ZH-SPACE-", 0) == 0; }

bool overlaps(Range a, Range b) {
    if (a.begin == a.end) return a.begin > b.begin && a.begin < b.end;
    return a.begin < b.end && b.begin < a.end;
}

std::u16string slice16(std::u16string_view text, const FieldText& t, int b, int e) {
    return std::u16string(
        text.substr(static_cast<size_t>(t.utf16(b)), static_cast<size_t>(t.utf16(e) - t.utf16(b))));
}

Finding toFinding(const TextHit& h, std::u16string_view text, const FieldText& t,
                  const FieldContext& c, const Profile& profile) {
    const RuleInfo* info = findRule(h.rule);
    Finding f;
    f.rule = h.rule;
    f.cls = RuleClass::Text;
    Severity natural = h.severity.value_or(info ? info->severity : Severity::Warning);
    if (profile.escalateDisplayText && (isDisplayField(c.kind) || isHeaderField(c.kind)) &&
        natural != Severity::Error)
        natural = static_cast<Severity>(static_cast<int>(natural) + 1);
    f.severity = effectiveSeverity(profile, h.rule, natural);
    f.location.field = c.kind;
    f.location.cp = h.cp;
    f.location.utf16 = Range{t.utf16(h.cp.begin), t.utf16(h.cp.end)};
    Excerpt ex;
    ex.before = slice16(text, t, std::max(0, h.cp.begin - 8), h.cp.begin);
    ex.text = slice16(text, t, h.cp.begin, h.cp.end);
    ex.after = slice16(text, t, h.cp.end, std::min(t.size(), h.cp.end + 8));
    f.excerpt = std::move(ex);
    f.zh = h.zh;
    f.en = h.en;
    if (h.hasFix) {
        Fix fix;
        fix.safe = h.safe;
        fix.zh = h.fixZh;
        fix.en = h.fixEn;
        for (const auto& [r, to] : h.edits) {
            TextEdit e;
            e.cp = r;
            e.utf16 = Range{t.utf16(r.begin), t.utf16(r.end)};
            for (char32_t ch : to) {
                if (ch >= 0x10000) {
                    e.text += static_cast<char16_t>(0xD800 + ((ch - 0x10000) >> 10));
                    e.text += static_cast<char16_t>(0xDC00 + ((ch - 0x10000) & 0x3FF));
                } else {
                    e.text += static_cast<char16_t>(ch);
                }
            }
            fix.edits.push_back(std::move(e));
        }
        f.fix = std::move(fix);
    }
    f.data = h.data;
    return f;
}

}  // namespace

Severity effectiveSeverity(const Profile& profile, const std::string& rule, Severity natural) {
    auto it = profile.rules.find(rule);
    if (it != profile.rules.end() && it->second.severity) return *it->second.severity;
    return natural;
}

std::vector<Finding> proofField(std::u16string_view text, const FieldContext& context,
                                const Profile& profile) {
    std::vector<Finding> out;
    if (text.empty()) return out;
    const FieldText t(text);
    Hits hits;
    std::vector<Range> claims;
    for (const TextRule& rule : kTextRules) {
        if (!profile.enabled(rule.id)) continue;
        const size_t first = hits.size();
        rule.fn(t, context, profile, hits);
        if (isSpaceRule(rule.id)) {
            hits.erase(std::remove_if(hits.begin() + static_cast<long>(first), hits.end(),
                                      [&](const TextHit& h) {
                                          for (const Range& c : claims)
                                              if (overlaps(h.cp, c)) return true;
                                          return false;
                                      }),
                       hits.end());
            continue;
        }
        for (size_t k = first; k < hits.size(); ++k) {
            if (hits[k].edits.empty()) claims.push_back(hits[k].cp);
            for (const auto& e : hits[k].edits) claims.push_back(e.first);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const TextHit& a, const TextHit& b) {
        if (a.cp.begin != b.cp.begin) return a.cp.begin < b.cp.begin;
        return std::string_view(a.rule) < std::string_view(b.rule);
    });
    out.reserve(hits.size());
    for (const auto& h : hits) out.push_back(toFinding(h, text, t, context, profile));
    return out;
}

}  // namespace bm::check
