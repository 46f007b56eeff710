// SPDX-License-Identifier: MIT
#pragma once
// A finding of the checker (docs: preflight-proofing §2): which rule, how bad, where (down to the
// character range of a stored field), what to say in Chinese and English, and the fix the rule
// proposes. Plain data; the checker fills it, the CLI prints it, the editor lists it.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bm::check {

/// Ordered: a comparison with >= asks "at least this bad".
enum class Severity : std::uint8_t { Info, Warning, Error };
enum class RuleClass : std::uint8_t { Layout, Print, Image, Text, Furniture };

/// Text fields, in the order findings sort by (§2.1 `field`).
enum class FieldKind : std::uint8_t {
    Kicker,
    Headline,
    Subheadline,
    Byline,
    Dateline,
    Paragraphs,
    Caption,
    Credit,
    Label,
    HeaderPaperName,
    HeaderDate,
    HeaderPageName,
};

const char* severityName(Severity s);  ///< "error", "warning", "info"
const char* severityZh(Severity s);    ///< 错误, 警告, 提示
const char* className(RuleClass c);    ///< "layout", "print", …
const char* fieldName(FieldKind f);    ///< "kicker", …, "header.date"
std::optional<Severity> parseSeverity(const std::string& s);
std::optional<RuleClass> parseClass(const std::string& s);

/// Kicker, headline, subheadline: errors there count double (报纸编校差错率).
inline bool isDisplayField(FieldKind f) {
    return f == FieldKind::Kicker || f == FieldKind::Headline || f == FieldKind::Subheadline;
}
inline bool isHeaderField(FieldKind f) {
    return f == FieldKind::HeaderPaperName || f == FieldKind::HeaderDate ||
           f == FieldKind::HeaderPageName;
}
/// Fields that hold names, where spaces separate names (dateline, byline, credit, 报眉 date).
inline bool isNameField(FieldKind f) {
    return f == FieldKind::Dateline || f == FieldKind::Byline || f == FieldKind::Credit ||
           f == FieldKind::HeaderDate;
}

/// Half-open range [begin, end).
struct Range {
    int begin = 0;
    int end = 0;
    bool operator==(const Range&) const = default;
};

struct Location {
    std::string page;  ///< page id; empty when the item is on no page (an unplaced article)
    int folio = 0;     ///< 版次; 0 = absent
    std::string frame;
    std::string article;
    std::optional<FieldKind> field;
    int paragraph = -1;  ///< index in `paragraphs`; -1 = absent
    int line = -1;       ///< line index in the frame; -1 = absent
    std::optional<Range> utf16;
    std::optional<Range> cp;
    bool operator==(const Location&) const = default;
};

/// One replacement in the stored field string.
struct TextEdit {
    Range utf16;
    Range cp;
    std::u16string text;
    bool operator==(const TextEdit&) const = default;
};

struct Fix {
    std::vector<TextEdit> edits;  ///< a quote or bracket pair: two edits
    std::string zh, en;           ///< what the fix does
    bool safe = false;            ///< the rule alone decides; applied by 全部修正
    bool operator==(const Fix&) const = default;
};

struct Excerpt {
    std::u16string before, text, after;  ///< ≤ 8 code points of context each side
    bool operator==(const Excerpt&) const = default;
};

struct Finding {
    std::string rule;
    Severity severity = Severity::Warning;
    RuleClass cls = RuleClass::Layout;
    Location location;
    std::vector<Location> related;
    std::optional<Excerpt> excerpt;
    std::string zh, en;  ///< the message
    std::optional<Fix> fix;
    std::vector<std::pair<std::string, double>> data;  ///< rule numbers, in a fixed order
    std::uint64_t fingerprint = 0;
    bool waived = false;
    bool operator==(const Finding&) const = default;
};

/// 16 lower-case hex digits.
std::string fingerprintHex(std::uint64_t fp);

}  // namespace bm::check
