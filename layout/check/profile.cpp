// SPDX-License-Identifier: MIT
#include "layout/check/profile.h"

#include "layout/check/rules.h"

namespace bm::check {

bool Profile::enabled(const std::string& rule) const {
    auto it = rules.find(rule);
    return it != rules.end() && it->second.enabled;
}

namespace {

void mix(std::uint64_t& h, std::uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
}

void mixText(std::uint64_t& h, const std::u16string& s) {
    for (char16_t c : s) mix(h, c);
    mix(h, 0x1f);
}

Profile allRulesProfile() {
    Profile p;
    for (const auto& r : allRules()) p.rules[r.id] = RuleSetting{r.enabledByDefault, {}};
    return p;
}

}  // namespace

std::uint64_t Profile::textHash() const {
    std::uint64_t h = 14695981039346656037ull;
    for (const auto& [id, s] : rules) {
        if (id.rfind("ZH-", 0) != 0) continue;
        mix(h, s.enabled ? 1 : 2);
    }
    const RuleParams& p = params;
    mix(h, static_cast<std::uint64_t>(p.thousandsSeparator));
    mix(h, static_cast<std::uint64_t>(p.rangeConnector));
    mix(h, static_cast<std::uint64_t>(p.quoteStyle));
    mix(h, static_cast<std::uint64_t>(p.percentForm));
    mix(h, p.spaceInDisplayTextAllowed ? 1 : 0);
    mix(h, p.captionEndPunctRequired ? 1 : 0);
    for (const auto* list : {&lists.repeatAllow, &lists.repeatLeftWords, &lists.repeatRightWords,
                             &lists.repeatWords, &lists.roleWords, &lists.tradAllow}) {
        for (const auto& w : *list) mixText(h, w);
        mix(h, 0x1e);
    }
    return h;
}

std::vector<std::string> builtinProfileNames() {
    return {"daily-default", "print-basic", "proof-only"};
}

std::optional<Profile> builtinProfile(const std::string& name) {
    Profile p = allRulesProfile();
    p.name = name;
    if (name == "daily-default") {
        p.blockExport = {RuleClass::Print, RuleClass::Image, RuleClass::Layout,
                         RuleClass::Furniture};
        return p;
    }
    auto keepOnly = [&](std::set<RuleClass> classes) {
        for (const auto& r : allRules())
            if (!classes.count(r.cls)) p.rules[r.id].enabled = false;
    };
    if (name == "print-basic") {
        keepOnly({RuleClass::Print, RuleClass::Image});
        p.blockExport = {RuleClass::Print};
        return p;
    }
    if (name == "proof-only") {
        keepOnly({RuleClass::Text});
        return p;
    }
    return std::nullopt;
}

}  // namespace bm::check
