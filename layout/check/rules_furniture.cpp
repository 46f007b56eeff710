// SPDX-License-Identifier: MIT
// Document-wide rules: the 报眉 (FUR-HEADER-EMPTY), 版次 (FUR-FOLIO), dates (FUR-DATE), the page
// count (FUR-PAGECOUNT), and the story list (LAY-DUPLICATE, LAY-UNPLACED).
#include <map>
#include <optional>

#include "layout/base/utf.h"
#include "layout/check/check_detail.h"
#include "layout/check/text_scan.h"

namespace bm::check::detail {

namespace {

struct Date {
    int y = 0, m = 0, d = 0;
    int weekday = -1;  ///< 0 = 星期日 … 6 = 星期六; -1 = not written
    bool operator==(const Date& o) const { return y == o.y && m == o.m && d == o.d; }
};

int number(const FieldText& t, int& i, int maxDigits) {
    int v = 0, n = 0;
    while (n < maxDigits && isAsciiDigit(t[i])) v = v * 10 + static_cast<int>(t[i++] - '0'), ++n;
    return n ? v : -1;
}

/// "2024年11月22日 星期五" (the weekday optional, 周五 too).
std::optional<Date> parseDate(const std::u16string& s) {
    const FieldText t(s);
    int i = 0;
    while (isSpaceChar(t[i])) ++i;
    Date d;
    if ((d.y = number(t, i, 4)) < 1000 || t[i++] != U'年') return std::nullopt;
    if ((d.m = number(t, i, 2)) < 1 || d.m > 12 || t[i++] != U'月') return std::nullopt;
    if ((d.d = number(t, i, 2)) < 1 || d.d > 31 || t[i++] != U'日') return std::nullopt;
    while (isSpaceChar(t[i])) ++i;
    if (i >= t.size()) return d;
    int k = t.matches(i, U"星期") ? i + 2 : t[i] == U'周' ? i + 1 : -1;
    if (k < 0) return std::nullopt;
    static constexpr std::u32string_view days = U"日一二三四五六";
    if (t[k] == U'天')
        d.weekday = 0;
    else if (auto p = days.find(t[k]); p != std::u32string_view::npos)
        d.weekday = static_cast<int>(p);
    else
        return std::nullopt;
    return d;
}

/// Day of the week of a Gregorian date, 0 = Sunday (days-from-civil).
int weekdayOf(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long days = static_cast<long>(era) * 146097 + doe - 719468;
    return static_cast<int>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
}

Location headerLocation(const model::Document& doc, int p, FieldKind field) {
    Location l = pageLocation(doc, p);
    l.field = field;
    return l;
}

void headerRules(const model::Document& doc, Emit& emit) {
    if (!emit.on("FUR-HEADER-EMPTY")) return;
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const model::Page& page = doc.pages[p];
        if (page.number == 1) continue;  // 一版 carries the 报头, not a 报眉
        const int pi = static_cast<int>(p);
        if (!page.header.show) {
            emit.add("FUR-HEADER-EMPTY", pageLocation(doc, pi), "报眉不全：本版没有报眉",
                     "The page has no running head");
            continue;
        }
        if (page.header.paperName.empty())
            emit.add("FUR-HEADER-EMPTY", headerLocation(doc, pi, FieldKind::HeaderPaperName),
                     "报眉不全：缺报名", "Running head: the paper's name is empty");
        if (page.header.date.empty())
            emit.add("FUR-HEADER-EMPTY", headerLocation(doc, pi, FieldKind::HeaderDate),
                     "报眉不全：缺日期", "Running head: the date is empty");
        if (page.header.pageName.empty())
            emit.add("FUR-HEADER-EMPTY", headerLocation(doc, pi, FieldKind::HeaderPageName),
                     "报眉不全：缺版名", "Running head: the page name is empty", Severity::Warning);
    }
}

void folioRules(const model::Document& doc, Emit& emit) {
    if (!emit.on("FUR-FOLIO") || doc.pages.empty()) return;
    std::map<int, size_t> seen;
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const int number = doc.pages[p].number;
        const int want = doc.pages[0].number + static_cast<int>(p);
        const auto [it, fresh] = seen.emplace(number, p);
        if (!fresh) {
            Finding& f = emit.add("FUR-FOLIO", pageLocation(doc, static_cast<int>(p)),
                                  "版次重复：两个版面都是第 " + std::to_string(number) + " 版",
                                  "Two pages are numbered " + std::to_string(number));
            f.related.push_back(pageLocation(doc, static_cast<int>(it->second)));
        } else if (number != want) {
            Finding& f = emit.add("FUR-FOLIO", pageLocation(doc, static_cast<int>(p)),
                                  "版次错：应为第 " + std::to_string(want) + " 版，标的是第 " +
                                      std::to_string(number) + " 版",
                                  "Page " + std::to_string(p + 1) + " should be numbered " +
                                      std::to_string(want) + ", not " + std::to_string(number));
            f.data = {{"expected", want}};
        }
    }
}

void dateRules(const model::Document& doc, Emit& emit) {
    if (!emit.on("FUR-DATE")) return;
    std::optional<Date> first;
    static const char* const dayZh[] = {"日", "一", "二", "三", "四", "五", "六"};
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const model::Page& page = doc.pages[p];
        if (!page.header.show || page.header.date.empty()) continue;
        const Location l = headerLocation(doc, static_cast<int>(p), FieldKind::HeaderDate);
        const auto d = parseDate(page.header.date);
        if (!d) {
            emit.add("FUR-DATE", l, "日期格式不对：应为“2024年11月22日 星期五”",
                     "The date does not read as 2024年11月22日 星期五");
            continue;
        }
        const int wd = weekdayOf(d->y, d->m, d->d);
        if (d->weekday >= 0 && d->weekday != wd) {
            emit.add("FUR-DATE", l,
                     std::string("星期错：") + std::to_string(d->y) + "年" + std::to_string(d->m) +
                         "月" + std::to_string(d->d) + "日是星期" + dayZh[wd],
                     "Wrong weekday for the date");
            continue;
        }
        if (!first) {
            first = d;
        } else if (!(*first == *d)) {
            emit.add("FUR-DATE", l, "日期与其他版面不一致",
                     "The date differs from the other pages'");
        }
    }
}

std::u16string normalized(const model::Article& a, size_t limit) {
    std::u16string out;
    for (const auto& p : a.paragraphs)
        for (char16_t c : p) {
            if (c == u' ' || c == u'\u3000' || c == u'\n' || c == u'\t') continue;
            out += c;
            if (out.size() >= limit) return out;
        }
    return out;
}

void storyRules(const model::Document& doc, const LayoutIndex& index, Emit& emit) {
    std::map<std::u16string, const ArticleView*> bodies, heads;
    for (const ArticleView& v : index.articles) {
        if (v.chain.empty()) {
            if (emit.on("LAY-UNPLACED")) {
                Location l;
                l.article = v.article->id;
                emit.add("LAY-UNPLACED", l, "稿件未上版：“" + v.article->id + "”没有排入版面",
                         "Story '" + v.article->id + "' is not placed on any page");
            }
            continue;
        }
        if (!emit.on("LAY-DUPLICATE")) continue;
        const std::u16string body = normalized(*v.article, std::u16string::npos);
        const std::u16string head = v.article->headline + u"\x1f" + normalized(*v.article, 100);
        const ArticleView* other = nullptr;
        if (!body.empty())
            if (auto [it, fresh] = bodies.emplace(body, &v); !fresh) other = it->second;
        if (!other && !v.article->headline.empty())
            if (auto [it, fresh] = heads.emplace(head, &v); !fresh) other = it->second;
        if (!other) continue;
        Location l = pageLocation(doc, v.chain.front().pageIndex);
        l.frame = v.chain.front().frame->id;
        l.article = v.article->id;
        Finding& f =
            emit.add("LAY-DUPLICATE", l,
                     "稿件重复：“" + v.article->id + "”与“" + other->article->id + "”内容相同",
                     "Story '" + v.article->id + "' repeats '" + other->article->id + "'");
        Location r = pageLocation(doc, other->chain.front().pageIndex);
        r.frame = other->chain.front().frame->id;
        r.article = other->article->id;
        f.related.push_back(r);
    }
}

}  // namespace

void checkFurniture(const model::Document& doc, Emit& emit) {
    headerRules(doc, emit);
    folioRules(doc, emit);
    dateRules(doc, emit);
    // A one-page document is a page being made, not an issue.
    if (emit.on("FUR-PAGECOUNT") && doc.pages.size() > 1 && doc.pages.size() % 4 != 0) {
        Finding& f = emit.add("FUR-PAGECOUNT", Location{},
                              "版数 " + std::to_string(doc.pages.size()) + " 不是 4 的倍数",
                              std::to_string(doc.pages.size()) + " pages: not a multiple of 4");
        f.data = {{"pages", static_cast<double>(doc.pages.size())}};
    }
}

void checkDocumentArticles(const model::Document& doc, const LayoutIndex& index, Emit& emit) {
    storyRules(doc, index, emit);
}

}  // namespace bm::check::detail
