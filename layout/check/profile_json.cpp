// SPDX-License-Identifier: MIT
// House profiles from JSON (§5): {"format": "banmian-check-profile", "version": 1, "name",
// "extends", "blockExport", "failOn", "escalateDisplayText", "rules": {ID: {enabled, severity,
// params}}, "lists": {…}}. Typos are errors: an unknown key, rule id or parameter names itself.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "layout/base/utf.h"
#include "layout/check/profile.h"
#include "layout/check/rules.h"

namespace bm::check {

namespace {

using Json = nlohmann::json;

struct Reader {
    std::string label;
    int depth = 0;

    Error fail(const std::string& where, const std::string& what) const {
        return Error{label + ": " + (where.empty() ? "" : where + ": ") + what};
    }

    std::optional<Error> onlyKeys(const Json& j, const std::string& where,
                                  std::initializer_list<const char*> keys) const {
        for (const auto& item : j.items()) {
            bool known = item.key().rfind('_', 0) == 0;  // comments
            for (const char* k : keys) known = known || item.key() == k;
            if (!known) return fail(where, "unknown key \"" + item.key() + "\"");
        }
        return std::nullopt;
    }

    std::optional<Error> readNumber(const Json& v, const std::string& where, double lo, double hi,
                                    double& out) const {
        if (!v.is_number() || v.get<double>() < lo || v.get<double>() > hi)
            return fail(where, "expected a number from " + std::to_string(lo) + " to " +
                                   std::to_string(hi));
        out = v.get<double>();
        return std::nullopt;
    }

    template <typename E>
    std::optional<Error> readChoice(const Json& v, const std::string& where,
                                    std::initializer_list<std::pair<const char*, E>> table,
                                    E& out) const {
        std::string list;
        for (const auto& [name, e] : table) {
            if (v.is_string() && v.get<std::string>() == name) {
                out = e;
                return std::nullopt;
            }
            list += (list.empty() ? "" : ", ") + std::string(name);
        }
        return fail(where, "expected one of " + list);
    }

    std::optional<Error> readParam(const std::string& rule, const std::string& name, const Json& v,
                                   RuleParams& p) const {
        const std::string where = "rules." + rule + ".params." + name;
        using P = RuleParams;
        if (rule == "LAY-UNDERSET" && name == "undersetMaxLines") {
            double d = 0;
            if (auto e = readNumber(v, where, 0, 1000, d)) return e;
            p.undersetMaxLines = static_cast<int>(d);
            return std::nullopt;
        }
        if (rule == "IMG-PPI-LOW" && name == "warnBelow")
            return readNumber(v, where, 0, 10000, p.ppiWarnBelow);
        if (rule == "IMG-PPI-LOW" && name == "errorBelow")
            return readNumber(v, where, 0, 10000, p.ppiErrorBelow);
        if (rule == "IMG-PPI-LOW" && name == "lineArtMin")
            return readNumber(v, where, 0, 10000, p.ppiLineArtMin);
        if (rule == "IMG-PPI-HIGH" && name == "above")
            return readNumber(v, where, 0, 100000, p.ppiHighAbove);
        if (rule == "IMG-DISTORTED" && name == "tolerancePct")
            return readNumber(v, where, 0, 100, p.distortTolerancePct);
        if (rule == "PRN-TAC" && name == "tacLimit")
            return readNumber(v, where, 0, 400, p.tacLimit);
        if (rule == "PRN-TAC" && name == "tacMaxAreaPct")
            return readNumber(v, where, 0, 100, p.tacMaxAreaPct);
        if (rule == "ZH-NUM-THOUSANDS" && name == "thousandsSeparator")
            return readChoice<P::Thousands>(v, where,
                                            {{"none", P::Thousands::None},
                                             {"thin", P::Thousands::Thin},
                                             {"comma", P::Thousands::Comma}},
                                            p.thousandsSeparator);
        if (rule == "ZH-RANGE-CONNECTOR" && name == "rangeConnector")
            return readChoice<P::RangeConnector>(v, where,
                                                 {{"either", P::RangeConnector::Either},
                                                  {"dash", P::RangeConnector::Dash},
                                                  {"tilde", P::RangeConnector::Tilde}},
                                                 p.rangeConnector);
        if (rule == "ZH-QUOTE-STYLE" && name == "quoteStyle")
            return readChoice<P::QuoteStyle>(
                v, where, {{"curly", P::QuoteStyle::Curly}, {"corner", P::QuoteStyle::Corner}},
                p.quoteStyle);
        if (rule == "ZH-PERCENT-WIDTH" && name == "percentForm")
            return readChoice<P::PercentForm>(v, where,
                                              {{"any", P::PercentForm::Any},
                                               {"full", P::PercentForm::Full},
                                               {"half", P::PercentForm::Half}},
                                              p.percentForm);
        if ((rule == "ZH-SPACE-CJK" || rule == "ZH-SPACE-MIXED") && name == "spaceInDisplayText")
            return readChoice<bool>(v, where, {{"allow", true}, {"flag", false}},
                                    p.spaceInDisplayTextAllowed);
        if (rule == "ZH-END-PUNCT" && name == "captionEndPunct")
            return readChoice<bool>(v, where, {{"any", false}, {"require", true}},
                                    p.captionEndPunctRequired);
        return fail(where, "unknown parameter");
    }

    std::optional<Error> readRules(const Json& rules, Profile& p) const {
        if (!rules.is_object()) return fail("rules", "expected an object");
        for (const auto& item : rules.items()) {
            const std::string& id = item.key();
            const std::string where = "rules." + id;
            if (!findRule(id)) return fail(where, "unknown rule id");
            const Json& r = item.value();
            if (!r.is_object()) return fail(where, "expected an object");
            if (auto e = onlyKeys(r, where, {"enabled", "severity", "params"})) return e;
            RuleSetting& s = p.rules[id];
            if (r.contains("enabled")) {
                if (!r["enabled"].is_boolean()) return fail(where + ".enabled", "expected a bool");
                s.enabled = r["enabled"].get<bool>();
            }
            if (r.contains("severity")) {
                const Json& v = r["severity"];
                if (v.is_string() && v.get<std::string>() == "off") {
                    s.enabled = false;
                } else if (auto sev =
                               v.is_string() ? parseSeverity(v.get<std::string>()) : std::nullopt) {
                    s.severity = sev;
                    s.enabled = true;
                } else {
                    return fail(where + ".severity", "expected error, warning, info or off");
                }
            }
            if (r.contains("params")) {
                if (!r["params"].is_object()) return fail(where + ".params", "expected an object");
                for (const auto& pv : r["params"].items())
                    if (auto e = readParam(id, pv.key(), pv.value(), p.params)) return e;
            }
        }
        return std::nullopt;
    }

    std::optional<Error> readLists(const Json& lists, WordLists& w) const {
        if (!lists.is_object()) return fail("lists", "expected an object");
        const std::pair<const char*, std::vector<std::u16string>*> table[] = {
            {"repeatAllow", &w.repeatAllow},
            {"repeatLeftWords", &w.repeatLeftWords},
            {"repeatRightWords", &w.repeatRightWords},
            {"repeatWords", &w.repeatWords},
            {"roleWords", &w.roleWords},
            {"tradAllow", &w.tradAllow}};
        for (const auto& item : lists.items()) {
            std::vector<std::u16string>* dst = nullptr;
            for (const auto& [name, list] : table)
                if (item.key() == name) dst = list;
            if (!dst) return fail("lists", "unknown list \"" + item.key() + "\"");
            if (!item.value().is_array()) return fail("lists." + item.key(), "expected an array");
            for (const auto& s : item.value()) {
                auto u = s.is_string() ? utf8ToUtf16(s.get<std::string>()) : std::nullopt;
                if (!u || u->empty())
                    return fail("lists." + item.key(), "expected non-empty strings");
                dst->push_back(*u);
            }
        }
        return std::nullopt;
    }

    Result<Profile> read(const Json& j) const {
        if (!j.is_object()) return fail("", "expected a JSON object");
        if (auto e = onlyKeys(j, "",
                              {"format", "version", "name", "extends", "blockExport", "failOn",
                               "escalateDisplayText", "rules", "lists"}))
            return *e;
        if (j.contains("format") && j["format"] != "banmian-check-profile")
            return fail("format", "expected \"banmian-check-profile\"");
        if (j.contains("version") && j["version"] != 1)
            return fail("version", "this build reads version 1");
        Profile p = *builtinProfile("daily-default");
        if (j.contains("extends")) {
            if (!j["extends"].is_string()) return fail("extends", "expected a profile name");
            if (depth > 8) return fail("extends", "profiles extend each other too deeply");
            auto base = resolveProfileAt(j["extends"].get<std::string>(), depth + 1);
            if (!base) return Error{base.error()};
            p = *base;
        }
        if (j.contains("name")) {
            if (!j["name"].is_string()) return fail("name", "expected a string");
            p.name = j["name"].get<std::string>();
        }
        if (j.contains("blockExport")) {
            if (!j["blockExport"].is_array()) return fail("blockExport", "expected an array");
            p.blockExport.clear();
            for (const auto& c : j["blockExport"]) {
                auto cls = c.is_string() ? parseClass(c.get<std::string>()) : std::nullopt;
                if (!cls) return fail("blockExport", "expected class names (layout, print, …)");
                p.blockExport.insert(*cls);
            }
        }
        if (j.contains("failOn")) {
            auto s = j["failOn"].is_string() ? parseSeverity(j["failOn"].get<std::string>())
                                             : std::nullopt;
            if (!s) return fail("failOn", "expected error, warning or info");
            p.failOn = *s;
        }
        if (j.contains("escalateDisplayText")) {
            if (!j["escalateDisplayText"].is_boolean())
                return fail("escalateDisplayText", "expected a bool");
            p.escalateDisplayText = j["escalateDisplayText"].get<bool>();
        }
        if (j.contains("rules"))
            if (auto e = readRules(j["rules"], p)) return *e;
        if (j.contains("lists"))
            if (auto e = readLists(j["lists"], p.lists)) return *e;
        return p;
    }

    static Result<Profile> resolveProfileAt(const std::string& name, int depth);
};

Result<Profile> loadProfileFile(const std::string& path, int depth) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read check profile '" + path + "'"};
    std::stringstream ss;
    ss << in.rdbuf();
    Json j = Json::parse(ss.str(), nullptr, false);
    if (j.is_discarded()) return Error{path + ": not valid JSON"};
    Reader r{path, depth};
    return r.read(j);
}

Result<Profile> Reader::resolveProfileAt(const std::string& name, int depth) {
    if (name.find('/') != std::string::npos ||
        (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0))
        return loadProfileFile(name, depth);
    if (auto p = builtinProfile(name)) return *p;
    std::string dir;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x)
        dir = x;
    else if (const char* h = std::getenv("HOME"); h && *h)
        dir = std::string(h) + "/.config";
    const std::string path = dir + "/banmian/check-profiles/" + name + ".json";
    std::error_code ec;
    if (!dir.empty() && std::filesystem::is_regular_file(path, ec))
        return loadProfileFile(path, depth);
    std::string names;
    for (const auto& n : builtinProfileNames()) names += (names.empty() ? "" : ", ") + n;
    return Error{"unknown check profile '" + name + "' (built-in: " + names + ")"};
}

}  // namespace

Result<Profile> profileFromJson(const std::string& json, const std::string& label) {
    Json j = Json::parse(json, nullptr, false);
    if (j.is_discarded()) return Error{label + ": not valid JSON"};
    return Reader{label, 0}.read(j);
}

Result<Profile> resolveProfile(const std::string& nameOrPath) {
    return Reader::resolveProfileAt(nameOrPath, 0);
}

}  // namespace bm::check
