// SPDX-License-Identifier: MIT
// Number ranges (GB/T 15834 4.13, GB/T 15835 5.1.4): ZH-RANGE-CONNECTOR (2023—2024年 or 5～8℃,
// not 2023-2024年) and ZH-RANGE-UNIT (10%～20%, 9亿～16亿元: % and 万/亿 stay on both numbers).
#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

// Units, measure words and time words that make "N-N u" a range rather than a code or a date.
const std::initializer_list<std::u32string_view> kUnits = {
    U"年", U"月", U"日", U"号", U"时", U"点",   U"分钟", U"分",   U"秒",   U"岁",   U"小时",
    U"天", U"周", U"个", U"人", U"名", U"位",   U"次",   U"种",   U"条",   U"项",   U"件",
    U"倍", U"元", U"万", U"亿", U"米", U"厘米", U"毫米", U"公里", U"千米", U"千克", U"公斤",
    U"克", U"吨", U"斤", U"度", U"℃",  U"%",    U"％",   U"‰",    U"家",   U"所",   U"户",
    U"场", U"届", U"期", U"辆", U"台", U"层",   U"栋",   U"间",   U"页",   U"章",   U"版",
    U"册", U"本", U"只", U"头", U"株", U"棵",   U"亩",   U"公顷", U"升",   U"毫升", U"千瓦",
    U"瓦", U"岁", U"级", U"块", U"kg", U"km",   U"cm",   U"mm"};

bool isTimeUnit(char32_t c) {
    return c == U'年' || c == U'月' || c == U'日' || c == U'号' || c == U'时';
}

/// The connector at i: its length in code points, 0 when none.
int connectorAt(const FieldText& t, int i) {
    if (t.matches(i, U"——")) return 2;
    const char32_t c = t[i];
    return c == '-' || c == U'–' || c == U'－' || c == '~' || c == U'〜' || c == U'～' || c == U'—'
               ? 1
               : 0;
}

/// Digits (and a decimal point) from i; returns the end.
int numberEnd(const FieldText& t, int i, bool decimals) {
    int e = i;
    while (isAsciiDigit(t[e]) || (decimals && t[e] == '.' && isAsciiDigit(t[e + 1]) && e > i)) ++e;
    return e;
}

/// A number may start at i: not inside a code such as WD-40, 010-8884, 3-2-11 or 1.5.
bool numberStart(const FieldText& t, int i) {
    const char32_t p = t[i - 1];
    if (isAsciiDigit(p) || isLatinLetter(p) || p == '.' || p == '/') return false;
    if (connectorAt(t, i - 1) && isAsciiDigit(t[i - 2])) return false;
    return true;
}

struct RangeMatch {
    int n1 = 0, n1End = 0, sep = 0, sepEnd = 0, n2 = 0, n2End = 0, unitEnd = 0;
    char32_t unit = 0;
};

}  // namespace

void ruleRangeConnector(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    using RC = RuleParams::RangeConnector;
    for (int i = 0; i < t.size(); ++i) {
        if (!isAsciiDigit(t[i]) || t.skipped(i) || !numberStart(t, i)) continue;
        RangeMatch m;
        m.n1 = i;
        m.n1End = numberEnd(t, i, false);
        if (m.n1End - m.n1 > 4) {
            i = m.n1End;
            continue;
        }
        m.sep = m.n1End + matchAny(t, m.n1End, kUnits);
        const int sepLen = connectorAt(t, m.sep);
        m.sepEnd = m.sep + sepLen;
        m.n2 = m.sepEnd;
        m.n2End = numberEnd(t, m.n2, false);
        const int u2 = matchAny(t, m.n2End, kUnits);
        const bool ordinal = t[i - 1] == U'第';
        if (!sepLen || m.n2End == m.n2 || m.n2End - m.n2 > 4 || (!u2 && !ordinal) ||
            (connectorAt(t, m.n2End) && isAsciiDigit(t[m.n2End + 1])) || isAsciiDigit(t[m.n2End]))
            continue;
        const char32_t sep = t[m.sep];
        const bool tildeLike = sep == '~' || sep == U'〜';
        const bool isDash = sep == U'—' && sepLen == 1;
        const bool isTilde = sep == U'～';
        if ((isDash && p.params.rangeConnector != RC::Tilde) ||
            (isTilde && p.params.rangeConnector != RC::Dash))
            continue;
        std::u32string to;
        if (p.params.rangeConnector == RC::Dash)
            to = U"—";
        else if (p.params.rangeConnector == RC::Tilde || tildeLike)
            to = U"～";
        else
            to = isTimeUnit(t[m.n2End]) ? U"—" : U"～";
        const bool safe = tildeLike && to == U"～";
        TextHit h;
        h.rule = "ZH-RANGE-CONNECTOR";
        h.cp = {m.n1, m.n2End + u2};
        const std::string from = utf8(std::u32string_view(t.cps()).substr(
            static_cast<size_t>(m.sep), static_cast<size_t>(sepLen)));
        h.zh = "表示数值范围用“" + utf8(to) + "”，不用“" + from + "”";
        h.en = "A range takes '" + utf8(to) + "', not '" + from + "'";
        h.fix("改为“" + utf8(to) + "”", "Use '" + utf8(to) + "'", safe).edit({m.sep, m.sepEnd}, to);
        out.push_back(std::move(h));
        i = m.n2End;
    }
}

void ruleRangeUnit(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i < t.size(); ++i) {
        if (!isAsciiDigit(t[i]) || t.skipped(i) || !numberStart(t, i)) continue;
        const int n1End = numberEnd(t, i, true);
        const int sepLen = connectorAt(t, n1End);
        const int n2 = n1End + sepLen;
        const int n2End = numberEnd(t, n2, true);
        const char32_t u = t[n2End];
        if (!sepLen || n2End == n2 ||
            !(u == '%' || u == U'％' || u == U'‰' || u == U'万' || u == U'亿')) {
            i = n1End;
            continue;
        }
        TextHit h;
        h.rule = "ZH-RANGE-UNIT";
        h.cp = {i, n2End + 1};
        h.zh = "范围的前一个数也要带“" + utf8(u) + "”";
        h.en = "Both numbers of the range take '" + utf8(u) + "'";
        h.fix("在前一个数后加“" + utf8(u) + "”", "Add '" + utf8(u) + "' to the first number", true)
            .edit({n1End, n1End}, std::u32string(1, u));
        out.push_back(std::move(h));
        i = n2End;
    }
}

}  // namespace bm::check
