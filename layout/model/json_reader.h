// SPDX-License-Identifier: MIT
#pragma once
// Internal to layout/model: reading JSON files into model values with one clear message per
// problem ("path: expected …, got …"). Used by the document loader and the seed importer; the
// rest of the engine never sees nlohmann types.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "layout/base/result.h"
#include "layout/base/units.h"

namespace bm::model::detail {

using Json = nlohmann::json;

/// Larger files are refused before reading: a real issue is a few MB; a 1,000,000-字 article
/// is about 3 MB of UTF-8.
constexpr size_t kMaxInputBytes = size_t{64} << 20;
/// Deeper nesting is never produced by the writer and would only cost stack and time.
constexpr int kMaxNesting = 64;
/// Reports stop after this many problems (the rest are counted).
constexpr size_t kMaxProblems = 50;

/// The whole file, or "cannot read 'path': <strerror>" / a size-limit message.
Result<std::string> readFile(const std::string& path);

/// Validates UTF-8 (byte offset of the first bad byte), nesting depth and JSON syntax (line and
/// column); messages start with "label: ".
Result<Json> parseJson(std::string_view text, const std::string& label);

/// "label: line1\nlabel: line2…", capped at kMaxProblems lines.
std::string joinProblems(const std::vector<std::string>& problems, const std::string& label);

/// "string", "number", "object", … as used in "expected …, got <type>".
std::string typeName(const Json& v);

class JsonReader {
public:
    std::vector<std::string> problems;

    void problem(const std::string& path, const std::string& message);
    static std::string key(const std::string& path, const std::string& k);
    static std::string index(const std::string& path, size_t i);

    bool isObject(const Json& v, const std::string& path);
    bool isArray(const Json& v, const std::string& path);
    /// Reports keys not in `known` (keys starting with '_' are comments and allowed).
    void onlyKeys(const Json& obj, const std::string& path,
                  std::initializer_list<const char*> known);
    /// The member `k` of `obj`, or nullptr (reported as missing when `required`).
    const Json* member(const Json& obj, const char* k, const std::string& path, bool required);

    // Typed reads of obj[k]. A wrong type is reported and leaves `out` untouched. Missing members
    // are reported only when `required`. `nullable`: JSON null reads as the empty value.
    void readString(const Json& obj, const char* k, const std::string& path, std::string& out,
                    bool required = false);
    void readText(const Json& obj, const char* k, const std::string& path, std::u16string& out,
                  bool required = false, bool nullable = false);
    void readInt(const Json& obj, const char* k, const std::string& path, int& out,
                 bool required = false, const char* expected = "an integer");
    void readBool(const Json& obj, const char* k, const std::string& path, bool& out,
                  bool required = false);
    /// A length: a number of points (9, 10.5) or a string with a unit ("390mm", "9pt", "1cm",
    /// "1in").
    void readLength(const Json& obj, const char* k, const std::string& path, Length& out,
                    bool required = false);
    /// A number of em (2, 0.5, -0.05) stored as 1/1000 em.
    void readMilliEm(const Json& obj, const char* k, const std::string& path, int& out,
                     bool required = false);

    // The value-level forms of the above (the value is present; `path` names it).
    std::optional<std::u16string> text(const Json& v, const std::string& path);
    std::optional<int> integer(const Json& v, const std::string& path,
                               const char* expected = "an integer");
    std::optional<Length> length(const Json& v, const std::string& path);
    std::optional<int> milliEm(const Json& v, const std::string& path);
};

}  // namespace bm::model::detail
