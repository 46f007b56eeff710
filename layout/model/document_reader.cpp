// SPDX-License-Identifier: MIT
// The document reader: JSON text → model, with every shape and type problem collected and then
// the value rules of validate.h applied.
#include <utility>

#include "layout/model/format_detail.h"
#include "layout/model/json_reader.h"
#include "layout/model/serialize.h"
#include "layout/model/validate.h"

namespace bm::model {

namespace {

using namespace format_detail;
using detail::Json;
using detail::JsonReader;

// Reader: JSON shape and types → Document. Range and reference rules are validate.h's job.

class DocumentReader : public JsonReader {
public:
    Document read(const Json& root) {
        Document doc;
        onlyKeys(root, "",
                 {"format", "version", "title", "print", "styles", "articles", "pages", "checks",
                  "fitLimits"});
        doc.version = kFormatVersion;
        readString(root, "title", "", doc.title);
        if (const Json* pr = member(root, "print", "", false); pr && isObject(*pr, "print"))
            readPrint(*pr, "print", doc.print);
        if (const Json* f = member(root, "fitLimits", "", false); f && isObject(*f, "fitLimits")) {
            onlyKeys(*f, "fitLimits", {"minTrackingEm", "maxTrackingEm"});
            readMilliEm(*f, "minTrackingEm", "fitLimits", doc.fitLimits.minTrackingMilliEm);
            readMilliEm(*f, "maxTrackingEm", "fitLimits", doc.fitLimits.maxTrackingMilliEm);
        }
        if (const Json* s = member(root, "styles", "", false); s && isObject(*s, "styles")) {
            for (const auto& item : s->items()) {
                const std::string path = key("styles", item.key());
                if (!isObject(item.value(), path)) continue;
                doc.styles[item.key()] = readStyle(item.value(), path);
            }
        }
        if (const Json* a = member(root, "articles", "", true); a && isArray(*a, "articles")) {
            for (size_t i = 0; i < a->size(); ++i) {
                const std::string path = index("articles", i);
                if (isObject((*a)[i], path)) doc.articles.push_back(readArticle((*a)[i], path));
            }
        }
        if (const Json* p = member(root, "pages", "", true); p && isArray(*p, "pages")) {
            for (size_t i = 0; i < p->size(); ++i) {
                const std::string path = index("pages", i);
                if (isObject((*p)[i], path)) doc.pages.push_back(readPage((*p)[i], path));
            }
        }
        if (const Json* c = member(root, "checks", "", false); c && isObject(*c, "checks"))
            readChecks(*c, doc.checks);
        return doc;
    }

private:
    // v2: {"profile": NAME | {profile object}, "waivers": [{fingerprint, rule, note}]}
    void readChecks(const Json& j, CheckSettings& out) {
        onlyKeys(j, "checks", {"profile", "waivers"});
        if (const Json* p = member(j, "profile", "checks", false)) {
            if (p->is_string())
                out.profile = p->get<std::string>();
            else if (p->is_object())
                out.profileJson = p->dump();
            else
                problem("checks.profile",
                        "expected a profile name or a profile object, got " + detail::typeName(*p));
        }
        const std::string wp = "checks.waivers";
        if (const Json* ws = member(j, "waivers", "checks", false); ws && isArray(*ws, wp)) {
            for (size_t i = 0; i < ws->size(); ++i) {
                const std::string path = index(wp, i);
                if (!isObject((*ws)[i], path)) continue;
                onlyKeys((*ws)[i], path, {"fingerprint", "rule", "note"});
                CheckWaiver w;
                readString((*ws)[i], "fingerprint", path, w.fingerprint, true);
                readString((*ws)[i], "rule", path, w.rule, true);
                readString((*ws)[i], "note", path, w.note);
                out.waivers.push_back(std::move(w));
            }
        }
    }

    void readPrint(const Json& j, const std::string& path, PrintSettings& out) {
        onlyKeys(j, path, {"outputProfile", "inkLimit", "cmykOverLimit", "maxPpi"});
        readString(j, "outputProfile", path, out.outputProfile);
        readInt(j, "inkLimit", path, out.inkLimitPercent, false, "a percentage");
        std::string over = out.convertCmykOverLimit ? "convert" : "report";
        readString(j, "cmykOverLimit", path, over);
        if (over != "convert" && over != "report")
            problem(key(path, "cmykOverLimit"),
                    "expected \"convert\" or \"report\", got \"" + over + "\"");
        out.convertCmykOverLimit = over != "report";
        readInt(j, "maxPpi", path, out.maxPpi, false, "a resolution in ppi");
    }

    template <typename E, size_t N>
    void readEnum(const Json& obj, const char* k, const std::string& path,
                  const std::pair<E, const char*> (&table)[N], E& out) {
        const Json* v = member(obj, k, path, false);
        if (!v) return;
        std::string list;
        for (const auto& [e, s] : table) {
            if (v->is_string() && v->get_ref<const std::string&>() == s) {
                out = e;
                return;
            }
            list += (list.empty() ? "" : ", ") + std::string(s);
        }
        problem(key(path, k),
                "expected one of " + list + ", got " +
                    (v->is_string() ? "\"" + v->get<std::string>() + "\"" : detail::typeName(*v)));
    }

    Style readStyle(const Json& j, const std::string& path) {
        Style s;
        onlyKeys(j, path,
                 {"font", "family", "bold", "size", "align", "preset", "trackingEm", "indentEm",
                  "lineGapEm"});
        readEnum(j, "font", path, kFonts, s.role);
        readString(j, "family", path, s.family);
        readBool(j, "bold", path, s.bold);
        readLength(j, "size", path, s.size, true);
        readEnum(j, "align", path, kAligns, s.align);
        readString(j, "preset", path, s.preset);
        readMilliEm(j, "trackingEm", path, s.trackingMilliEm);
        readMilliEm(j, "indentEm", path, s.indentMilliEm);
        readMilliEm(j, "lineGapEm", path, s.lineGapMilliEm);
        return s;
    }

    Article readArticle(const Json& j, const std::string& path) {
        Article a;
        onlyKeys(
            j, path,
            {"id", "kicker", "headline", "subheadline", "byline", "dateline", "paragraphs",
             "credit", "creditRunIn", "flushParagraphs", "tracking", "headlineSize", "headlineFont",
             "headlineScale", "headlineLines", "characterStyles", "paragraphStyles"});
        readString(j, "id", path, a.id, true);
        readText(j, "kicker", path, a.kicker);
        readText(j, "headline", path, a.headline);
        readText(j, "subheadline", path, a.subheadline);
        readText(j, "byline", path, a.byline);
        readText(j, "dateline", path, a.dateline);
        readText(j, "credit", path, a.credit);
        readBool(j, "creditRunIn", path, a.creditRunIn);
        if (const Json* h = member(j, "headlineSize", path, false); h && !h->is_null()) {
            Length size = 0;
            readLength(j, "headlineSize", path, size);
            a.headlineSize = size;
        }
        if (const Json* f = member(j, "headlineFont", path, false); f && !f->is_null()) {
            FontRole role = FontRole::Hei;
            readEnum(j, "headlineFont", path, kFonts, role);
            a.headlineFont = role;
        }
        readInt(j, "headlineScale", path, a.headlineScale, false, "a width in percent");
        readInt(j, "headlineLines", path, a.headlineLines, false, "a number of grid lines");
        const std::string pp = key(path, "paragraphs");
        if (const Json* ps = member(j, "paragraphs", path, true); ps && isArray(*ps, pp)) {
            a.paragraphs.reserve(ps->size());
            for (size_t i = 0; i < ps->size(); ++i)
                if (auto t = text((*ps)[i], index(pp, i))) a.paragraphs.push_back(std::move(*t));
        }
        const std::string fp = key(path, "flushParagraphs");
        if (const Json* fs = member(j, "flushParagraphs", path, false); fs && isArray(*fs, fp)) {
            for (size_t i = 0; i < fs->size(); ++i)
                if (auto n = integer((*fs)[i], index(fp, i), "a paragraph index"))
                    a.flushParagraphs.push_back(*n);
        }
        const std::string tp = key(path, "tracking");
        if (const Json* ts = member(j, "tracking", path, false); ts && isArray(*ts, tp)) {
            for (size_t i = 0; i < ts->size(); ++i)
                if (isObject((*ts)[i], index(tp, i))) readTracking((*ts)[i], index(tp, i), a);
        }
        const std::string cp = key(path, "characterStyles");
        if (const Json* cs = member(j, "characterStyles", path, false); cs && isArray(*cs, cp)) {
            for (size_t i = 0; i < cs->size(); ++i)
                if (isObject((*cs)[i], index(cp, i))) readCharRange((*cs)[i], index(cp, i), a);
        }
        const std::string sp = key(path, "paragraphStyles");
        if (const Json* ss = member(j, "paragraphStyles", path, false); ss && isArray(*ss, sp)) {
            for (size_t i = 0; i < ss->size(); ++i) {
                const Json& m = (*ss)[i];
                if (!isObject(m, index(sp, i))) continue;
                onlyKeys(m, index(sp, i), {"paragraph", "style"});
                ParagraphStyleMark mark;
                readInt(m, "paragraph", index(sp, i), mark.paragraph, true, "a paragraph index");
                readString(m, "style", index(sp, i), mark.style, true);
                a.paragraphStyles.push_back(std::move(mark));
            }
        }
        return a;
    }

    /// A span of one paragraph as the file gives it (paragraph index, code-point offsets),
    /// checked against the paragraph and turned into UTF-16 offsets in place; false (with the
    /// problem noted) when it does not lie inside the paragraph. Tracking and character ranges
    /// address text the same way.
    bool paragraphSpan(const std::string& path, const Article& a, int paragraph, int& begin,
                       int& end) {
        const int n = static_cast<int>(a.paragraphs.size());
        if (paragraph < 0 || paragraph >= n) {
            problem(key(path, "paragraph"), "expected a paragraph index from 0 to " +
                                                std::to_string(n - 1) + ", got " +
                                                std::to_string(paragraph));
            return false;
        }
        const std::u16string& text = a.paragraphs[paragraph];
        const int len = codePointsBefore(text, static_cast<int>(text.size()));
        if (begin < 0 || end > len || begin >= end) {
            problem(path, "expected 0 <= begin < end <= " + std::to_string(len) +
                              " (characters in paragraph " + std::to_string(paragraph) +
                              "), got begin " + std::to_string(begin) + ", end " +
                              std::to_string(end));
            return false;
        }
        begin = utf16Offset(text, begin);
        end = utf16Offset(text, end);
        return true;
    }

    // v2 character ranges (FORMAT.md "characterStyles"); offsets in code points like tracking.
    void readCharRange(const Json& j, const std::string& path, Article& a) {
        onlyKeys(
            j, path,
            {"paragraph", "begin", "end", "font", "bold", "size", "emphasis", "script", "tint"});
        const size_t before = problems.size();
        CharRange c;
        readInt(j, "paragraph", path, c.paragraph, true, "a paragraph index");
        readInt(j, "begin", path, c.begin, true, "a character offset");
        readInt(j, "end", path, c.end, true, "a character offset");
        if (const Json* f = member(j, "font", path, false); f && !f->is_null()) {
            FontRole role = FontRole::Song;
            readEnum(j, "font", path, kFonts, role);
            c.attrs.font = role;
        }
        readBool(j, "bold", path, c.attrs.bold);
        readInt(j, "size", path, c.attrs.sizePercent, false, "a size in percent");
        readBool(j, "emphasis", path, c.attrs.emphasisDots);
        readEnum(j, "script", path, kScripts, c.attrs.script);
        readInt(j, "tint", path, c.attrs.tintPercent, false, "a tint in percent");
        if (problems.size() != before) return;
        if (paragraphSpan(path, a, c.paragraph, c.begin, c.end)) a.charRanges.push_back(c);
    }

    void readTracking(const Json& j, const std::string& path, Article& a) {
        onlyKeys(j, path, {"paragraph", "begin", "end", "em"});
        const size_t before = problems.size();
        TrackingRange t;
        readInt(j, "paragraph", path, t.paragraph, true, "a paragraph index");
        readInt(j, "begin", path, t.begin, true, "a character offset");
        readInt(j, "end", path, t.end, true, "a character offset");
        readMilliEm(j, "em", path, t.milliEm, true);
        if (problems.size() != before) return;
        if (paragraphSpan(path, a, t.paragraph, t.begin, t.end)) a.tracking.push_back(t);
    }

    GridRect readGridRect(const Json& j, const std::string& path) {
        GridRect r;
        readInt(j, "column", path, r.column, true, "a column index");
        readInt(j, "span", path, r.span, true, "a positive integer");
        readInt(j, "line", path, r.line, true, "a line index");
        readInt(j, "lines", path, r.lines, true, "a positive integer");
        return r;
    }

    Point readPoint(const Json& j, const std::string& path) {
        Point p;
        if (!isObject(j, path)) return p;
        onlyKeys(j, path, {"x", "y"});
        readLength(j, "x", path, p.x, true);
        readLength(j, "y", path, p.y, true);
        return p;
    }

    Page readPage(const Json& j, const std::string& path) {
        Page p;
        onlyKeys(j, path,
                 {"id", "number", "width", "height", "typeArea", "grid", "header", "articleFrames",
                  "images", "rules", "labels"});
        readString(j, "id", path, p.id, true);
        readInt(j, "number", path, p.number, false, "a page number");
        readLength(j, "width", path, p.width, true);
        readLength(j, "height", path, p.height, true);
        const std::string tp = key(path, "typeArea");
        if (const Json* t = member(j, "typeArea", path, true); t && isObject(*t, tp)) {
            onlyKeys(*t, tp, {"x", "y", "w", "h"});
            readLength(*t, "x", tp, p.typeArea.x, true);
            readLength(*t, "y", tp, p.typeArea.y, true);
            readLength(*t, "w", tp, p.typeArea.w, true);
            readLength(*t, "h", tp, p.typeArea.h, true);
        }
        const std::string gp = key(path, "grid");
        if (const Json* g = member(j, "grid", path, true); g && isObject(*g, gp)) {
            onlyKeys(*g, gp, {"columns", "gutter", "bodySize", "lineGapEm"});
            readInt(*g, "columns", gp, p.grid.columns, true, "a positive integer");
            readLength(*g, "gutter", gp, p.grid.gutter, true);
            readLength(*g, "bodySize", gp, p.grid.bodySize, true);
            readMilliEm(*g, "lineGapEm", gp, p.grid.lineGapMilliEm);
        }
        const std::string hp = key(path, "header");
        if (const Json* h = member(j, "header", path, false); h && isObject(*h, hp)) {
            onlyKeys(*h, hp, {"show", "paperName", "date", "pageName"});
            readBool(*h, "show", hp, p.header.show);
            readText(*h, "paperName", hp, p.header.paperName);
            readText(*h, "date", hp, p.header.date);
            readText(*h, "pageName", hp, p.header.pageName);
        }
        forEach(j, "articleFrames", path, [&](const Json& f, const std::string& fp) {
            p.articleFrames.push_back(readFrame(f, fp));
        });
        forEach(j, "images", path, [&](const Json& f, const std::string& ip) {
            ImageFrame im;
            onlyKeys(f, ip,
                     {"id", "column", "span", "line", "lines", "path", "caption", "credit",
                      "captionLines", "standoff", "wrap", "locked", "fit", "zoom", "focusX",
                      "focusY", "pdfPage"});
            readString(f, "id", ip, im.id, true);
            im.area = readGridRect(f, ip);
            readString(f, "path", ip, im.path);
            readText(f, "caption", ip, im.caption);
            readText(f, "credit", ip, im.credit);
            readInt(f, "captionLines", ip, im.captionLines, false, "a number of lines");
            readLength(f, "standoff", ip, im.standoff);
            readBool(f, "wrap", ip, im.wrap);
            readBool(f, "locked", ip, im.locked);
            readEnum(f, "fit", ip, kImageFits, im.fit);
            readMilliEm(f, "zoom", ip, im.zoomPermille);
            readMilliEm(f, "focusX", ip, im.focusXPermille);
            readMilliEm(f, "focusY", ip, im.focusYPermille);
            readInt(f, "pdfPage", ip, im.pdfPage, false, "a page number");
            p.images.push_back(std::move(im));
        });
        forEach(j, "rules", path, [&](const Json& f, const std::string& rp) {
            RuleFrame r;
            onlyKeys(f, rp,
                     {"id", "kind", "from", "to", "width", "style", "tint", "fill", "locked"});
            readString(f, "id", rp, r.id, true);
            readEnum(f, "kind", rp, kRuleKinds, r.kind);
            readEnum(f, "style", rp, kRuleStyles, r.style);
            readInt(f, "tint", rp, r.tintPercent, false, "a percentage");
            readInt(f, "fill", rp, r.fillPercent, false, "a percentage");
            readBool(f, "locked", rp, r.locked);
            if (const Json* v = member(f, "from", rp, true))
                r.from = readPoint(*v, key(rp, "from"));
            if (const Json* v = member(f, "to", rp, true)) r.to = readPoint(*v, key(rp, "to"));
            readLength(f, "width", rp, r.width);
            p.rules.push_back(std::move(r));
        });
        forEach(j, "labels", path, [&](const Json& f, const std::string& lp) {
            LabelFrame l;
            onlyKeys(
                f, lp,
                {"id", "column", "span", "line", "lines", "text", "style", "inverse", "locked"});
            readString(f, "id", lp, l.id, true);
            l.area = readGridRect(f, lp);
            readText(f, "text", lp, l.text);
            readString(f, "style", lp, l.style);
            readBool(f, "inverse", lp, l.inverse);
            readBool(f, "locked", lp, l.locked);
            p.labels.push_back(std::move(l));
        });
        return p;
    }

    ArticleFrame readFrame(const Json& j, const std::string& path) {
        ArticleFrame f;
        onlyKeys(j, path,
                 {"id", "article", "sequence", "rects", "showHeadline", "headlineSpan", "balance",
                  "locked"});
        readString(j, "id", path, f.id, true);
        readString(j, "article", path, f.articleId, true);
        readInt(j, "sequence", path, f.sequence, false, "a sequence number");
        const std::string rp = key(path, "rects");
        if (const Json* rs = member(j, "rects", path, true); rs && isArray(*rs, rp)) {
            for (size_t i = 0; i < rs->size(); ++i) {
                const std::string ri = index(rp, i);
                const Json& r = (*rs)[i];
                if (!isObject(r, ri)) continue;
                onlyKeys(r, ri, {"column", "span", "line", "lines", "textColumns", "measureEm"});
                FrameRect fr;
                fr.area = readGridRect(r, ri);
                readInt(r, "textColumns", ri, fr.textColumns, false, "a positive integer");
                if (const Json* m = member(r, "measureEm", ri, false); m && !m->is_null())
                    fr.measureMilliEm = milliEm(*m, key(ri, "measureEm"));
                f.rects.push_back(fr);
            }
        }
        readBool(j, "showHeadline", path, f.showHeadline);
        readInt(j, "headlineSpan", path, f.headlineSpan, false, "a number of columns");
        readBool(j, "balance", path, f.balance);
        readBool(j, "locked", path, f.locked);
        return f;
    }

    template <typename Fn>
    void forEach(const Json& j, const char* k, const std::string& path, Fn&& fn) {
        const std::string ap = key(path, k);
        const Json* arr = member(j, k, path, false);
        if (!arr || !isArray(*arr, ap)) return;
        for (size_t i = 0; i < arr->size(); ++i)
            if (isObject((*arr)[i], index(ap, i))) fn((*arr)[i], index(ap, i));
    }
};

}  // namespace

Result<Document> parseDocument(std::string_view utf8Json, const std::string& label) {
    try {
        auto parsed = detail::parseJson(utf8Json, label);
        if (!parsed) return Error{parsed.error()};
        const Json& root = *parsed;
        const auto fail = [&](const std::string& msg) {
            return Error{detail::joinProblems({msg}, label)};
        };
        if (!root.is_object())
            return fail("expected a JSON object at the top level, got " + detail::typeName(root));
        // Format and version first: a newer file may use fields this build does not know, and
        // listing those as errors would hide the real reason.
        const auto format = root.find("format");
        if (format == root.end()) return fail("format: missing required field");
        if (!format->is_string() || format->get_ref<const std::string&>() != kFormatName)
            return fail(std::string("format: expected \"") + kFormatName + "\", got " +
                        (format->is_string() ? "\"" + format->get<std::string>() + "\""
                                             : detail::typeName(*format)));
        const auto version = root.find("version");
        if (version == root.end()) return fail("version: missing required field");
        JsonReader vr;
        const auto v = vr.integer(*version, "version", "a format version");
        if (!v) return fail(vr.problems.front());
        if (*v > kFormatVersion)
            return fail("version: the file has format version " + std::to_string(*v) +
                        ", newer than this build supports (up to " +
                        std::to_string(kFormatVersion) + "); update Banmian to open it");
        if (*v < 1)
            return fail("version: expected a format version from 1 to " +
                        std::to_string(kFormatVersion) + ", got " + std::to_string(*v));

        DocumentReader reader;
        Document doc = reader.read(root);
        doc.version = kFormatVersion;  // older files are migrated on load and saved as current
        if (!reader.problems.empty()) return Error{detail::joinProblems(reader.problems, label)};
        const auto problems = validateDocument(doc);
        if (!problems.empty()) return Error{detail::joinProblems(problems, label)};
        return doc;
    } catch (const std::exception& e) {
        // Only allocation failures can get here; keep them inside the API.
        return Error{(label.empty() ? "" : label + ": ") + "cannot load the document: " + e.what()};
    }
}

}  // namespace bm::model
