// SPDX-License-Identifier: MIT
#include "layout/model/serialize.h"

#include <utility>

#include "layout/base/utf.h"
#include "layout/model/atomic_write.h"
#include "layout/model/json_reader.h"
#include "layout/model/validate.h"

namespace bm::model {

namespace {

using detail::Json;
using detail::JsonReader;
using OJson = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// Enum spellings (shared by reader and writer so they cannot drift apart).

constexpr std::pair<FontRole, const char*> kFonts[] = {
    {FontRole::Song, "song"}, {FontRole::Hei, "hei"}, {FontRole::Kai, "kai"}};
constexpr std::pair<Align, const char*> kAligns[] = {{Align::Justify, "justify"},
                                                     {Align::Left, "left"},
                                                     {Align::Center, "center"},
                                                     {Align::Right, "right"}};

template <typename E, size_t N>
const char* spell(const std::pair<E, const char*> (&table)[N], E v) {
    for (const auto& [e, s] : table)
        if (e == v) return s;
    return table[0].second;
}

// ---------------------------------------------------------------------------------------------
// Offsets: the file counts code points (what a person sees and what other tools count), the
// model counts UTF-16 units (what the engine indexes).

int codePointsBefore(std::u16string_view s, int utf16Offset) {
    int n = 0;
    for (int i = 0; i < utf16Offset && i < static_cast<int>(s.size()); ++i) {
        const bool low = s[i] >= 0xDC00 && s[i] <= 0xDFFF;
        const bool afterHigh = i > 0 && s[i - 1] >= 0xD800 && s[i - 1] <= 0xDBFF;
        if (!(low && afterHigh)) ++n;
    }
    return n;
}

/// UTF-16 offset of code point `cp`, or -1 when the text is shorter.
int utf16Offset(std::u16string_view s, int cp) {
    size_t i = 0;
    for (int k = 0; k < cp; ++k) {
        if (i >= s.size()) return -1;
        nextCodePoint(s, i);
    }
    return static_cast<int>(i);
}

// ---------------------------------------------------------------------------------------------
// Writer

OJson points(Length l) {
    if (l % 1000 == 0) return OJson(l / 1000);
    return OJson(static_cast<double>(l) / 1000.0);
}

OJson ems(int milliEm) {
    if (milliEm % 1000 == 0) return OJson(milliEm / 1000);
    return OJson(milliEm / 1000.0);
}

std::string utf8(const std::u16string& s) { return utf16ToUtf8(s); }

void putGridRect(OJson& j, const GridRect& r) {
    j["column"] = r.column;
    j["span"] = r.span;
    j["line"] = r.line;
    j["lines"] = r.lines;
}

OJson writeStyle(const Style& s) {
    OJson j = OJson::object();
    j["font"] = spell(kFonts, s.role);
    j["family"] = s.family;
    j["bold"] = s.bold;
    j["size"] = points(s.size);
    j["align"] = spell(kAligns, s.align);
    j["preset"] = s.preset;
    j["trackingEm"] = ems(s.trackingMilliEm);
    j["indentEm"] = ems(s.indentMilliEm);
    j["lineGapEm"] = ems(s.lineGapMilliEm);
    return j;
}

OJson writeArticle(const Article& a) {
    OJson j = OJson::object();
    j["id"] = a.id;
    j["kicker"] = utf8(a.kicker);
    j["headline"] = utf8(a.headline);
    j["subheadline"] = utf8(a.subheadline);
    j["byline"] = utf8(a.byline);
    j["dateline"] = utf8(a.dateline);
    OJson paras = OJson::array();
    for (const auto& p : a.paragraphs) paras.push_back(utf8(p));
    j["paragraphs"] = std::move(paras);
    j["credit"] = utf8(a.credit);
    j["creditRunIn"] = a.creditRunIn;
    j["flushParagraphs"] = a.flushParagraphs;
    OJson tracking = OJson::array();
    for (const TrackingRange& t : a.tracking) {
        OJson r = OJson::object();
        r["paragraph"] = t.paragraph;
        const bool known = t.paragraph >= 0 && t.paragraph < static_cast<int>(a.paragraphs.size());
        const std::u16string_view text =
            known ? std::u16string_view(a.paragraphs[t.paragraph]) : std::u16string_view();
        r["begin"] = known ? codePointsBefore(text, t.begin) : t.begin;
        r["end"] = known ? codePointsBefore(text, t.end) : t.end;
        r["em"] = ems(t.milliEm);
        tracking.push_back(std::move(r));
    }
    j["tracking"] = std::move(tracking);
    return j;
}

OJson writePoint(const Point& p) {
    OJson j = OJson::object();
    j["x"] = points(p.x);
    j["y"] = points(p.y);
    return j;
}

OJson writePage(const Page& p) {
    OJson j = OJson::object();
    j["id"] = p.id;
    j["number"] = p.number;
    j["width"] = points(p.width);
    j["height"] = points(p.height);
    OJson ta = OJson::object();
    ta["x"] = points(p.typeArea.x);
    ta["y"] = points(p.typeArea.y);
    ta["w"] = points(p.typeArea.w);
    ta["h"] = points(p.typeArea.h);
    j["typeArea"] = std::move(ta);
    OJson g = OJson::object();
    g["columns"] = p.grid.columns;
    g["gutter"] = points(p.grid.gutter);
    g["bodySize"] = points(p.grid.bodySize);
    g["lineGapEm"] = ems(p.grid.lineGapMilliEm);
    j["grid"] = std::move(g);
    OJson h = OJson::object();
    h["show"] = p.header.show;
    h["paperName"] = utf8(p.header.paperName);
    h["date"] = utf8(p.header.date);
    h["pageName"] = utf8(p.header.pageName);
    j["header"] = std::move(h);

    OJson frames = OJson::array();
    for (const ArticleFrame& f : p.articleFrames) {
        OJson fj = OJson::object();
        fj["id"] = f.id;
        fj["article"] = f.articleId;
        fj["sequence"] = f.sequence;
        OJson rects = OJson::array();
        for (const FrameRect& r : f.rects) {
            OJson rj = OJson::object();
            putGridRect(rj, r.area);
            rj["textColumns"] = r.textColumns;
            if (r.measureMilliEm) rj["measureEm"] = ems(*r.measureMilliEm);
            rects.push_back(std::move(rj));
        }
        fj["rects"] = std::move(rects);
        fj["showHeadline"] = f.showHeadline;
        fj["headlineSpan"] = f.headlineSpan;
        fj["balance"] = f.balance;
        frames.push_back(std::move(fj));
    }
    j["articleFrames"] = std::move(frames);

    OJson images = OJson::array();
    for (const ImageFrame& im : p.images) {
        OJson ij = OJson::object();
        ij["id"] = im.id;
        putGridRect(ij, im.area);
        ij["path"] = im.path;
        ij["caption"] = utf8(im.caption);
        ij["credit"] = utf8(im.credit);
        ij["captionLines"] = im.captionLines;
        ij["standoff"] = points(im.standoff);
        ij["wrap"] = im.wrap;
        images.push_back(std::move(ij));
    }
    j["images"] = std::move(images);

    OJson rules = OJson::array();
    for (const RuleFrame& r : p.rules) {
        OJson rj = OJson::object();
        rj["id"] = r.id;
        rj["from"] = writePoint(r.from);
        rj["to"] = writePoint(r.to);
        rj["width"] = points(r.width);
        rules.push_back(std::move(rj));
    }
    j["rules"] = std::move(rules);

    OJson labels = OJson::array();
    for (const LabelFrame& l : p.labels) {
        OJson lj = OJson::object();
        lj["id"] = l.id;
        putGridRect(lj, l.area);
        lj["text"] = utf8(l.text);
        lj["style"] = l.style;
        lj["inverse"] = l.inverse;
        labels.push_back(std::move(lj));
    }
    j["labels"] = std::move(labels);
    return j;
}

// ---------------------------------------------------------------------------------------------
// Reader: JSON shape and types → Document. Range and reference rules are validate.h's job.

class DocumentReader : public JsonReader {
public:
    Document read(const Json& root) {
        Document doc;
        onlyKeys(root, "", {"format", "version", "title", "styles", "articles", "pages"});
        doc.version = kFormatVersion;
        readString(root, "title", "", doc.title);
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
        return doc;
    }

private:
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
        onlyKeys(j, path,
                 {"id", "kicker", "headline", "subheadline", "byline", "dateline", "paragraphs",
                  "credit", "creditRunIn", "flushParagraphs", "tracking"});
        readString(j, "id", path, a.id, true);
        readText(j, "kicker", path, a.kicker);
        readText(j, "headline", path, a.headline);
        readText(j, "subheadline", path, a.subheadline);
        readText(j, "byline", path, a.byline);
        readText(j, "dateline", path, a.dateline);
        readText(j, "credit", path, a.credit);
        readBool(j, "creditRunIn", path, a.creditRunIn);
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
        return a;
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
        const int n = static_cast<int>(a.paragraphs.size());
        if (t.paragraph < 0 || t.paragraph >= n) {
            problem(key(path, "paragraph"), "expected a paragraph index from 0 to " +
                                                std::to_string(n - 1) + ", got " +
                                                std::to_string(t.paragraph));
            return;
        }
        const std::u16string& text = a.paragraphs[t.paragraph];
        const int len = codePointsBefore(text, static_cast<int>(text.size()));
        if (t.begin < 0 || t.end > len || t.begin >= t.end) {
            problem(path, "expected 0 <= begin < end <= " + std::to_string(len) +
                              " (characters in paragraph " + std::to_string(t.paragraph) +
                              "), got begin " + std::to_string(t.begin) + ", end " +
                              std::to_string(t.end));
            return;
        }
        t.begin = utf16Offset(text, t.begin);
        t.end = utf16Offset(text, t.end);
        a.tracking.push_back(t);
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
                      "captionLines", "standoff", "wrap"});
            readString(f, "id", ip, im.id, true);
            im.area = readGridRect(f, ip);
            readString(f, "path", ip, im.path);
            readText(f, "caption", ip, im.caption);
            readText(f, "credit", ip, im.credit);
            readInt(f, "captionLines", ip, im.captionLines, false, "a number of lines");
            readLength(f, "standoff", ip, im.standoff);
            readBool(f, "wrap", ip, im.wrap);
            p.images.push_back(std::move(im));
        });
        forEach(j, "rules", path, [&](const Json& f, const std::string& rp) {
            RuleFrame r;
            onlyKeys(f, rp, {"id", "from", "to", "width"});
            readString(f, "id", rp, r.id, true);
            if (const Json* v = member(f, "from", rp, true))
                r.from = readPoint(*v, key(rp, "from"));
            if (const Json* v = member(f, "to", rp, true)) r.to = readPoint(*v, key(rp, "to"));
            readLength(f, "width", rp, r.width);
            p.rules.push_back(std::move(r));
        });
        forEach(j, "labels", path, [&](const Json& f, const std::string& lp) {
            LabelFrame l;
            onlyKeys(f, lp, {"id", "column", "span", "line", "lines", "text", "style", "inverse"});
            readString(f, "id", lp, l.id, true);
            l.area = readGridRect(f, lp);
            readText(f, "text", lp, l.text);
            readString(f, "style", lp, l.style);
            readBool(f, "inverse", lp, l.inverse);
            p.labels.push_back(std::move(l));
        });
        return p;
    }

    ArticleFrame readFrame(const Json& j, const std::string& path) {
        ArticleFrame f;
        onlyKeys(j, path,
                 {"id", "article", "sequence", "rects", "showHeadline", "headlineSpan", "balance"});
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
        doc.version = *v;
        if (!reader.problems.empty()) return Error{detail::joinProblems(reader.problems, label)};
        const auto problems = validateDocument(doc);
        if (!problems.empty()) return Error{detail::joinProblems(problems, label)};
        return doc;
    } catch (const std::exception& e) {
        // Only allocation failures can get here; keep them inside the API.
        return Error{(label.empty() ? "" : label + ": ") + "cannot load the document: " + e.what()};
    }
}

Result<Document> loadDocument(const std::string& path) {
    auto text = detail::readFile(path);
    if (!text) return Error{text.error()};
    return parseDocument(*text, path);
}

std::string serializeDocument(const Document& doc) {
    try {
        OJson root = OJson::object();
        root["format"] = kFormatName;
        root["version"] = doc.version;
        root["title"] = doc.title;
        OJson styles = OJson::object();
        for (const auto& [name, style] : doc.styles) styles[name] = writeStyle(style);
        root["styles"] = std::move(styles);
        OJson articles = OJson::array();
        for (const Article& a : doc.articles) articles.push_back(writeArticle(a));
        root["articles"] = std::move(articles);
        OJson pages = OJson::array();
        for (const Page& p : doc.pages) pages.push_back(writePage(p));
        root["pages"] = std::move(pages);
        // `replace`: ids and titles are std::string and could hold invalid UTF-8 when built in
        // code; never throw from here.
        return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
    } catch (const std::exception&) {
        return {};
    }
}

Status saveDocument(const Document& doc, const std::string& path, const SaveOptions& options) {
    const std::string data = serializeDocument(doc);
    if (data.empty()) return Error{"cannot save '" + path + "': out of memory"};
    return detail::writeFileAtomically(path, data, options.failAfterBytes);
}

}  // namespace bm::model
