// SPDX-License-Identifier: MIT
#include "layout/model/json_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>

#include "layout/base/utf.h"

namespace bm::model::detail {

namespace {

struct LineColumn {
    size_t line = 1;
    size_t column = 1;  ///< in characters (code points), as editors count
};

LineColumn lineColumnAt(std::string_view text, size_t offset) {
    LineColumn lc;
    offset = std::min(offset, text.size());
    size_t lineStart = 0;
    for (size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++lc.line;
            lineStart = i + 1;
        }
    for (size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++lc.column;
    return lc;
}

std::string where(std::string_view text, size_t offset) {
    const LineColumn lc = lineColumnAt(text, offset);
    return "line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column);
}

std::string prefixed(const std::string& label, const std::string& msg) {
    return label.empty() ? msg : label + ": " + msg;
}

/// Byte offset where nesting first exceeds kMaxNesting, if it does (strings are skipped).
std::optional<size_t> tooDeep(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

/// The reason part of nlohmann's parse_error text ("… parse error at line 1, column 2: <reason>").
std::string parseReason(const char* what) {
    std::string w = what;
    const auto pe = w.find("parse error");
    if (pe == std::string::npos) return w;
    const auto colon = w.find(": ", pe);
    return colon == std::string::npos ? w : w.substr(colon + 2);
}

std::string shortValue(const Json& v) {
    std::string s = v.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return s;
}

/// "number", or the number itself when `withValue`, "string \"abc\"" when `withValue`.
std::string got(const Json& v, bool withValue) {
    if (!withValue) return typeName(v);
    if (v.is_number()) return shortValue(v);
    if (v.is_string()) return "string " + shortValue(v);
    return typeName(v);
}

std::optional<Length> parseLengthString(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end == s.data()) return std::nullopt;
    std::string_view unit(end, static_cast<size_t>(s.data() + s.size() - end));
    while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    double pt;
    if (unit == "pt")
        pt = v;
    else if (unit == "mm")
        pt = v * 72.0 / 25.4;
    else if (unit == "cm")
        pt = v * 720.0 / 25.4;
    else if (unit == "in")
        pt = v * 72.0;
    else
        return std::nullopt;
    if (!std::isfinite(pt) || std::fabs(pt) > 1e9) return std::nullopt;
    return fromPt(pt);
}

}  // namespace

Result<std::string> readFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{"cannot read '" + path + "': " + std::strerror(errno)};
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        return Error{"cannot read '" + path + "': " + std::strerror(e)};
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Error{"cannot read '" + path + "': " + std::strerror(EISDIR)};
    }
    if (static_cast<unsigned long long>(st.st_size) > kMaxInputBytes) {
        ::close(fd);
        return Error{"'" + path + "' is " + std::to_string(st.st_size >> 20) +
                     " MB; files larger than " + std::to_string(kMaxInputBytes >> 20) +
                     " MB are not supported"};
    }
    std::string data;
    try {
        data.resize(static_cast<size_t>(st.st_size));
    } catch (const std::exception&) {
        ::close(fd);
        return Error{"cannot read '" + path + "': out of memory"};
    }
    size_t done = 0;
    for (;;) {
        if (done == data.size()) {
            // The file may have grown since fstat (or be a pipe): read on, within the limit.
            if (data.size() >= kMaxInputBytes + 1) break;
            data.resize(std::min(data.size() + 65536, kMaxInputBytes + 1));
        }
        const ssize_t n = ::read(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return Error{"cannot read '" + path + "': " + std::strerror(e)};
        }
        if (n == 0) break;
        done += static_cast<size_t>(n);
    }
    ::close(fd);
    data.resize(done);
    if (data.size() > kMaxInputBytes)
        return Error{"'" + path + "' is larger than " + std::to_string(kMaxInputBytes >> 20) +
                     " MB; such files are not supported"};
    return data;
}

Result<Json> parseJson(std::string_view text, const std::string& label) {
    if (text.size() > kMaxInputBytes)
        return Error{prefixed(
            label, "input is " + std::to_string(text.size() >> 20) + " MB; documents larger than " +
                       std::to_string(kMaxInputBytes >> 20) + " MB are not supported")};
    size_t bad = 0;
    if (!utf8ToUtf16(text, &bad))
        return Error{prefixed(label, "invalid UTF-8 at byte offset " + std::to_string(bad) + " (" +
                                         where(text, bad) + ")")};
    if (auto deep = tooDeep(text))
        return Error{prefixed(label, "nesting deeper than " + std::to_string(kMaxNesting) +
                                         " levels at " + where(text, *deep))};
    try {
        return Json::parse(text.begin(), text.end(), nullptr, true, false);
    } catch (const Json::parse_error& e) {
        // e.byte is 1-based: the last character read.
        const size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return Error{prefixed(
            label, "malformed JSON at " + where(text, offset) + ": " + parseReason(e.what()))};
    } catch (const std::exception& e) {
        return Error{prefixed(label, std::string("cannot parse JSON: ") + e.what())};
    }
}

std::string joinProblems(const std::vector<std::string>& problems, const std::string& label) {
    std::string out;
    const size_t shown = std::min(problems.size(), kMaxProblems);
    for (size_t i = 0; i < shown; ++i) {
        if (i) out += '\n';
        out += prefixed(label, problems[i]);
    }
    if (problems.size() > shown)
        out += '\n' + prefixed(label, "… and " + std::to_string(problems.size() - shown) +
                                          " more problems");
    return out;
}

std::string typeName(const Json& v) {
    switch (v.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::boolean:
            return "boolean";
        case Json::value_t::string:
            return "string";
        case Json::value_t::array:
            return "array";
        case Json::value_t::object:
            return "object";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float:
            return "number";
        default:
            return "invalid value";
    }
}

void JsonReader::problem(const std::string& path, const std::string& message) {
    problems.push_back(path.empty() ? message : path + ": " + message);
}

std::string JsonReader::key(const std::string& path, const std::string& k) {
    return path.empty() ? k : path + "." + k;
}

std::string JsonReader::index(const std::string& path, size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

bool JsonReader::isObject(const Json& v, const std::string& path) {
    if (v.is_object()) return true;
    problem(path, "expected an object, got " + typeName(v));
    return false;
}

bool JsonReader::isArray(const Json& v, const std::string& path) {
    if (v.is_array()) return true;
    problem(path, "expected an array, got " + typeName(v));
    return false;
}

void JsonReader::onlyKeys(const Json& obj, const std::string& path,
                          std::initializer_list<const char*> known) {
    for (const auto& item : obj.items()) {
        const std::string& k = item.key();
        if (!k.empty() && k[0] == '_') continue;
        bool ok = false;
        for (const char* n : known) ok = ok || k == n;
        if (ok) continue;
        std::string list;
        for (const char* n : known) list += (list.empty() ? "" : ", ") + std::string(n);
        problem(key(path, k), "unknown field (expected one of " + list + ")");
    }
}

const Json* JsonReader::member(const Json& obj, const char* k, const std::string& path,
                               bool required) {
    const auto it = obj.find(k);
    if (it != obj.end()) return &*it;
    if (required) problem(key(path, k), "missing required field");
    return nullptr;
}

std::optional<std::u16string> JsonReader::text(const Json& v, const std::string& path) {
    if (!v.is_string()) {
        problem(path, "expected a string, got " + typeName(v));
        return std::nullopt;
    }
    // The parser has validated the UTF-8 of every string.
    auto t = utf8ToUtf16(v.get_ref<const std::string&>());
    if (!t) problem(path, "expected a string, got invalid UTF-8");
    return t;
}

std::optional<int> JsonReader::integer(const Json& v, const std::string& path,
                                       const char* expected) {
    constexpr double lo = std::numeric_limits<int>::min();
    constexpr double hi = std::numeric_limits<int>::max();
    if (v.is_number_integer() || v.is_number_unsigned()) {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(hi)) return static_cast<int>(u);
        } else {
            const auto i = v.get<std::int64_t>();
            if (i >= lo && i <= hi) return static_cast<int>(i);
        }
    } else if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi)
            return static_cast<int>(d);
    }
    problem(path, std::string("expected ") + expected + ", got " + got(v, v.is_number()));
    return std::nullopt;
}

std::optional<Length> JsonReader::length(const Json& v, const std::string& path) {
    if (v.is_number()) {
        const double pt = v.get<double>();
        if (std::isfinite(pt) && std::fabs(pt) <= 1e9) return fromPt(pt);
    } else if (v.is_string()) {
        if (auto l = parseLengthString(v.get_ref<const std::string&>())) return l;
    }
    problem(path,
            "expected a length (a number of points, or a string such as \"390mm\" or "
            "\"9pt\"), got " +
                got(v, v.is_number() || v.is_string()));
    return std::nullopt;
}

std::optional<int> JsonReader::milliEm(const Json& v, const std::string& path) {
    if (v.is_number()) {
        const double em = v.get<double>();
        if (std::isfinite(em) && std::fabs(em) <= 1e6)
            return static_cast<int>(std::llround(em * 1000));
    }
    problem(path, "expected a number of em (such as 2 or 0.5), got " + got(v, v.is_number()));
    return std::nullopt;
}

void JsonReader::readString(const Json& obj, const char* k, const std::string& path,
                            std::string& out, bool required) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (v->is_string())
        out = v->get<std::string>();
    else
        problem(key(path, k), "expected a string, got " + typeName(*v));
}

void JsonReader::readText(const Json& obj, const char* k, const std::string& path,
                          std::u16string& out, bool required, bool nullable) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (nullable && v->is_null()) {
        out.clear();
        return;
    }
    if (auto t = text(*v, key(path, k))) out = std::move(*t);
}

void JsonReader::readInt(const Json& obj, const char* k, const std::string& path, int& out,
                         bool required, const char* expected) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (auto i = integer(*v, key(path, k), expected)) out = *i;
}

void JsonReader::readBool(const Json& obj, const char* k, const std::string& path, bool& out,
                          bool required) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (v->is_boolean())
        out = v->get<bool>();
    else
        problem(key(path, k), "expected true or false, got " + typeName(*v));
}

void JsonReader::readLength(const Json& obj, const char* k, const std::string& path, Length& out,
                            bool required) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (auto l = length(*v, key(path, k))) out = *l;
}

void JsonReader::readMilliEm(const Json& obj, const char* k, const std::string& path, int& out,
                             bool required) {
    const Json* v = member(obj, k, path, required);
    if (!v) return;
    if (auto m = milliEm(*v, key(path, k))) out = *m;
}

}  // namespace bm::model::detail
