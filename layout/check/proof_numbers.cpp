// SPDX-License-Identifier: MIT
// Numbers (GB/T 15835-2011): ZH-FULLWIDTH-ALNUM (２０２４ → 2024), ZH-NUM-THOUSANDS (千分撇),
// ZH-NUM-ZERO (二〇二四年), ZH-NUM-APPROX (三四个), ZH-NUM-MIXED-DATE, ZH-NUM-ARABIC
// (百分之三点七 → 3.7%) and ZH-PERCENT-WIDTH.
#include <cmath>
#include <cstdio>
#include <optional>

#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

bool isFullwidthDigit(char32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
bool isFullwidthAlnum(char32_t c) {
    return isFullwidthDigit(c) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}
char32_t toHalf(char32_t c) { return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c; }

std::u32string sub(const FieldText& t, int b, int e) {
    return std::u32string(t.cps().substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
}

bool isCnNumeral(char32_t c) {
    return cnDigit(c) >= 0 || c == U'十' || c == U'百' || c == U'千' || c == U'万' || c == U'亿';
}

/// 三千零五十 → 3050; 二〇二四 → 2024 (digit by digit when there is no 十百千万亿).
std::optional<long long> cnInteger(std::u32string_view s) {
    if (s.empty()) return std::nullopt;
    bool units = false;
    for (char32_t c : s) units = units || (cnDigit(c) < 0);
    long long total = 0, section = 0, number = 0;
    for (char32_t c : s) {
        const int d = cnDigit(c);
        if (!units) {
            if (d < 0) return std::nullopt;
            total = total * 10 + d;
            continue;
        }
        if (d >= 0) {
            number = d;
        } else if (c == U'十' || c == U'百' || c == U'千') {
            const long long u = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
            section += (number == 0 ? 1 : number) * u;
            number = 0;
        } else if (c == U'万' || c == U'亿') {
            total = (total + section + number) * (c == U'万' ? 10000 : 100000000);
            section = number = 0;
        } else {
            return std::nullopt;
        }
    }
    return total + section + number;
}

/// 三点七 → "3.7"
std::optional<std::string> cnDecimal(std::u32string_view s) {
    const auto dot = s.find(U'点');
    auto whole = cnInteger(s.substr(0, dot));
    if (!whole) return std::nullopt;
    std::string out = std::to_string(*whole);
    if (dot != std::u32string_view::npos) {
        if (dot + 1 >= s.size()) return std::nullopt;
        out += '.';
        for (char32_t c : s.substr(dot + 1)) {
            const int d = cnDigit(c);
            if (d < 0) return std::nullopt;
            out += static_cast<char>('0' + d);
        }
    }
    return out;
}

std::u32string ascii32(const std::string& s) { return std::u32string(s.begin(), s.end()); }

}  // namespace

void ruleFullwidthAlnum(const FieldText& t, const FieldContext& c, const Profile&, Hits& out) {
    if (c.kind == FieldKind::Label) return;  // designed labels may use full-width forms
    for (int i = 0; i < t.size();) {
        if (!isFullwidthAlnum(t[i])) {
            ++i;
            continue;
        }
        int b = i;
        if ((t[b - 1] == U'＋' || t[b - 1] == U'－') && isFullwidthDigit(t[i])) --b;
        int e = i;
        while (e < t.size()) {
            if (isFullwidthAlnum(t[e])) {
                ++e;
            } else if ((t[e] == U'．' || t[e] == U'，') && isFullwidthDigit(t[e - 1]) &&
                       isFullwidthDigit(t[e + 1])) {
                ++e;
            } else if (t[e] == U'％' && isFullwidthDigit(t[e - 1])) {
                ++e;
                break;
            } else {
                break;
            }
        }
        std::u32string to;
        for (int k = b; k < e; ++k) to += toHalf(t[k]);
        TextHit h;
        h.rule = "ZH-FULLWIDTH-ALNUM";
        h.cp = {b, e};
        h.zh = "全角“" + utf8(sub(t, b, e)) + "”应为“" + utf8(to) + "”";
        h.en = "Full-width '" + utf8(sub(t, b, e)) + "'; use '" + utf8(to) + "'";
        h.fix("改为半角", "Use half-width characters", true).edit({b, e}, to);
        out.push_back(std::move(h));
        i = e;
    }
}

void ruleNumThousands(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    using TS = RuleParams::Thousands;
    if (p.params.thousandsSeparator == TS::Comma) return;
    for (int i = 0; i < t.size(); ++i) {
        if (!isAsciiDigit(t[i]) || t.skipped(i) || isAsciiDigit(t[i - 1]) ||
            isLatinLetter(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == ',')
            continue;
        int e = i;
        while (isAsciiDigit(t[e])) ++e;
        if (e - i > 3) {
            i = e;
            continue;
        }
        std::vector<int> commas;
        while (t[e] == ',' && isAsciiDigit(t[e + 1]) && isAsciiDigit(t[e + 2]) &&
               isAsciiDigit(t[e + 3]) && !isAsciiDigit(t[e + 4])) {
            commas.push_back(e);
            e += 4;
        }
        if (commas.empty() || t[e] == ',' || t[e] == '.' || !t.cjkContext(i, e)) {
            i = e;
            continue;
        }
        const bool thin = p.params.thousandsSeparator == TS::Thin;
        TextHit h;
        h.rule = "ZH-NUM-THOUSANDS";
        h.cp = {i, e};
        h.zh = thin ? "千分位用千分空，不用逗号" : "数字不用千分撇";
        h.en = thin ? "Thousands take a thin space, not a comma" : "No thousands separator";
        h.fix(thin ? "改为千分空" : "删去千分撇",
              thin ? "Use thin spaces" : "Delete the separators", true);
        for (int k : commas) h.edit({k, k + 1}, thin ? U"\u2009" : U"");
        out.push_back(std::move(h));
        i = e;
    }
}

void ruleNumZero(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i + 4 < t.size(); ++i) {
        if (cnDigit(t[i - 1]) >= 0 || t[i + 4] != U'年') continue;
        bool all = true, wrongZero = false, real = false;
        for (int k = i; k < i + 4; ++k) {
            const char32_t c = t[k];
            all = all && cnDigit(c) >= 0;
            wrongZero = wrongZero || c == U'零' || c == U'O' || c == U'○' || c == U'Ｏ';
            real = real || (cnDigit(c) > 0);
        }
        if (!all || !wrongZero || !real) continue;
        TextHit h;
        h.rule = "ZH-NUM-ZERO";
        h.cp = {i, i + 5};
        h.zh = "年份中的“零”应写作“〇”";
        h.en = "A year written in Chinese numerals takes 〇 for zero";
        h.fix("改为“〇”", "Use 〇", true);
        for (int k = i; k < i + 4; ++k)
            if (cnDigit(t[k]) == 0 && t[k] != U'〇') h.edit({k, k + 1}, U"〇");
        out.push_back(std::move(h));
        i += 4;
    }
}

void ruleNumApprox(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    static constexpr std::u32string_view measure = U"个天年月日岁名位次种条项件倍";
    for (int i = 0; i + 3 < t.size(); ++i) {
        const int a = cnDigit(t[i]), b = cnDigit(t[i + 2]);
        if (t[i + 1] != U'、' || a < 1 || b != a + 1 || t[i - 1] == U'第' ||
            cnDigit(t[i - 1]) >= 0 || measure.find(t[i + 3]) == std::u32string_view::npos)
            continue;
        TextHit h;
        h.rule = "ZH-NUM-APPROX";
        h.cp = {i, i + 4};
        h.zh = "相邻数字连用表示概数，中间不用顿号";
        h.en = "Adjacent numerals giving an estimate take no 顿号";
        h.fix("删去顿号", "Delete the 顿号", false).edit({i + 1, i + 2}, U"");
        out.push_back(std::move(h));
    }
}

void ruleNumMixedDate(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i < t.size(); ++i) {
        int e = i;
        bool cnYear = false;
        if (cnDigit(t[i]) >= 0 && cnDigit(t[i - 1]) < 0) {
            while (cnDigit(t[e]) >= 0) ++e;
            cnYear = e - i >= 2 && e - i <= 4;
        } else if (isAsciiDigit(t[i]) && !isAsciiDigit(t[i - 1])) {
            while (isAsciiDigit(t[e])) ++e;
            if (e - i != 4) continue;
        } else {
            continue;
        }
        if ((!cnYear && cnDigit(t[i]) >= 0) || t[e] != U'年') continue;
        int m = e + 1, me = m;
        if (cnYear)
            while (isAsciiDigit(t[me])) ++me;
        else
            while (isCnNumeral(t[me]) && t[me] != U'万' && t[me] != U'亿') ++me;
        if (me == m || me - m > 3 || t[me] != U'月') continue;
        TextHit h;
        h.rule = "ZH-NUM-MIXED-DATE";
        h.cp = {i, me + 1};
        h.zh = "日期中的年和月日应同用阿拉伯数字或同用汉字数字";
        h.en = "A date takes one kind of numerals for year, month and day";
        out.push_back(std::move(h));
        i = me;
    }
}

void ruleNumArabic(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    auto numeralRun = [&](int i) {
        int e = i;
        while (isCnNumeral(t[e]) || (t[e] == U'点' && e > i && cnDigit(t[e + 1]) >= 0)) ++e;
        return e;
    };
    for (int i = 0; i < t.size(); ++i) {
        const bool percent = t.matches(i, U"百分之");
        int b = percent ? i + 3 : i;
        if (!percent && (!isCnNumeral(t[i]) || isCnNumeral(t[i - 1]))) continue;
        const int e = numeralRun(b);
        if (e == b) continue;
        const std::u32string_view num =
            std::u32string_view(t.cps()).substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
        const bool decimal = num.find(U'点') != std::u32string_view::npos;
        int unit = 0;
        if (!percent) {
            if (!decimal) continue;
            unit = matchAny(t, e,
                            {U"万", U"亿", U"元", U"米", U"吨", U"公里", U"千克", U"公斤", U"个",
                             U"倍", U"平方米", U"公顷", U"亩", U"克"});
            if (!unit) continue;
        }
        TextHit h;
        h.rule = "ZH-NUM-ARABIC";
        h.cp = {i, e + unit};
        h.zh = "统计数字宜用阿拉伯数字";
        h.en = "Statistics read better in Arabic numerals";
        if (auto value = cnDecimal(num)) {
            const std::u32string to = ascii32(*value) + (percent ? U"%" : U"");
            h.fix("改为“" + utf8(to) + "”", "Write '" + utf8(to) + "'", false).edit({i, e}, to);
        }
        out.push_back(std::move(h));
        i = e;
    }
}

void rulePercentWidth(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    using PF = RuleParams::PercentForm;
    if (p.params.percentForm == PF::Any) return;
    const bool full = p.params.percentForm == PF::Full;
    const char32_t wrong = full ? U'%' : U'％', right = full ? U'％' : U'%';
    for (int i = 0; i < t.size(); ++i) {
        if (t[i] != wrong || t.skipped(i) || (full && !isAsciiDigit(t[i - 1]))) continue;
        TextHit h;
        h.rule = "ZH-PERCENT-WIDTH";
        h.cp = {i, i + 1};
        h.zh = std::string("本报百分号用") + (full ? "全角“％”" : "半角“%”");
        h.en = std::string("This house uses the ") + (full ? "full-width '％'" : "half-width '%'");
        h.fix("改为“" + utf8(right) + "”", "Use '" + utf8(right) + "'", true)
            .edit({i, i + 1}, std::u32string(1, right));
        out.push_back(std::move(h));
    }
}

}  // namespace bm::check
