// SPDX-License-Identifier: MIT
#pragma once
// A small command-line parser: positional arguments plus --name value / --flag options.
// Errors are one line meant for the user.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "layout/base/result.h"

namespace bm::cli {

struct ParsedArgs {
    std::vector<std::string> positional;
    std::map<std::string, std::string> values;
    std::set<std::string> flags;

    bool has(const std::string& name) const { return values.count(name) || flags.count(name); }
    std::optional<std::string> get(const std::string& name) const;
};

/// `valued` options take a value; `flags` take none. Unknown options are errors. "-o" stands
/// for --output when that is a valued option.
Result<ParsedArgs> parseArgs(int argc, char** argv, const std::set<std::string>& valued,
                             const std::set<std::string>& flags);

/// A finite number in [min, max]; the message names the option and the limits.
Result<double> parseNumber(const std::string& option, const std::string& text, double min,
                           double max, bool minExclusive);

/// A whole number in [min, max] (a page or column count: "1.5" is an error, not 1).
Result<long> parseInteger(const std::string& option, const std::string& text, long min, long max);

/// The 0-based index of the page that `--page N` (1-based) names in a document of `pageCount`
/// pages; the message says how many pages there are when N is past the last.
Result<size_t> parsePageIndex(const std::string& text, size_t pageCount);

}  // namespace bm::cli
