// SPDX-License-Identifier: MIT
#include "cli/args.h"

#include <cmath>
#include <cstdlib>

namespace bm::cli {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

Result<ParsedArgs> parseArgs(int argc, char** argv, const std::set<std::string>& valued,
                             const std::set<std::string>& flags) {
    ParsedArgs out;
    for (int i = 0; i < argc; ++i) {
        std::string a = argv[i];
        // "-o OUT" is the usual spelling of --output.
        if (a == "-o" && valued.count("output")) a = "--output";
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a.substr(2);
            std::optional<std::string> inlineValue;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (valued.count(name)) {
                if (inlineValue) {
                    out.values[name] = *inlineValue;
                } else if (i + 1 < argc) {
                    out.values[name] = argv[++i];
                } else {
                    return Error{"option --" + name + " needs a value"};
                }
            } else if (flags.count(name) && !inlineValue) {
                out.flags.insert(name);
            } else {
                return Error{"unknown option --" + name};
            }
        } else {
            out.positional.push_back(a);
        }
    }
    return out;
}

Result<double> parseNumber(const std::string& option, const std::string& text, double min,
                           double max, bool minExclusive) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || end == text.c_str() || *end != '\0' || !std::isfinite(v))
        return Error{"--" + option + " expects a number, got '" + text + "'"};
    if ((minExclusive && v <= min) || (!minExclusive && v < min))
        return Error{"--" + option + " must be " + (minExclusive ? "greater than " : "at least ") +
                     std::to_string(static_cast<long long>(min)) + ", got " + text};
    if (v > max)
        return Error{"--" + option + " is absurdly large (at most " +
                     std::to_string(static_cast<long long>(max)) + "), got " + text};
    return v;
}

Result<long> parseInteger(const std::string& option, const std::string& text, long min, long max) {
    auto v = parseNumber(option, text, static_cast<double>(min), static_cast<double>(max), false);
    if (!v) return Error{v.error()};
    if (*v != std::floor(*v))
        return Error{"--" + option + " expects a whole number, got '" + text + "'"};
    return static_cast<long>(*v);
}

Result<size_t> parsePageIndex(const std::string& text, size_t pageCount) {
    auto n = parseInteger("page", text, 1, 100000);
    if (!n) return Error{n.error()};
    if (static_cast<size_t>(*n) > pageCount)
        return Error{"--page " + std::to_string(*n) + " is out of range (the document has " +
                     std::to_string(pageCount) + " pages)"};
    return static_cast<size_t>(*n) - 1;
}

}  // namespace bm::cli
