// SPDX-License-Identifier: MIT
// Punctuation rules: ZH-HALFWIDTH-PUNCT (GB/T 15834: full-width marks in Chinese text),
// ZH-PUNCT-STACK, ZH-PARALLEL-DUN and ZH-END-PUNCT.
#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

char32_t fullWidthOf(char32_t c) {
    switch (c) {
        case ',':
            return U'，';
        case ';':
            return U'；';
        case ':':
            return U'：';
        case '?':
            return U'？';
        case '!':
            return U'！';
        case '.':
            return U'。';
        case '(':
            return U'（';
        case ')':
            return U'）';
        default:
            return c;
    }
}

void single(const FieldText& t, int i, char32_t to, bool safe, Hits& out) {
    const char32_t from = t[i];
    TextHit h;
    h.rule = "ZH-HALFWIDTH-PUNCT";
    h.cp = {i, i + 1};
    h.zh = "半角“" + utf8(from) + "”应为“" + utf8(to) + "”";
    h.en = "Half-width '" + utf8(from) + "' in Chinese text; use '" + utf8(to) + "'";
    h.fix("改为全角“" + utf8(to) + "”", "Use the full-width '" + utf8(to) + "'", safe)
        .edit({i, i + 1}, std::u32string(1, to));
    out.push_back(std::move(h));
}

void pair(int open, int close, char32_t o, char32_t c, char32_t to, char32_t tc, bool safe,
          Hits& out) {
    TextHit h;
    h.rule = "ZH-HALFWIDTH-PUNCT";
    h.cp = {open, close + 1};
    const std::string from = utf8(o) + utf8(c), full = utf8(to) + utf8(tc);
    h.zh = "半角“" + from + "”应为“" + full + "”";
    h.en = "Half-width '" + from + "' in Chinese text; use '" + full + "'";
    h.fix("改为全角“" + full + "”", "Use the full-width '" + full + "'", safe)
        .edit({open, open + 1}, std::u32string(1, to))
        .edit({close, close + 1}, std::u32string(1, tc));
    out.push_back(std::move(h));
}

bool hasHan(const FieldText& t, int b, int e) {
    for (int k = b; k < e; ++k)
        if (isHan(t[k])) return true;
    return false;
}

// Straight quotes " or ' in Chinese text: an even number pairs up (safe), an odd one is left
// to a person (which one is the stray?).
void straightQuotes(const FieldText& t, char32_t q, char32_t open, char32_t close, Hits& out) {
    std::vector<int> at;
    for (int i = 0; i < t.size(); ++i)
        if (t[i] == q && !t.skipped(i) && !(q == '\'' && isLatinLetter(t[i - 1]))) at.push_back(i);
    if (at.empty()) return;
    if (at.size() % 2 == 0) {
        for (size_t k = 0; k + 1 < at.size(); k += 2) {
            const int a = at[k], b = at[k + 1];
            if (t.cjkContext(a) || t.cjkContext(b) || hasHan(t, a + 1, b))
                pair(a, b, q, q, open, close, true, out);
        }
        return;
    }
    for (size_t k = 0; k < at.size(); ++k)
        if (t.cjkContext(at[k])) single(t, at[k], k % 2 == 0 ? open : close, false, out);
}

}  // namespace

bool halfwidthFlagged(const FieldText& t, int i) {
    const char32_t c = t[i];
    if (t.skipped(i)) return false;
    switch (c) {
        case ',':
        case ';':
        case ':':
        case '?':
        case '!':
        case '(':
        case ')':
        case '"':
            return t.cjkContext(i);
        case '.':
            if (t[i - 1] == '.' || t[i + 1] == '.') return false;  // "..." is ZH-ELLIPSIS
            if (isAsciiDigit(t[i - 1]) && isAsciiDigit(t[i + 1])) return false;
            return t.cjkContext(i);
        default:
            return false;
    }
}

void ruleHalfwidthPunct(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    std::vector<int> opens;
    for (int i = 0; i < t.size(); ++i) {
        const char32_t c = t[i];
        if (t.skipped(i)) continue;
        if (c == '(') {
            opens.push_back(i);
            continue;
        }
        if (c == ')') {
            if (opens.empty()) {
                if (t.cjkContext(i)) single(t, i, U'）', true, out);
                continue;
            }
            const int o = opens.back();
            opens.pop_back();
            if (hasHan(t, o + 1, i) || t.cjkContext(o) || t.cjkContext(i))
                pair(o, i, '(', ')', U'（', U'）', true, out);
            continue;
        }
        if (c == '"' || c == '\'') continue;
        if (!halfwidthFlagged(t, i)) continue;
        // A full stop between two Han may be a 间隔号 (约翰.史密斯): a person decides.
        const bool safe = !(c == '.' && isHan(t[i - 1]) && isHan(t[i + 1]));
        single(t, i, fullWidthOf(c), safe, out);
    }
    for (int o : opens)
        if (t.cjkContext(o)) single(t, o, U'（', true, out);
    straightQuotes(t, '"', U'“', U'”', out);
    straightQuotes(t, '\'', U'‘', U'’', out);
}

void rulePunctStack(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    auto isPause = [](char32_t c) {
        return c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'。';
    };
    for (int i = 0; i < t.size();) {
        if (!isPause(t[i])) {
            ++i;
            continue;
        }
        int e = i;
        while (e < t.size() && isPause(t[e])) ++e;
        if (e - i == 2) {  // three or more are a typed ellipsis (ZH-ELLIPSIS)
            TextHit h;
            h.rule = "ZH-PUNCT-STACK";
            h.cp = {i, e};
            const std::string both = utf8(t[i]) + utf8(t[i + 1]);
            h.zh = "点号连用“" + both + "”";
            h.en = "Two punctuation marks in a row: '" + both + "'";
            h.fix("删去“" + utf8(t[i + 1]) + "”", "Delete the second mark", false)
                .edit({i + 1, i + 2}, U"");
            out.push_back(std::move(h));
        }
        i = e;
    }
}

void ruleParallelDun(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    for (int i = 0; i + 2 < t.size(); ++i) {
        if (t[i + 1] != U'、') continue;
        if (!((t[i] == U'》' && t[i + 2] == U'《') || (t[i] == U'”' && t[i + 2] == U'“'))) continue;
        TextHit h;
        h.rule = "ZH-PARALLEL-DUN";
        h.cp = {i, i + 3};
        h.zh = "并列的书名号或引号之间不用顿号";
        h.en = "No 顿号 between quoted or titled items in a series";
        h.fix("删去顿号", "Delete the 顿号", false).edit({i + 1, i + 2}, U"");
        out.push_back(std::move(h));
    }
}

void ruleEndPunct(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out) {
    const bool caption = c.kind == FieldKind::Caption && p.params.captionEndPunctRequired;
    if (c.kind != FieldKind::Paragraphs && !caption) return;
    if (c.salutation) return;
    int j = t.size() - 1;
    while (j >= 0 && (isSpaceChar(t[j]) || t[j] == '\n')) --j;
    if (j < 0) return;
    // A jump notice typed at the end (……（下转第2版）) is not the sentence's end.
    if (t[j] == U'）' && j >= 5 && t[j - 1] == U'版') {
        int k = j - 2;
        while (k >= 0 && isAsciiDigit(t[k])) --k;
        if (k >= 1 && t[k] == U'第' && (t[k - 1] == U'转' || t[k - 1] == U'接')) {
            int open = k - 2;
            while (open >= 0 && t[open] != U'（') --open;
            if (open >= 0) {
                j = open - 1;
                while (j >= 0 && isSpaceChar(t[j])) --j;
                if (j < 0) return;
            }
        }
    }
    const int last = j;
    static constexpr std::u32string_view closers = U"”’）》】」』\"')";
    while (j >= 0 && closers.find(t[j]) != std::u32string_view::npos) --j;
    if (j < 0) return;
    static constexpr std::u32string_view enders = U"。？！…：；.?!";
    if (enders.find(t[j]) != std::u32string_view::npos) return;
    if (!c.lastParagraph && c.kind == FieldKind::Paragraphs) {
        // A short paragraph without any 点号 is a 小标题 (subhead).
        int chars = 0;
        bool points = false;
        for (int k = 0; k < t.size(); ++k) {
            if (!isSpaceChar(t[k])) ++chars;
            if (std::u32string_view(U"，。、；：？！").find(t[k]) != std::u32string_view::npos)
                points = true;
        }
        if (chars <= 15 && !points) return;
    }
    TextHit h;
    h.rule = "ZH-END-PUNCT";
    h.cp = {j, j + 1};
    h.zh = "段末缺标点";
    h.en = "The paragraph does not end with a full stop";
    if (t[j] == U'，' || t[j] == U'、')
        h.fix("改为句号", "Use a full stop", false).edit({j, j + 1}, U"。");
    else
        h.fix("末尾加句号", "Add a full stop", false).edit({last + 1, last + 1}, U"。");
    out.push_back(std::move(h));
}

}  // namespace bm::check
