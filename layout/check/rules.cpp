// SPDX-License-Identifier: MIT
#include "layout/check/rules.h"

#include <cstdio>

namespace bm::check {

namespace {
constexpr auto L = RuleClass::Layout;
constexpr auto I = RuleClass::Image;
constexpr auto P = RuleClass::Print;
constexpr auto F = RuleClass::Furniture;
constexpr auto T = RuleClass::Text;
constexpr auto E = Severity::Error;
constexpr auto W = Severity::Warning;
constexpr auto N = Severity::Info;
}  // namespace

const std::vector<RuleInfo>& allRules() {
    static const std::vector<RuleInfo> rules = {
        {"LAY-OVERSET", "文字未排完", "Overset text", L, E},
        {"LAY-UNDERSET", "空行过多", "Too many empty lines", L, W},
        {"LAY-EMPTY-FRAME", "开天窗", "Empty article frame", L, E},
        {"LAY-OVERLAP", "文章压框", "Overlapping frames", L, E},
        {"LAY-WRAP-COLLISION", "文字压图", "Text under a picture or label", L, E},
        {"LAY-OFF-PAGE", "出界", "Off the page", L, E},
        {"LAY-OFF-TYPEAREA", "出版心", "Outside the type area", L, W},
        {"LAY-OVERRUN", "行超宽", "Line overruns its column", L, E},
        {"LAY-KINSOKU-FORCED", "禁则未满足", "Line break against 禁则", L, W},
        {"LAY-HEADLINE-CLIPPED", "标题被截", "Headline clipped", L, E},
        {"LAY-JUMP-MISSING", "缺转版说明", "Missing jump line", L, E},
        {"LAY-JUMP-TARGET", "转版版次错", "Jump line names a wrong page", L, E},
        {"LAY-DUPLICATE", "稿件重复", "Duplicate story", L, W},
        {"LAY-UNPLACED", "稿件未上版", "Story not placed", L, N},
        {"IMG-EMPTY", "空图框", "Empty picture frame", I, E},
        {"IMG-MISSING", "图片缺失", "Picture file missing", I, E},
        {"IMG-FORMAT", "格式不支持", "Unsupported picture format", I, E},
        {"IMG-PPI-LOW", "分辨率不足", "Resolution too low", I, W},
        {"IMG-PPI-HIGH", "分辨率过高", "Resolution needlessly high", I, N},
        {"IMG-DISTORTED", "图片变形", "Picture distorted", I, E},
        {"IMG-ORIENTATION", "方向未校正", "EXIF orientation not applied", I, W},
        {"PRN-RGB", "RGB 未转换", "RGB picture", P, E},
        {"PRN-TAC", "总墨量超限", "Total ink over the limit", P, E},
        {"PRN-GLYPH-MISSING", "缺字（豆腐块）", "Character missing from the fonts", P, E},
        {"PRN-GLYPH-FALLBACK", "借用字体", "Character set in a fallback font", P, W},
        {"PRN-FONT-EMBED", "字体不可嵌入", "Font may not be embedded", P, E},
        {"FUR-HEADER-EMPTY", "报眉不全", "Running head incomplete", F, E},
        {"FUR-FOLIO", "版次错", "Page numbers wrong", F, E},
        {"FUR-DATE", "日期不一致", "Dates wrong or inconsistent", F, E},
        {"FUR-PAGECOUNT", "版数", "Page count", F, N},
        {"ZH-HALFWIDTH-PUNCT", "半角标点", "Half-width punctuation", T, W},
        {"ZH-FULLWIDTH-ALNUM", "全角字母数字", "Full-width letters or digits", T, W},
        {"ZH-PAIR-UNBALANCED", "成对标点不配", "Unbalanced quote or bracket", T, E},
        {"ZH-QUOTE-NESTING", "引号嵌套", "Quote nesting", T, W},
        {"ZH-QUOTE-STYLE", "引号形式", "Quote style", T, W},
        {"ZH-DASH", "破折号形式", "Dash form", T, W},
        {"ZH-ELLIPSIS", "省略号形式", "Ellipsis form", T, W},
        {"ZH-ELLIPSIS-ETC", "省略号加“等”", "Ellipsis followed by 等", T, N},
        {"ZH-RANGE-CONNECTOR", "连接号", "Range connector", T, W},
        {"ZH-RANGE-UNIT", "范围单位", "Unit missing in a range", T, W},
        {"ZH-REPEAT", "重复字词", "Repeated character or word", T, W},
        {"ZH-PUNCT-STACK", "点号连用", "Two punctuation marks in a row", T, W},
        {"ZH-SPACE-CJK", "汉字间空格", "Space between Chinese characters", T, W},
        {"ZH-SPACE-PUNCT", "标点旁空格", "Space next to punctuation", T, W},
        {"ZH-SPACE-MIXED", "中西文间空格", "Space between Chinese and Latin", T, N},
        {"ZH-END-PUNCT", "段末缺标点", "Paragraph without end punctuation", T, W},
        {"ZH-NUM-THOUSANDS", "千分撇", "Thousands separator", T, N},
        {"ZH-NUM-ZERO", "〇的写法", "Zero in a year", T, W},
        {"ZH-NUM-APPROX", "概数顿号", "顿号 in an approximate number", T, W},
        {"ZH-NUM-MIXED-DATE", "日期数字混用", "Date mixes numeral forms", T, W},
        {"ZH-NUM-ARABIC", "宜用阿拉伯数字", "Use Arabic numerals", T, N},
        {"ZH-PARALLEL-DUN", "并列标号间顿号", "顿号 between quoted titles", T, N},
        {"ZH-TRAD-CHAR", "繁体混入", "Traditional character", T, W, false},
        {"ZH-PERCENT-WIDTH", "百分号宽度", "Percent sign width", T, N},
    };
    return rules;
}

const RuleInfo* findRule(std::string_view id) {
    for (const auto& r : allRules())
        if (id == r.id) return &r;
    return nullptr;
}

const char* severityName(Severity s) {
    switch (s) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Info:
            return "info";
    }
    return "info";
}

const char* severityZh(Severity s) {
    switch (s) {
        case Severity::Error:
            return "错误";
        case Severity::Warning:
            return "警告";
        case Severity::Info:
            return "提示";
    }
    return "提示";
}

const char* className(RuleClass c) {
    switch (c) {
        case RuleClass::Layout:
            return "layout";
        case RuleClass::Print:
            return "print";
        case RuleClass::Image:
            return "image";
        case RuleClass::Text:
            return "text";
        case RuleClass::Furniture:
            return "furniture";
    }
    return "layout";
}

const char* fieldName(FieldKind f) {
    switch (f) {
        case FieldKind::Kicker:
            return "kicker";
        case FieldKind::Headline:
            return "headline";
        case FieldKind::Subheadline:
            return "subheadline";
        case FieldKind::Byline:
            return "byline";
        case FieldKind::Dateline:
            return "dateline";
        case FieldKind::Paragraphs:
            return "paragraphs";
        case FieldKind::Caption:
            return "caption";
        case FieldKind::Credit:
            return "credit";
        case FieldKind::Label:
            return "label";
        case FieldKind::HeaderPaperName:
            return "header.paperName";
        case FieldKind::HeaderDate:
            return "header.date";
        case FieldKind::HeaderPageName:
            return "header.pageName";
    }
    return "paragraphs";
}

std::optional<Severity> parseSeverity(const std::string& s) {
    for (auto v : {Severity::Info, Severity::Warning, Severity::Error})
        if (s == severityName(v)) return v;
    return std::nullopt;
}

std::optional<RuleClass> parseClass(const std::string& s) {
    for (auto v : {RuleClass::Layout, RuleClass::Print, RuleClass::Image, RuleClass::Text,
                   RuleClass::Furniture})
        if (s == className(v)) return v;
    return std::nullopt;
}

std::string fingerprintHex(std::uint64_t fp) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fp));
    return buf;
}

}  // namespace bm::check
