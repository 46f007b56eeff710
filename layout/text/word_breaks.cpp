// SPDX-License-Identifier: MIT
#include "layout/text/word_breaks.h"

#include <algorithm>
#include <string>
#include <utility>

#include "layout/base/utf.h"
#include "layout/text/hyphenate.h"

namespace bm::text {

namespace {

constexpr size_t kEmergencyMinChars = 5;  // shorter pieces (2024, GDP) are never split

bool isAsciiLetter(char16_t c) { return (c | 0x20) >= u'a' && (c | 0x20) <= u'z'; }
bool isAsciiAlnum(char16_t c) { return isAsciiLetter(c) || (c >= u'0' && c <= u'9'); }
bool isLinkSeparator(char16_t c) {
    return c == u'/' || c == u'.' || c == u'@' || c == u'-' || c == u'_' || c == u'?' ||
           c == u'&' || c == u'=' || c == u'\\';
}
bool isRightToLeftChar(char32_t c) {
    return (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
           (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0x10800 && c <= 0x10FFF) ||
           (c >= 0x1E800 && c <= 0x1EFFF);
}

// example.org, bzrb.com.cn, Node.js: dot-separated labels of letters, digits and '-', the
// first with a letter, the last (the top-level domain) of two letters or more.
bool looksLikeDomain(std::u16string_view s) {
    const size_t slash = s.find(u'/');
    if (slash != std::u16string_view::npos) s = s.substr(0, slash);
    size_t labels = 0, start = 0;
    bool firstHasLetter = false;
    while (start <= s.size()) {
        size_t dot = s.find(u'.', start);
        if (dot == std::u16string_view::npos) dot = s.size();
        const std::u16string_view label = s.substr(start, dot - start);
        if (label.empty()) return false;
        for (char16_t c : label)
            if (!isAsciiAlnum(c) && c != u'-') return false;
        if (labels == 0) firstHasLetter = std::any_of(label.begin(), label.end(), isAsciiLetter);
        ++labels;
        if (dot == s.size())
            return labels >= 2 && firstHasLetter && label.size() >= 2 &&
                   std::all_of(label.begin(), label.end(), isAsciiLetter);
        start = dot + 1;
    }
    return false;
}

// A run of adjacent Word atoms [first, last): one Latin word, number or link.
struct Run {
    size_t first = 0, last = 0;
    std::uint32_t begin = 0, end = 0;  // UTF-16 range
};

std::vector<Run> wordRuns(const std::vector<Atom>& atoms) {
    std::vector<Run> runs;
    for (size_t i = 0; i < atoms.size(); ++i) {
        if (atoms[i].kind != AtomKind::Word) continue;
        size_t j = i + 1;
        while (j < atoms.size() && atoms[j].kind == AtomKind::Word &&
               atoms[j].begin == atoms[j - 1].end)
            ++j;
        runs.push_back({i, j, atoms[i].begin, atoms[j - 1].end});
        i = j - 1;
    }
    return runs;
}

using Cut = std::pair<std::uint32_t, InnerBreak>;  // a piece starts at this UTF-16 offset

// Hyphenation points of the English words of a run: maximal ASCII letter sequences that are
// not glued to other letters (électricité is not English).
void addHyphenPoints(std::u16string_view text, const Run& run, std::vector<Cut>& cuts) {
    size_t i = run.begin;
    while (i < run.end) {
        if (!isAsciiLetter(text[i])) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < run.end && isAsciiLetter(text[j])) ++j;
        const bool gluedBefore =
            i > run.begin && unicode::classify(text[i - 1]) == unicode::CjkClass::Latin;
        const bool gluedAfter =
            j < run.end && unicode::classify(text[j]) == unicode::CjkClass::Latin;
        if (j - i >= 5 && !gluedBefore && !gluedAfter) {
            std::string word;
            for (size_t k = i; k < j; ++k) word.push_back(static_cast<char>(text[k]));
            for (unsigned p : Hyphenator::english().points(word))
                cuts.push_back({static_cast<std::uint32_t>(i + p), InnerBreak::Hyphen});
        }
        i = j;
    }
}

// After the hyphen of a long compound or number (0543-3161234): three letters or digits on
// each side, so COVID-19 and zh-CN stay whole. UAX #14 already breaks Smith-|Williams.
void addHyphenMinusPoints(std::u16string_view text, const Run& run, std::vector<Cut>& cuts) {
    for (size_t p = run.begin + 3; p + 3 < run.end; ++p) {
        if (text[p] != u'-') continue;
        bool ok = true;
        for (size_t k = 1; k <= 3 && ok; ++k)
            ok = isAsciiAlnum(text[p - k]) && isAsciiAlnum(text[p + k]);
        if (ok) cuts.push_back({static_cast<std::uint32_t>(p + 1), InnerBreak::Link});
    }
}

// Emergency points at every grapheme inside each piece of kEmergencyMinChars or more. Only
// those of a word with three characters of it on each side may spare a loose line
// (`Emergency`); the others, and all of a link (it has its link points), a number or an acronym,
// serve only when nothing else fits.
void addEmergencyPoints(std::u16string_view text, const Run& run,
                        const std::vector<std::uint32_t>& bounds, bool word,
                        std::vector<Cut>& cuts) {
    const std::u16string_view all = text.substr(run.begin, run.end - run.begin);
    const size_t total = countChars(all);
    for (size_t b = 0; b + 1 < bounds.size(); ++b) {
        const std::u16string_view piece = text.substr(bounds[b], bounds[b + 1] - bounds[b]);
        if (countChars(piece) < kEmergencyMinChars) continue;
        size_t k = bounds[b];
        size_t before = countChars(text.substr(run.begin, k - run.begin));
        nextCodePoint(text, k);
        ++before;
        while (k < bounds[b + 1]) {
            size_t next = k;
            const char32_t c = nextCodePoint(text, next);
            if (!isClusterExtender(c)) {
                const bool spare = word && before >= 3 && total - before >= 3;
                cuts.push_back({static_cast<std::uint32_t>(k),
                                spare ? InnerBreak::Emergency : InnerBreak::LastResort});
            }
            k = next;
            ++before;
        }
    }
}

// The cuts of one run, sorted, one per offset (the strongest kind wins: Hyphen/Link before
// Emergency), none at the run's ends.
std::vector<Cut> cutsOf(std::u16string_view text, const std::vector<Atom>& atoms, const Run& run,
                        const TypesetOptions& o, bool link) {
    std::vector<Cut> cuts;
    const std::u16string_view s = text.substr(run.begin, run.end - run.begin);
    if (link) {
        for (size_t p : linkBreaks(s))
            cuts.push_back({static_cast<std::uint32_t>(run.begin + p), InnerBreak::Link});
    } else {
        addHyphenMinusPoints(text, run, cuts);
        if (o.hyphenate) addHyphenPoints(text, run, cuts);
    }
    // Piece bounds so far: the atoms' own bounds and the cuts.
    std::vector<std::uint32_t> bounds{run.begin, run.end};
    for (size_t a = run.first + 1; a < run.last; ++a) bounds.push_back(atoms[a].begin);
    for (const Cut& c : cuts) bounds.push_back(c.first);
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    const bool lower =
        std::any_of(s.begin(), s.end(), [](char16_t c) { return c >= u'a' && c <= u'z'; });
    addEmergencyPoints(text, run, bounds, !link && lower, cuts);
    std::stable_sort(cuts.begin(), cuts.end(),
                     [](const Cut& a, const Cut& b) { return a.first < b.first; });
    std::vector<Cut> out;
    for (const Cut& c : cuts) {
        if (c.first <= run.begin || c.first >= run.end) continue;
        if (!out.empty() && out.back().first == c.first) continue;  // the first kind pushed wins
        out.push_back(c);
    }
    return out;
}

bool hasRightToLeft(std::u16string_view s) {
    size_t i = 0;
    while (i < s.size())
        if (isRightToLeftChar(nextCodePoint(s, i))) return true;
    return false;
}

}  // namespace

bool looksLikeLink(std::u16string_view s) {
    constexpr auto npos = std::u16string_view::npos;
    if (s.find(u"://") != npos || s.substr(0, 4) == u"www.") return true;
    const size_t at = s.find(u'@');
    if (at != npos && at > 0 && s.find(u'.', at) != npos) return true;  // e-mail
    const bool rooted = s.size() > 1 && (s[0] == u'/' || s[0] == u'\\' || s.substr(0, 2) == u"~/");
    if (rooted && s.find_first_of(u"/\\", 1) != npos) return true;  // /usr/share/…
    if (s.size() > 3 && isAsciiLetter(s[0]) && s.substr(1, 2) == u":\\") return true;  // C:\…
    // Files\Banmian\bin, docs/a/b.md: a backslash, or two slashes (1/3 and km/h have one).
    if (s.find(u'\\') != npos || std::count(s.begin(), s.end(), u'/') >= 2) return true;
    return looksLikeDomain(s);
}

std::vector<size_t> linkBreaks(std::u16string_view run) {
    std::vector<size_t> out;
    for (size_t p = 1; p < run.size(); ++p) {
        const bool after = isLinkSeparator(run[p - 1]) && !isLinkSeparator(run[p]);
        // "before . and @ is also acceptable": news|@bzrb.com.cn, www.bzrb|.com
        const bool before = (run[p] == u'.' || run[p] == u'@') && !isLinkSeparator(run[p - 1]);
        if (after || before) out.push_back(p);
    }
    return out;
}

void splitWords(std::u16string_view text, std::vector<Atom>& atoms, const TypesetOptions& o) {
    std::vector<Run> runs = wordRuns(atoms);
    if (runs.empty()) return;
    std::vector<Atom> out;
    size_t copied = 0;  // atoms [0, copied) are in `out` (or not yet needed)
    bool changed = false;
    for (const Run& run : runs) {
        for (size_t a = run.first + 1; a < run.last; ++a) atoms[a].continuesWord = true;
        if (run.end - run.begin < kEmergencyMinChars) continue;
        const std::u16string_view s = text.substr(run.begin, run.end - run.begin);
        if (hasRightToLeft(s)) continue;  // shaped a word at a time: never split
        const bool link = looksLikeLink(s);
        for (size_t a = run.first; a < run.last; ++a) atoms[a].inLink = link;
        const std::vector<Cut> cuts = cutsOf(text, atoms, run, o, link);
        if (cuts.empty()) continue;
        if (!changed) out.reserve(atoms.size() + cuts.size());
        changed = true;
        out.insert(out.end(), atoms.begin() + copied, atoms.begin() + run.first);
        size_t c = 0;
        for (size_t a = run.first; a < run.last; ++a) {
            Atom piece = atoms[a];
            for (; c < cuts.size() && cuts[c].first < atoms[a].end; ++c) {
                if (cuts[c].first == piece.begin) {  // at an atom's own start: ICU's break stands
                    piece.inner = piece.breakBefore ? InnerBreak::None : cuts[c].second;
                    piece.breakBefore = piece.breakBefore || breaksNormally(cuts[c].second);
                    continue;
                }
                Atom head = piece;
                head.end = cuts[c].first;
                setWordFlags(text, head);
                out.push_back(head);
                piece.begin = cuts[c].first;
                piece.continuesWord = true;
                piece.inner = cuts[c].second;
                piece.breakBefore = breaksNormally(cuts[c].second);
            }
            setWordFlags(text, piece);
            out.push_back(piece);
        }
        copied = run.last;
    }
    if (!changed) return;
    out.insert(out.end(), atoms.begin() + copied, atoms.end());
    atoms.swap(out);
}

}  // namespace bm::text
