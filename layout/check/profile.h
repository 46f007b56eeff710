// SPDX-License-Identifier: MIT
#pragma once
// Check profiles (docs: preflight-proofing §5): which rules run, at which severity, with which
// thresholds and house word lists, and which classes block a print export. Built-ins:
// daily-default (日报默认), print-basic, proof-only. House profiles are JSON that `extends` one.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/check/finding.h"

namespace bm::check {

struct RuleSetting {
    bool enabled = true;
    std::optional<Severity> severity;  ///< overrides the rule's own severity
    bool operator==(const RuleSetting&) const = default;
};

/// Thresholds and house options (the defaults are daily-default's).
struct RuleParams {
    int undersetMaxLines = 1;
    double ppiWarnBelow = 200, ppiErrorBelow = 150, ppiLineArtMin = 600, ppiHighAbove = 600;
    double distortTolerancePct = 1;
    double tacLimit = 240, tacMaxAreaPct = 0.1;
    enum class Thousands { None, Thin, Comma } thousandsSeparator = Thousands::None;
    enum class RangeConnector { Either, Dash, Tilde } rangeConnector = RangeConnector::Either;
    enum class QuoteStyle { Curly, Corner } quoteStyle = QuoteStyle::Curly;
    enum class PercentForm { Any, Full, Half } percentForm = PercentForm::Any;
    bool spaceInDisplayTextAllowed = true;
    bool captionEndPunctRequired = false;
    bool operator==(const RuleParams&) const = default;
};

/// House additions to the built-in word lists of ZH-REPEAT, ZH-SPACE-CJK and ZH-TRAD-CHAR.
struct WordLists {
    std::vector<std::u16string> repeatAllow, repeatLeftWords, repeatRightWords, repeatWords,
        roleWords, tradAllow;
    bool operator==(const WordLists&) const = default;
};

struct Profile {
    std::string name = "daily-default";
    std::map<std::string, RuleSetting> rules;  ///< every rule of the catalogue
    RuleParams params;
    WordLists lists;
    std::set<RuleClass> blockExport;  ///< classes whose errors stop a print export
    Severity failOn = Severity::Error;
    bool escalateDisplayText = true;

    bool enabled(const std::string& rule) const;
    /// A hash of what the proofing rules read (params and lists), for the text cache.
    std::uint64_t textHash() const;
    bool operator==(const Profile&) const = default;
};

/// The built-in profiles by name; nullopt for an unknown name.
std::optional<Profile> builtinProfile(const std::string& name);
std::vector<std::string> builtinProfileNames();

/// A profile from its JSON text (§5; `extends` a built-in or, through `resolve`, another
/// file). Unknown keys, rule ids or parameters are errors that name them.
Result<Profile> profileFromJson(const std::string& json, const std::string& label);

/// --profile NAME|FILE: a path (contains '/' or ends in .json), then a built-in, then
/// $XDG_CONFIG_HOME/banmian/check-profiles/NAME.json (~/.config when unset).
Result<Profile> resolveProfile(const std::string& nameOrPath);

}  // namespace bm::check
