// SPDX-License-Identifier: MIT
// ZH-REPEAT: a function word typed twice (我的的书) or a common word twice (我们我们). Words
// that end or start with the character (目的的, 为了了解, 现在在), AABB runs (的的确确) and the
// house's allow list are not suspects; 谢谢, 常常 are not in the list at all.
#include "layout/check/proof_detail.h"

namespace bm::check {

namespace {

constexpr std::u32string_view kSuspects = U"的了是在和与及把被将就也都又还而并从向于以为其之这那";

const std::initializer_list<std::u32string_view> kLeftWords = {
    U"目的", U"现在", U"正在", U"存在", U"所在", U"实在", U"好在", U"内在", U"外在", U"自在",
    U"潜在", U"旨在", U"为了", U"除了", U"不了", U"罢了", U"算了", U"所以", U"可以", U"足以",
    U"难以", U"得以", U"予以", U"加以", U"因为", U"作为", U"成为", U"认为", U"行为", U"以为",
    U"称为", U"对于", U"由于", U"关于", U"至于", U"属于", U"等于", U"处于", U"位于", U"在于",
    U"成就", U"早就", U"首都", U"方向", U"面向", U"走向", U"总是", U"还是", U"就是", U"但是",
    U"可是", U"于是", U"只是", U"或是", U"要是", U"凡是", U"真是", U"正是", U"也是", U"都是",
    U"而是", U"不是", U"然而", U"进而", U"从而", U"反而", U"因而", U"继而", U"合并", U"一并",
    U"总之", U"自从", U"服从", U"随之", U"加之", U"尤其", U"极其", U"与其", U"参与", U"给与",
    U"以及", U"涉及", U"普及", U"波及", U"危及", U"顾及", U"提及", U"即将", U"必将", U"仍将",
    U"也将", U"又将", U"再也", U"总和", U"温和", U"平和", U"共和", U"缓和", U"调和", U"随和",
    U"一把", U"火把", U"刹那", U"退还", U"偿还", U"归还", U"生还",
};

const std::initializer_list<std::u32string_view> kRightWords = {
    U"了解", U"了结", U"了却", U"了不起", U"了如指掌", U"的确", U"的士", U"是非", U"是否", U"在于",
    U"在场", U"在内", U"和平", U"和谐",   U"和睦",     U"与会", U"与其", U"及时", U"及早", U"把握",
    U"把关", U"被告", U"被子", U"将来",   U"将军",     U"将近", U"就是", U"就业", U"就要", U"就读",
    U"也许", U"都市", U"又是", U"还有",   U"还是",     U"而且", U"而言", U"而已", U"并且", U"并非",
    U"并不", U"从来", U"从事", U"从而",   U"从中",     U"向来", U"向着", U"于是", U"以后", U"以来",
    U"以及", U"以前", U"以上", U"以下",   U"以外",     U"以内", U"以为", U"以便", U"以往", U"为主",
    U"为止", U"为人", U"为此", U"其实",   U"其他",     U"其中", U"其次", U"其余", U"之后", U"之前",
    U"之间", U"之一", U"之中", U"之外",   U"这些",     U"这样", U"这里", U"这个", U"这种", U"这次",
    U"那些", U"那样", U"那里", U"那个",   U"那么"};

const std::initializer_list<std::u32string_view> kRepeatWords = {
    U"我们", U"他们", U"她们", U"你们", U"我国", U"这个", U"那个", U"已经", U"进行",
    U"没有", U"可以", U"就是", U"什么", U"因为", U"所以", U"但是", U"如果", U"自己",
    U"大家", U"这些", U"那些", U"工作", U"发展", U"问题", U"今年", U"目前", U"同时",
    U"通过", U"我市", U"全市", U"记者", U"表示", U"活动", U"企业"};

const std::initializer_list<std::u32string_view> kAllow = {U"小时了了"};

std::u32string to32(const std::u16string& s) {
    // The house lists are BMP text; a surrogate pair never matches a suspect anyway.
    return std::u32string(s.begin(), s.end());
}

bool matchesAround(const FieldText& t, int begin, int end, std::u32string_view w) {
    // w contains t[begin, end) somewhere such that the match covers that range.
    const int n = static_cast<int>(w.size());
    for (int s = end - n; s <= begin; ++s)
        if (t.matches(s, w)) return true;
    return false;
}

bool excused(const FieldText& t, int i, const Profile& p) {
    // t[i] == t[i + 1] == X. A word ending in X before the pair (为了|了解): the first X is
    // that word's; a word starting with X after it: the second X is that word's.
    auto endsAt = [&](std::u32string_view w) {
        return t.matches(i + 1 - static_cast<int>(w.size()), w);
    };
    auto startsAt = [&](std::u32string_view w) { return t.matches(i + 1, w); };
    for (auto w : kLeftWords)
        if (endsAt(w)) return true;
    for (auto w : kRightWords)
        if (startsAt(w)) return true;
    for (const auto& w : p.lists.repeatLeftWords)
        if (endsAt(to32(w))) return true;
    for (const auto& w : p.lists.repeatRightWords)
        if (startsAt(to32(w))) return true;
    for (auto w : kAllow)
        if (matchesAround(t, i, i + 2, w)) return true;
    for (const auto& w : p.lists.repeatAllow)
        if (matchesAround(t, i, i + 2, to32(w))) return true;
    return false;
}

void report(int begin, int len, const FieldText& t, Hits& out) {
    TextHit h;
    h.rule = "ZH-REPEAT";
    h.cp = {begin, begin + 2 * len};
    const std::string w = utf8(
        std::u32string_view(t.cps()).substr(static_cast<size_t>(begin), static_cast<size_t>(len)));
    h.zh = "“" + w + "”重复";
    h.en = "'" + w + "' typed twice";
    h.fix("删去一个“" + w + "”", "Delete one '" + w + "'", false)
        .edit({begin + len, begin + 2 * len}, U"");
    out.push_back(std::move(h));
}

}  // namespace

void ruleRepeat(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    for (int i = 0; i + 1 < t.size(); ++i) {
        const char32_t x = t[i];
        if (x != t[i + 1] || kSuspects.find(x) == std::u32string_view::npos) continue;
        if (t[i + 2] == x || t[i - 1] == x) continue;  // 的的的: not a simple slip
        const bool aabb = (t[i + 2] == t[i + 3] && t[i + 2] != x && isHan(t[i + 2])) ||
                          (i >= 2 && t[i - 2] == t[i - 1] && t[i - 1] != x && isHan(t[i - 1]));
        if (aabb || excused(t, i, p)) continue;
        report(i, 1, t, out);
        ++i;
    }
    // ABAB with AB a common word.
    auto checkWord = [&](std::u32string_view w, int i) {
        const int n = static_cast<int>(w.size());
        if (!t.matches(i, w) || !t.matches(i + n, w)) return false;
        if (t.matches(i - n, w) || t.matches(i + 2 * n, w)) return false;
        report(i, n, t, out);
        return true;
    };
    // The house's words converted once per field, not once per position.
    std::vector<std::u32string> houseWords;
    houseWords.reserve(p.lists.repeatWords.size());
    for (const auto& w : p.lists.repeatWords) houseWords.push_back(to32(w));
    for (int i = 0; i + 3 < t.size(); ++i) {
        bool hit = false;
        for (auto w : kRepeatWords) hit = hit || checkWord(w, i);
        for (const auto& w : houseWords) hit = hit || checkWord(w, i);
        if (hit) i += 3;
    }
}

}  // namespace bm::check
