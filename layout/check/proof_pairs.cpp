// SPDX-License-Identifier: MIT
// Paired marks: ZH-PAIR-UNBALANCED (a quote or bracket left open or closed twice),
// ZH-QUOTE-NESTING (“ inside “, ‘ outside, 《 inside 《) and ZH-QUOTE-STYLE (「」 in zh-Hans).
#include <vector>

#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

constexpr std::u32string_view kOpeners = U"“‘（《〈【〔［「『";
constexpr std::u32string_view kClosers = U"”’）》〉】〕］」』";

// ’ inside a Latin word is an apostrophe (don’t), not a closing quote.
bool isApostrophe(const FieldText& t, int i) {
    return t[i] == U'’' && isLatinLetter(t[i - 1]) && isLatinLetter(t[i + 1]);
}

struct Open {
    char32_t c;
    int at;
    bool flagged = false;  // ZH-QUOTE-NESTING: reported when it closes
};

TextHit unbalanced(const FieldText& t, int i, bool opener) {
    TextHit h;
    h.rule = "ZH-PAIR-UNBALANCED";
    h.cp = {i, i + 1};
    const std::string c = utf8(t[i]);
    h.zh = opener ? "“" + c + "”没有配对的后半" : "“" + c + "”没有配对的前半";
    h.en = opener ? "'" + c + "' is never closed" : "'" + c + "' closes nothing";
    return h;
}

}  // namespace

void rulePairUnbalanced(const FieldText& t, const FieldContext& c, const Profile&, Hits& out) {
    std::vector<Open> stack;
    for (int i = 0; i < t.size(); ++i) {
        const char32_t ch = t[i];
        if (auto k = kOpeners.find(ch); k != std::u32string_view::npos) {
            stack.push_back({ch, i});
            continue;
        }
        const auto k = kClosers.find(ch);
        if (k == std::u32string_view::npos || isApostrophe(t, i)) continue;
        const char32_t want = kOpeners[k];
        int depth = static_cast<int>(stack.size()) - 1;
        while (depth >= 0 && stack[static_cast<size_t>(depth)].c != want) --depth;
        if (depth < 0) {
            out.push_back(unbalanced(t, i, false));
            continue;
        }
        // Openers above the match were never closed.
        for (size_t s = static_cast<size_t>(depth) + 1; s < stack.size(); ++s)
            out.push_back(unbalanced(t, stack[s].at, true));
        stack.resize(static_cast<size_t>(depth));
    }
    // A quotation running over several paragraphs leaves “ open; the next one opens with “.
    const bool runsOn = c.kind == FieldKind::Paragraphs && c.nextStartsWithQuote;
    for (const Open& o : stack)
        if (!(runsOn && (o.c == U'“' || o.c == U'‘'))) out.push_back(unbalanced(t, o.at, true));
}

void ruleQuoteNesting(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    std::vector<Open> stack;
    auto openCount = [&](char32_t c) {
        int n = 0;
        for (const auto& o : stack) n += o.c == c;
        return n;
    };
    auto report = [&](const Open& o, int close, char32_t to, char32_t tc, const char* zh,
                      const char* en) {
        TextHit h;
        h.rule = "ZH-QUOTE-NESTING";
        h.cp = {o.at, close >= 0 ? close + 1 : o.at + 1};
        h.zh = zh;
        h.en = en;
        h.fix(std::string("改为“") + utf8(to) + utf8(tc) + "”", "Use '" + utf8(to) + utf8(tc) + "'",
              false)
            .edit({o.at, o.at + 1}, std::u32string(1, to));
        if (close >= 0) h.edit({close, close + 1}, std::u32string(1, tc));
        out.push_back(std::move(h));
    };
    for (int i = 0; i < t.size(); ++i) {
        const char32_t ch = t[i];
        if (ch == U'“' || ch == U'‘' || ch == U'《' || ch == U'〈') {
            Open o{ch, i};
            o.flagged =
                (ch == U'“' && openCount(U'“') > 0) || (ch == U'《' && openCount(U'《') > 0);
            stack.push_back(o);
            continue;
        }
        char32_t want = ch == U'”'    ? U'“'
                        : ch == U'’'  ? U'‘'
                        : ch == U'》' ? U'《'
                        : ch == U'〉' ? U'〈'
                                      : 0;
        if (!want || isApostrophe(t, i) || stack.empty() || stack.back().c != want) continue;
        const Open o = stack.back();
        stack.pop_back();
        bool hanInside = false;
        for (int k = o.at + 1; k < i && !hanInside; ++k) hanInside = isHan(t[k]);
        if (o.flagged && o.c == U'“')
            report(o, i, U'‘', U'’', "引号内再用引号应改为单引号‘’",
                   "A quotation inside a quotation takes ‘’");
        else if (o.flagged && o.c == U'《')
            report(o, i, U'〈', U'〉', "书名号内再用书名号应改为〈〉",
                   "A title inside a title takes 〈〉");
        else if (o.c == U'‘' && hanInside && openCount(U'“') == 0)
            report(o, i, U'“', U'”', "单引号用于引号之内，外层应为双引号“”",
                   "Single quotes go inside double quotes; use “” outside");
    }
    for (const Open& o : stack)
        if (o.flagged)
            report(o, -1, o.c == U'“' ? U'‘' : U'〈', o.c == U'“' ? U'’' : U'〉',
                   "引号内再用引号应改为单引号‘’", "A quotation inside a quotation takes ‘’");
}

void ruleQuoteStyle(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    const bool corner = p.params.quoteStyle == RuleParams::QuoteStyle::Corner;
    // What is wrong in this house style, and what it becomes.
    auto target = [&](char32_t c) -> char32_t {
        if (corner) {
            switch (c) {
                case U'“':
                    return U'「';
                case U'”':
                    return U'」';
                case U'‘':
                    return U'『';
                case U'’':
                    return U'』';
                default:
                    return 0;
            }
        }
        switch (c) {
            case U'「':
                return U'“';
            case U'」':
                return U'”';
            case U'『':
                return U'‘';
            case U'』':
                return U'’';
            case U'〝':
                return U'“';
            case U'〞':
            case U'〟':
                return U'”';
            default:
                return 0;
        }
    };
    auto isOpen = [&](char32_t c) {
        return c == U'「' || c == U'『' || c == U'〝' || c == U'“' || c == U'‘';
    };
    auto hit = [&](int a, int b) {
        TextHit h;
        h.rule = "ZH-QUOTE-STYLE";
        h.cp = {a, (b >= 0 ? b : a) + 1};
        const std::string from = utf8(t[a]) + (b >= 0 ? utf8(t[b]) : "");
        const std::string to = utf8(target(t[a])) + (b >= 0 ? utf8(target(t[b])) : std::string());
        h.zh = "引号“" + from + "”应为“" + to + "”";
        h.en = "Quotes '" + from + "': this house uses '" + to + "'";
        h.fix("改为“" + to + "”", "Use '" + to + "'", true)
            .edit({a, a + 1}, std::u32string(1, target(t[a])));
        if (b >= 0) h.edit({b, b + 1}, std::u32string(1, target(t[b])));
        out.push_back(std::move(h));
    };
    std::vector<int> stack;
    for (int i = 0; i < t.size(); ++i) {
        const char32_t ch = t[i];
        if (ch == U'＂') {  // full-width straight quote: pairs in order
            TextHit h;
            h.rule = "ZH-QUOTE-STYLE";
            h.cp = {i, i + 1};
            h.zh = "引号“＂”应为弯引号";
            h.en = "Straight full-width quote '＂'; use curly quotes";
            out.push_back(std::move(h));
            continue;
        }
        if (!target(ch) || isApostrophe(t, i)) continue;
        if (isOpen(ch)) {
            stack.push_back(i);
        } else if (!stack.empty()) {
            hit(stack.back(), i);
            stack.pop_back();
        } else {
            hit(i, -1);
        }
    }
    for (int o : stack) hit(o, -1);
}

}  // namespace bm::check
