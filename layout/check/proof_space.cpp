// SPDX-License-Identifier: MIT
// Stray spaces: ZH-SPACE-CJK (中国 北京), ZH-SPACE-PUNCT (我们 ，出发) and ZH-SPACE-MIXED
// (发展 GDP 增长). Newspapers type no space in Chinese text; the engine sets the CJK–Latin gap
// itself (R-AS-1), so a typed space is a leftover of copy from the web or a 记者's draft.
#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

const std::initializer_list<std::u32string_view> kRoleWords = {
    U"记者", U"通讯员", U"摄影", U"摄",   U"编辑", U"实习生", U"撰稿", U"作者",
    U"文",   U"图",     U"校对", U"责编", U"美编", U"主编",   U"供图", U"整理"};

struct SpaceRun {
    int b = 0, e = 0;
};

/// Space runs that are not a leading indent (field start or after a line break).
template <typename F>
void forEachSpaceRun(const FieldText& t, F&& f) {
    for (int i = 0; i < t.size();) {
        if (!isSpaceChar(t[i])) {
            ++i;
            continue;
        }
        int e = i;
        while (e < t.size() && isSpaceChar(t[e])) ++e;
        if (i > 0 && t[i - 1] != '\n') f(SpaceRun{i, e});
        i = e;
    }
}

TextHit removeSpace(const char* rule, SpaceRun r, std::string zh, std::string en) {
    TextHit h;
    h.rule = rule;
    h.cp = {r.b, r.e};
    h.zh = std::move(zh);
    h.en = std::move(en);
    h.fix("删去空格", "Delete the space", true).edit({r.b, r.e}, U"");
    return h;
}

bool endsWithWord(const FieldText& t, int b, int e, std::u32string_view w) {
    const int n = static_cast<int>(w.size());
    return e - b >= n && t.matches(e - n, w);
}

// 记者 张三 李四: spaces separate names after a role word (through a chain of 2–4-字 names).
bool afterRoleWord(const FieldText& t, int spaceBegin, const Profile& p) {
    int end = spaceBegin;
    for (int hops = 0; hops < 6 && end > 0; ++hops) {
        int b = end;
        while (b > 0 && isHan(t[b - 1])) --b;
        if (b == end) return false;
        for (auto w : kRoleWords)
            if (endsWithWord(t, b, end, w)) return true;
        for (const auto& w16 : p.lists.roleWords) {
            const std::u32string w(w16.begin(), w16.end());
            if (endsWithWord(t, b, end, w)) return true;
        }
        if (end - b < 2 || end - b > 4 || b == 0 || !isSpaceChar(t[b - 1])) return false;
        end = b;
        while (end > 0 && isSpaceChar(t[end - 1])) --end;
    }
    return false;
}

/// Whether each position is inside “…” (one pass; quoted slogans keep their spaces).
std::vector<char> quoteDepths(const FieldText& t) {
    std::vector<char> inside(static_cast<size_t>(t.size()), 0);
    int depth = 0;
    for (int k = 0; k < t.size(); ++k) {
        depth += t[k] == U'“' ? 1 : t[k] == U'”' ? -1 : 0;
        inside[static_cast<size_t>(k)] = depth > 0;
    }
    return inside;
}

bool displayAllowed(const FieldContext& c, const Profile& p) {
    return isDisplayField(c.kind) && p.params.spaceInDisplayTextAllowed;
}

}  // namespace

void ruleSpaceCjk(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out) {
    if (isNameField(c.kind) || displayAllowed(c, p)) return;
    std::vector<char> quoted;
    forEachSpaceRun(t, [&](SpaceRun r) {
        if (r.e >= t.size() || !isHan(t[r.b - 1]) || !isHan(t[r.e])) return;
        if (quoted.empty()) quoted = quoteDepths(t);
        if (afterRoleWord(t, r.b, p) || quoted[static_cast<size_t>(r.b)]) return;
        out.push_back(removeSpace("ZH-SPACE-CJK", r, "汉字之间多了空格",
                                  "A space between Chinese characters"));
    });
}

void ruleSpacePunct(const FieldText& t, const FieldContext&, const Profile&, Hits& out) {
    auto isMarkAt = [&](int i) { return isChineseMark(t[i]) || halfwidthFlagged(t, i); };
    forEachSpaceRun(t, [&](SpaceRun r) {
        const char32_t before = t[r.b - 1];
        const bool markAfter = r.e < t.size() && t[r.e] != '\n' && isMarkAt(r.e);
        const bool openOrPauseBefore =
            r.e < t.size() && t[r.e] != '\n' &&
            (isOpeningMark(before) || isPauseOrStop(before) ||
             (halfwidthFlagged(t, r.b - 1) &&
              std::u32string_view(U"(,.;:?!").find(before) != std::u32string_view::npos));
        if (!markAfter && !openOrPauseBefore) return;
        out.push_back(removeSpace("ZH-SPACE-PUNCT", r, "标点旁多了空格",
                                  "A space next to Chinese punctuation"));
    });
}

void ruleSpaceMixed(const FieldText& t, const FieldContext& c, const Profile& p, Hits& out) {
    if (isNameField(c.kind) || displayAllowed(c, p)) return;
    auto isWestern = [](char32_t ch) { return isLatinLetter(ch) || isAsciiDigit(ch); };
    forEachSpaceRun(t, [&](SpaceRun r) {
        if (r.e >= t.size()) return;
        const char32_t a = t[r.b - 1], b = t[r.e];
        if (!((isHan(a) && isWestern(b)) || (isWestern(a) && isHan(b)))) return;
        bool wide = r.e - r.b >= 2;
        for (int k = r.b; k < r.e; ++k) wide = wide || t[k] == 0x3000;
        TextHit h = removeSpace("ZH-SPACE-MIXED", r, "中西文之间不加空格（排版自动留空）",
                                "No typed space between Chinese and Latin (the layout adds a gap)");
        if (wide) h.severity = Severity::Warning;
        out.push_back(std::move(h));
    });
}

}  // namespace bm::check
