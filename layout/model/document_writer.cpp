// SPDX-License-Identifier: MIT
// The document writer: model → pretty-printed JSON with a fixed key order (FORMAT.md).
#include <nlohmann/json.hpp>

#include "layout/base/utf.h"
#include "layout/model/format_detail.h"
#include "layout/model/serialize.h"

namespace bm::model {

namespace {

using namespace format_detail;
using OJson = nlohmann::ordered_json;

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

// v2 character ranges: offsets in code points like tracking; only attributes that differ from
// plain text are written.
OJson writeCharRanges(const Article& a) {
    OJson out = OJson::array();
    for (const CharRange& c : a.charRanges) {
        OJson r = OJson::object();
        r["paragraph"] = c.paragraph;
        const bool known = c.paragraph >= 0 && c.paragraph < static_cast<int>(a.paragraphs.size());
        const std::u16string_view text =
            known ? std::u16string_view(a.paragraphs[c.paragraph]) : std::u16string_view();
        r["begin"] = known ? codePointsBefore(text, c.begin) : c.begin;
        r["end"] = known ? codePointsBefore(text, c.end) : c.end;
        const CharAttrs& at = c.attrs;
        if (at.font) r["font"] = spell(kFonts, *at.font);
        if (at.bold) r["bold"] = true;
        if (at.sizePercent != 100) r["size"] = at.sizePercent;
        if (at.emphasisDots) r["emphasis"] = true;
        if (at.script != Script::None) r["script"] = spell(kScripts, at.script);
        if (at.tintPercent != 100) r["tint"] = at.tintPercent;
        out.push_back(std::move(r));
    }
    return out;
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
    // v2 title block settings: written only when set, so documents without them keep their bytes.
    if (a.headlineSize) j["headlineSize"] = points(*a.headlineSize);
    if (a.headlineFont) j["headlineFont"] = spell(kFonts, *a.headlineFont);
    if (a.headlineScale != 100) j["headlineScale"] = a.headlineScale;
    if (a.headlineLines != 0) j["headlineLines"] = a.headlineLines;
    if (!a.charRanges.empty()) j["characterStyles"] = writeCharRanges(a);
    if (!a.paragraphStyles.empty()) {
        OJson marks = OJson::array();
        for (const ParagraphStyleMark& m : a.paragraphStyles)
            marks.push_back(OJson{{"paragraph", m.paragraph}, {"style", m.style}});
        j["paragraphStyles"] = std::move(marks);
    }
    return j;
}

OJson writePoint(const Point& p) {
    OJson j = OJson::object();
    j["x"] = points(p.x);
    j["y"] = points(p.y);
    return j;
}

OJson writeImage(const ImageFrame& im) {
    OJson ij = OJson::object();
    ij["id"] = im.id;
    putGridRect(ij, im.area);
    ij["path"] = im.path;
    ij["caption"] = utf8(im.caption);
    ij["credit"] = utf8(im.credit);
    ij["captionLines"] = im.captionLines;
    ij["standoff"] = points(im.standoff);
    ij["wrap"] = im.wrap;
    ij["fit"] = spell(kImageFits, im.fit);
    ij["zoom"] = ems(im.zoomPermille);
    ij["focusX"] = ems(im.focusXPermille);
    ij["focusY"] = ems(im.focusYPermille);
    ij["pdfPage"] = im.pdfPage;
    if (im.locked) ij["locked"] = true;
    return ij;
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
        if (f.locked) fj["locked"] = true;
        frames.push_back(std::move(fj));
    }
    j["articleFrames"] = std::move(frames);

    OJson images = OJson::array();
    for (const ImageFrame& im : p.images) {
        images.push_back(writeImage(im));
    }
    j["images"] = std::move(images);

    OJson rules = OJson::array();
    for (const RuleFrame& r : p.rules) {
        OJson rj = OJson::object();
        rj["id"] = r.id;
        // v2 fields only when they differ from a version 1 rule (files without boxes, 花线,
        // tints or locks stay as they were).
        if (r.kind != RuleFrame::Kind::Line) rj["kind"] = spell(kRuleKinds, r.kind);
        rj["from"] = writePoint(r.from);
        rj["to"] = writePoint(r.to);
        rj["width"] = points(r.width);
        if (r.style != RuleFrame::Style::Solid) rj["style"] = spell(kRuleStyles, r.style);
        if (r.tintPercent != 100) rj["tint"] = r.tintPercent;
        if (r.fillPercent != 0) rj["fill"] = r.fillPercent;
        if (r.locked) rj["locked"] = true;
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
        if (l.locked) lj["locked"] = true;
        labels.push_back(std::move(lj));
    }
    j["labels"] = std::move(labels);
    return j;
}

// v2, written only when set, so documents without check settings keep their bytes.
OJson writeChecks(const CheckSettings& c) {
    OJson j = OJson::object();
    if (!c.profileJson.empty()) {
        OJson p = OJson::parse(c.profileJson, nullptr, false);
        if (!p.is_discarded()) j["profile"] = std::move(p);
    } else if (!c.profile.empty()) {
        j["profile"] = c.profile;
    }
    OJson waivers = OJson::array();
    for (const auto& w : c.waivers) {
        OJson o = OJson::object();
        o["fingerprint"] = w.fingerprint;
        o["rule"] = w.rule;
        if (!w.note.empty()) o["note"] = w.note;
        waivers.push_back(std::move(o));
    }
    j["waivers"] = std::move(waivers);
    return j;
}

}  // namespace

std::string serializeDocument(const Document& doc) {
    try {
        OJson root = OJson::object();
        root["format"] = kFormatName;
        root["version"] = doc.version;
        root["title"] = doc.title;
        OJson print = OJson::object();
        print["outputProfile"] = doc.print.outputProfile;
        print["inkLimit"] = doc.print.inkLimitPercent;
        print["cmykOverLimit"] = doc.print.convertCmykOverLimit ? "convert" : "report";
        print["maxPpi"] = doc.print.maxPpi;
        root["print"] = std::move(print);
        OJson styles = OJson::object();
        for (const auto& [name, style] : doc.styles) styles[name] = writeStyle(style);
        root["styles"] = std::move(styles);
        OJson articles = OJson::array();
        for (const Article& a : doc.articles) articles.push_back(writeArticle(a));
        root["articles"] = std::move(articles);
        OJson pages = OJson::array();
        for (const Page& p : doc.pages) pages.push_back(writePage(p));
        root["pages"] = std::move(pages);
        if (!doc.checks.empty()) root["checks"] = writeChecks(doc.checks);
        if (doc.fitLimits != FitLimits{}) {
            OJson limits = OJson::object();
            limits["minTrackingEm"] = ems(doc.fitLimits.minTrackingMilliEm);
            limits["maxTrackingEm"] = ems(doc.fitLimits.maxTrackingMilliEm);
            root["fitLimits"] = std::move(limits);
        }
        // `replace`: ids and titles are std::string and could hold invalid UTF-8 when built in
        // code; never throw from here.
        return root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n";
    } catch (const std::exception&) {
        return {};
    }
}

}  // namespace bm::model
