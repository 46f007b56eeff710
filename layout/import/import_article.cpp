// SPDX-License-Identifier: MIT
// The rules shared by the .docx and the plain-text importers (import_detail.h).
#include <algorithm>

#include "layout/import/import_detail.h"

namespace bm::import::detail {

namespace {

bool startsWith(std::u16string_view s, std::u16string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

void recordBold(ImportedArticle& out, const Para& p) {
    const int index = static_cast<int>(out.paragraphs.size()) - 1;
    const size_t n = std::min(p.bold.size(), p.text.size());
    for (size_t i = 0; i < n;) {
        if (!p.bold[i]) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < n && p.bold[end]) ++end;
        out.bold.push_back({index, static_cast<int>(i), static_cast<int>(end)});
        i = end;
    }
}

Para dropFront(const Para& p, size_t n) {
    Para out{p.kind, p.text.substr(n), {}};
    if (p.bold.size() > n) out.bold.assign(p.bold.begin() + static_cast<long>(n), p.bold.end());
    return trimmed(out);
}

}  // namespace

bool isBlank(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u3000' || c == u'\u00A0' ||
           c == u'\uFEFF';
}

Para trimmed(const Para& p) {
    size_t b = 0, e = p.text.size();
    while (b < e && isBlank(p.text[b])) ++b;
    while (e > b && isBlank(p.text[e - 1])) --e;
    Para out{p.kind, p.text.substr(b, e - b), {}};
    if (p.bold.size() >= e)
        out.bold.assign(p.bold.begin() + static_cast<long>(b),
                        p.bold.begin() + static_cast<long>(e));
    return out;
}

std::vector<Para> splitLines(const Para& p) {
    std::vector<Para> out;
    size_t start = 0;
    while (start <= p.text.size()) {
        size_t nl = p.text.find(u'\n', start);
        if (nl == std::u16string::npos) nl = p.text.size();
        Para piece{p.kind, p.text.substr(start, nl - start), {}};
        if (p.bold.size() >= nl)
            piece.bold.assign(p.bold.begin() + static_cast<long>(start),
                              p.bold.begin() + static_cast<long>(nl));
        piece = trimmed(piece);
        if (!piece.text.empty()) out.push_back(std::move(piece));
        start = nl + 1;
    }
    return out;
}

std::u16string joinedLines(const Para& p, std::u16string_view separator) {
    std::u16string out;
    for (const Para& line : splitLines(p)) {
        if (!out.empty()) out += separator;
        out += line.text;
    }
    return out;
}

bool isShortLine(std::u16string_view s, size_t max) {
    if (s.empty() || s.size() > max) return false;
    static constexpr std::u16string_view kEnds = u"。，：；！？…,:;.";
    return kEnds.find(s.back()) == std::u16string_view::npos;
}

bool isAuthorLine(std::u16string_view s) {
    if (s.empty() || s.size() > 40 || s.back() == u'。') return false;
    for (std::u16string_view p : {u"作者", u"记者", u"本报记者", u"特约记者", u"见习记者",
                                  u"通讯员", u"文／", u"文/", u"撰稿"})
        if (startsWith(s, p)) return true;
    return false;
}

std::u16string bylineOf(std::u16string_view s) {
    for (std::u16string_view p : {u"作者：", u"作者:", u"作者 ", u"作者\u3000"})
        if (startsWith(s, p)) {
            Para rest{Kind::Body, std::u16string(s.substr(p.size())), {}};
            return trimmed(rest).text;
        }
    return std::u16string(s);
}

size_t datelineLength(std::u16string_view s) {
    size_t n = 0;
    if (startsWith(s, u"本报讯")) {
        n = 3;
    } else if (startsWith(s, u"本报") || startsWith(s, u"新华社") || startsWith(s, u"中新社")) {
        const size_t dian = s.substr(0, 24).find(u'电');
        if (dian == std::u16string_view::npos) return 0;
        n = dian + 1;
    } else {
        return 0;
    }
    size_t at = n;
    while (at < s.size() && isBlank(s[at])) ++at;
    if (at < s.size() && (s[at] == u'（' || s[at] == u'(')) {
        const char16_t close = s[at] == u'（' ? u'）' : u')';
        const size_t end = s.substr(0, at + 60).find(close, at);
        if (end != std::u16string_view::npos) n = end + 1;
    }
    while (n < s.size() && isBlank(s[n])) ++n;
    return n;
}

void addBody(ImportedArticle& out, const std::vector<Para>& body) {
    bool first = true;
    for (const Para& para : body) {
        for (Para line : splitLines(para)) {
            if (first && out.byline.empty() && isAuthorLine(line.text)) {
                out.byline = bylineOf(line.text);
                continue;
            }
            if (first && out.dateline.empty()) {
                if (const size_t n = datelineLength(line.text)) {
                    Para rest = dropFront(line, n);
                    out.dateline = trimmed(Para{Kind::Body, line.text.substr(0, n), {}}).text;
                    first = false;
                    if (rest.text.empty()) continue;
                    line = std::move(rest);
                }
            }
            first = false;
            out.paragraphs.push_back(line.text);
            if (line.kind == Kind::Heading || line.kind == Kind::Title)
                out.headings.push_back(static_cast<int>(out.paragraphs.size()) - 1);
            recordBold(out, line);
        }
    }
}

}  // namespace bm::import::detail
