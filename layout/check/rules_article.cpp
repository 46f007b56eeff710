// SPDX-License-Identifier: MIT
// Layout rules of one article (preflight-proofing §3): LAY-OVERSET, LAY-UNDERSET,
// LAY-EMPTY-FRAME, LAY-OVERRUN, LAY-KINSOKU-FORCED, LAY-HEADLINE-CLIPPED, LAY-JUMP-MISSING and
// LAY-JUMP-TARGET. They read the article's fit, its chain of frames and its placed lines.
#include <cstdio>
#include <map>

#include "layout/base/utf.h"
#include "layout/check/check_detail.h"
#include "layout/check/proof_rule.h"
#include "layout/check/text_scan.h"
#include "layout/unicode/cjk_rules.h"

namespace bm::check::detail {

namespace {

std::string pt(Length l) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(l) / 1000.0);
    return buf;
}

Location frameLocation(const model::Document& doc, const ArticleView& v, const ChainEntry& c) {
    Location l = pageLocation(doc, c.pageIndex);
    l.frame = c.frame->id;
    l.article = v.article->id;
    return l;
}

std::optional<FieldKind> fieldOfRole(const std::string& role) {
    if (role == "body") return FieldKind::Paragraphs;
    if (role == "kicker") return FieldKind::Kicker;
    if (role == "headline") return FieldKind::Headline;
    if (role == "subheadline") return FieldKind::Subheadline;
    if (role == "byline") return FieldKind::Byline;
    if (role == "credit") return FieldKind::Credit;
    return std::nullopt;
}

void fitRules(const model::Document& doc, const ArticleView& v, Emit& emit) {
    const page::ArticleFit& fit = *v.fit;
    const Location last = frameLocation(doc, v, v.chain.back());
    if (fit.oversetChars > 0 && emit.on("LAY-OVERSET")) {
        Finding& f = emit.add("LAY-OVERSET", last,
                              "文字未排完：超出 " + std::to_string(fit.oversetChars) + " 字（" +
                                  std::to_string(fit.oversetLines) + " 行）",
                              "Overset: " + std::to_string(fit.oversetChars) + " characters (" +
                                  std::to_string(fit.oversetLines) + " lines) do not fit");
        f.data = {{"oversetChars", fit.oversetChars}, {"oversetLines", fit.oversetLines}};
    }
    const int columns = v.chain.back().frame->rects.back().textColumns;
    const int excess = fit.undersetLines - (columns - 1);
    if (fit.oversetChars == 0 && excess > emit.profile.params.undersetMaxLines &&
        emit.on("LAY-UNDERSET")) {
        Finding& f = emit.add("LAY-UNDERSET", last,
                              "空行过多：末尾空 " + std::to_string(fit.undersetLines) + " 行",
                              "Too many empty lines: " + std::to_string(fit.undersetLines) +
                                  " grid lines left at the end");
        f.data = {{"undersetLines", fit.undersetLines}};
    }
    if (emit.on("LAY-EMPTY-FRAME")) {
        for (const ChainEntry& c : v.chain) {
            bool any = false;
            for (const auto* line : v.lines) any = any || line->frameId == c.frame->id;
            if (!any)
                emit.add("LAY-EMPTY-FRAME", frameLocation(doc, v, c),
                         "开天窗：文框“" + c.frame->id + "”中没有文字",
                         "Empty frame '" + c.frame->id + "': no text reaches it");
        }
    }
    for (const auto* r : v.records) {
        if (r->code != "headline-clipped" || !emit.on("LAY-HEADLINE-CLIPPED")) continue;
        int need = 0, have = 0;
        for (const auto& [k, n] : r->data) {
            if (k == "needLines") need = n;
            if (k == "haveLines") have = n;
        }
        Location l = frameLocation(doc, v, v.chain.front());
        l.frame = r->frame;
        Finding& f = emit.add("LAY-HEADLINE-CLIPPED", l,
                              "标题被截：标题需 " + std::to_string(need) + " 行，文框只有 " +
                                  std::to_string(have) + " 行",
                              "Headline clipped: it needs " + std::to_string(need) +
                                  " grid lines, the frame has " + std::to_string(have));
        f.data = {{"needLines", need}, {"haveLines", have}};
    }
}

void lineRules(const model::Document& doc, const ArticleView& v, Emit& emit) {
    using unicode::KinsokuLevel;
    const bool overrun = emit.on("LAY-OVERRUN"), kinsoku = emit.on("LAY-KINSOKU-FORCED");
    std::map<std::string, int> lineInFrame;
    int lastParagraph = -2;
    for (size_t i = 0; i < v.lines.size(); ++i) {
        const page::PlacedLine& line = *v.lines[i];
        const int index = lineInFrame[line.frameId]++;
        const bool firstOfParagraph = line.role != "body" || line.paragraph != lastParagraph;
        if (line.role == "body") lastParagraph = line.paragraph;
        Location l = pageLocation(doc, v.linePage[i]);
        l.frame = line.frameId;
        l.article = v.article->id;
        l.field = fieldOfRole(line.role);
        if (line.role == "body") l.paragraph = line.paragraph;
        l.line = index;
        const FieldText t(line.text);
        const Length body = doc.pages[static_cast<size_t>(v.linePage[i])].grid.bodySize;
        if (overrun && line.measure > 0 && line.width > line.measure + 1) {
            int e = t.size() - 1;
            while (e >= 0 && isSpaceChar(t[e])) --e;
            const bool hangs = e >= 0 && std::u32string_view(U"。，、．,.").find(t[e]) !=
                                             std::u32string_view::npos;
            if (!(hangs && line.width - line.measure <= body)) {
                Finding& f = emit.add(
                    "LAY-OVERRUN", l, "行超宽：超出栏宽 " + pt(line.width - line.measure) + " pt",
                    "Line overruns its column by " + pt(line.width - line.measure) + " pt");
                f.excerpt = Excerpt{u"", line.text.substr(0, 16), u""};
                f.data = {{"overrunPt", (line.width - line.measure) / 1000.0}};
            }
        }
        if (!kinsoku || line.role != "body" || t.size() == 0) continue;
        int b = 0, e = t.size() - 1;
        while (b < t.size() && isSpaceChar(t[b])) ++b;
        while (e > b && isSpaceChar(t[e])) --e;
        const bool badStart = !firstOfParagraph && b < t.size() &&
                              !unicode::mayStartLine(unicode::classify(t[b]), KinsokuLevel::Gb);
        const bool badEnd = i + 1 < v.lines.size() && v.lines[i + 1]->paragraph == line.paragraph &&
                            v.lines[i + 1]->role == "body" &&
                            !unicode::mayEndLine(unicode::classify(t[e]), KinsokuLevel::Gb);
        if (badStart || badEnd) {
            const char32_t c = badStart ? t[b] : t[e];
            Finding& f = emit.add(
                "LAY-KINSOKU-FORCED", l,
                std::string("禁则未满足：“") + utf8(c) + (badStart ? "”在行首" : "”在行末"),
                std::string("Line break against 禁则: '") + utf8(c) +
                    (badStart ? "' starts a line" : "' ends a line"));
            f.excerpt = Excerpt{u"", line.text.substr(0, 16), u""};
        }
    }
}

void jumpRules(const model::Document& doc, const ArticleView& v, Emit& emit) {
    if (emit.on("LAY-JUMP-MISSING")) {
        for (size_t k = 0; k + 1 < v.chain.size(); ++k) {
            const ChainEntry &a = v.chain[k], &b = v.chain[k + 1];
            if (a.pageIndex == b.pageIndex) continue;
            bool jump = false;
            for (const auto* line : v.lines)
                jump = jump || (line->role == "jump" && line->frameId == a.frame->id);
            if (jump && a.page->number != b.page->number) continue;
            Finding& f = emit.add(
                "LAY-JUMP-MISSING", frameLocation(doc, v, a),
                a.page->number == b.page->number
                    ? "缺转版说明：续文在另一版，但两版版次都是 " + std::to_string(a.page->number)
                    : std::string("缺转版说明：文框没有位置写“下转”"),
                a.page->number == b.page->number
                    ? "No jump line: the story continues on another page with the same number " +
                          std::to_string(a.page->number)
                    : std::string("No jump line: the frame has no room for it"));
            f.related.push_back(frameLocation(doc, v, b));
        }
    }
    if (!emit.on("LAY-JUMP-TARGET")) return;
    const auto& paras = v.article->paragraphs;
    for (size_t p = 0; p < paras.size(); ++p) {
        const FieldText t(paras[p]);
        for (int i = 0; i < t.size(); ++i) {
            if (t[i] != U'第') continue;
            int n = i + 1, value = 0;
            while (isAsciiDigit(t[n]) && value < 100000) value = value * 10 + (t[n++] - '0');
            if (n == i + 1 || t[n] != U'版') continue;
            const bool next = t[i - 1] == U'转';
            const bool prev = t[i - 1] == U'接';
            if (!next && !prev) continue;
            const int begin =
                (t[i - 2] == U'下' && next) || (t[i - 2] == U'上' && prev) ? i - 2 : i - 1;
            bool pageExists = false, frameThere = false;
            for (const auto& pg : doc.pages) pageExists = pageExists || pg.number == value;
            for (const auto& c : v.chain) frameThere = frameThere || c.page->number == value;
            if (pageExists && frameThere) continue;
            Location l = fieldLocation(doc, v, FieldKind::Paragraphs, static_cast<int>(p));
            l.cp = Range{begin, n + 1};
            l.utf16 = Range{t.utf16(begin), t.utf16(n + 1)};
            Finding& f = emit.add(
                "LAY-JUMP-TARGET", l,
                "转版版次错：第 " + std::to_string(value) + " 版" +
                    (pageExists ? "没有本文的" + std::string(next ? "续文" : "前文") : "不存在"),
                "Jump line names page " + std::to_string(value) +
                    (pageExists ? ", which does not carry this story" : ", which does not exist"));
            f.excerpt =
                Excerpt{u"",
                        paras[p].substr(static_cast<size_t>(t.utf16(begin)),
                                        static_cast<size_t>(t.utf16(n + 1) - t.utf16(begin))),
                        u""};
            f.data = {{"folio", value}};
        }
    }
}

}  // namespace

void checkArticleLayout(const model::Document& doc, const ArticleView& v, Emit& emit) {
    if (v.chain.empty() || !v.fit) return;  // unplaced: LAY-UNPLACED is a document rule
    fitRules(doc, v, emit);
    lineRules(doc, v, emit);
    jumpRules(doc, v, emit);
}

}  // namespace bm::check::detail
