// SPDX-License-Identifier: MIT
// Dashes and ellipses typed with the wrong characters: ZH-DASH (破折号 is ——), ZH-ELLIPSIS
// (省略号 is ……) and ZH-ELLIPSIS-ETC (……等 says the same thing twice).
#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

int runEnd(const FieldText& t, int i, char32_t c) {
    int e = i;
    while (e < t.size() && t[e] == c) ++e;
    return e;
}

void dashHit(Range r, std::u32string to, bool safe, const std::string& from, Hits& out) {
    TextHit h;
    h.rule = "ZH-DASH";
    h.cp = r;
    const std::string s = utf8(to);
    h.zh = "“" + from + "”应为“" + s + "”";
    h.en = "'" + from + "' typed for a dash; use '" + s + "'";
    h.fix("改为“" + s + "”", "Use '" + s + "'", safe).edit(r, std::move(to));
    out.push_back(std::move(h));
}

std::string slice(const FieldText& t, int b, int e) {
    return utf8(
        std::u32string_view(t.cps()).substr(static_cast<size_t>(b), static_cast<size_t>(e - b)));
}

}  // namespace

void ruleDash(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i < t.size();) {
        const char32_t c = t[i];
        if (t.skipped(i)) {
            ++i;
            continue;
        }
        const int e = runEnd(t, i, c);
        const int n = e - i;
        const bool cjk = t.cjkContext(i, e);
        if ((c == '-' || c == U'－' || c == U'―') && n >= 2 && cjk) {
            // Exactly two: the typist meant ——. Three hyphens might be meant otherwise.
            dashHit({i, e}, U"——", n == 2, slice(t, i, e), out);
        } else if (c == U'—' && n >= 3) {
            dashHit({i, e}, U"——", false, slice(t, i, e), out);
        } else if (c == U'–' && n == 1 && cjk &&
                   !(isAsciiDigit(t[i - 1]) && isAsciiDigit(t[i + 1]))) {
            dashHit({i, e}, U"—", false, slice(t, i, e), out);
        } else if (c == '-' && n == 1 && isSpaceChar(t[i - 1]) && isSpaceChar(t[i + 1])) {
            // " - " between Chinese: a connector typed with spaces (北京 - 上海 → 北京—上海).
            int b = i, f = e;
            while (b > 0 && isSpaceChar(t[b - 1])) --b;
            while (f < t.size() && isSpaceChar(t[f])) ++f;
            if (b > 0 && f < t.size() && isHan(t[b - 1]) && isHan(t[f]))
                dashHit({b, f}, U"—", false, slice(t, b, f), out);
        }
        i = e;
    }
}

void ruleEllipsis(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i < t.size();) {
        const char32_t c = t[i];
        const int e = runEnd(t, i, c);
        const int n = e - i;
        bool bad = false;
        if (c == '.' && n >= 3 && !t.skipped(i))
            bad = t.cjkContext(i, e);
        else if ((c == U'。' || c == U'、' || c == U'，' || c == U'・' || c == U'·') && n >= 3)
            bad = true;
        else if (c == U'…')
            bad = n != 2 && n != 4;  // …… and, for omitted paragraphs, …………
        else if (c == U'⋯')
            bad = true;
        if (bad) {
            TextHit h;
            h.rule = "ZH-ELLIPSIS";
            h.cp = {i, e};
            const std::string from = slice(t, i, e);
            h.zh = "省略号“" + from + "”应为“……”";
            h.en = "'" + from + "' typed for an ellipsis; use '……'";
            h.fix("改为“……”", "Use '……'", true).edit({i, e}, U"……");
            out.push_back(std::move(h));
        }
        i = e;
    }
}

void ruleEllipsisEtc(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i < t.size();) {
        if (t[i] != U'…') {
            ++i;
            continue;
        }
        const int e = runEnd(t, i, U'…');
        if (t[e] == U'等') {
            TextHit h;
            h.rule = "ZH-ELLIPSIS-ETC";
            h.cp = {i, e + 1};
            h.zh = "省略号后不再用“等”";
            h.en = "An ellipsis already says 等; use one of them";
            out.push_back(std::move(h));
        }
        i = e;
    }
}

}  // namespace bm::check
