// SPDX-License-Identifier: MIT
#include "layout/model/validate.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <utility>

namespace bm::model {

namespace {

using Problems = std::vector<std::string>;

std::string join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

void add(Problems& out, const std::string& path, const std::string& msg) {
    out.push_back(path + ": " + msg);
}

void append(Problems& out, Problems more) {
    for (auto& m : more) out.push_back(std::move(m));
}

/// Ids of every frame kind share one namespace, so a frame id alone names a frame.
struct IdIndex {
    std::map<std::string, std::string> firstUse;  // id → path of its first use

    void check(Problems& out, const std::string& id, const std::string& path) {
        if (id.empty()) {
            add(out, join(path, "id"), "expected a non-empty id");
            return;
        }
        auto [it, fresh] = firstUse.emplace(id, path);
        if (!fresh)
            add(out, join(path, "id"), "duplicate id \"" + id + "\" (also " + it->second + ")");
    }
};

void collectFrameIds(const Page& page, const std::string& path, IdIndex& ids) {
    Problems ignored;
    for (size_t i = 0; i < page.articleFrames.size(); ++i)
        ids.check(ignored, page.articleFrames[i].id, at(join(path, "articleFrames"), i));
    for (size_t i = 0; i < page.images.size(); ++i)
        ids.check(ignored, page.images[i].id, at(join(path, "images"), i));
    for (size_t i = 0; i < page.rules.size(); ++i)
        ids.check(ignored, page.rules[i].id, at(join(path, "rules"), i));
    for (size_t i = 0; i < page.labels.size(); ++i)
        ids.check(ignored, page.labels[i].id, at(join(path, "labels"), i));
}

Length columnWidth(const Page& page) {
    return (page.typeArea.w - (page.grid.columns - 1) * page.grid.gutter) / page.grid.columns;
}

/// Frames, images, rules and labels of a page whose geometry is valid.
Problems validatePageContent(const Document& doc, const Page& page, const std::string& path,
                             IdIndex& ids, std::set<std::pair<std::string, int>>& chainSlots) {
    Problems out;
    for (size_t i = 0; i < page.articleFrames.size(); ++i) {
        const ArticleFrame& f = page.articleFrames[i];
        const std::string fp = at(join(path, "articleFrames"), i);
        ids.check(out, f.id, fp);
        // Uniqueness is checked here against the frames seen so far (document order, so the
        // second use is the one reported), hence ignoreFrameId = the frame's own id.
        append(out, validateArticleFrame(doc, page, f, fp, f.id));
        if (f.sequence >= 0 && !chainSlots.emplace(f.articleId, f.sequence).second)
            add(out, join(fp, "sequence"),
                "duplicate sequence " + std::to_string(f.sequence) + " for article \"" +
                    f.articleId + "\" (each frame of a chain needs its own position)");
    }
    for (size_t i = 0; i < page.images.size(); ++i) {
        const std::string ip = at(join(path, "images"), i);
        ids.check(out, page.images[i].id, ip);
        append(out, validateImageFrame(page, page.images[i], ip));
    }
    for (size_t i = 0; i < page.rules.size(); ++i) {
        const RuleFrame& r = page.rules[i];
        const std::string rp = at(join(path, "rules"), i);
        ids.check(out, r.id, rp);
        append(out, validateRule(page, r, rp));
    }
    for (size_t i = 0; i < page.labels.size(); ++i) {
        const LabelFrame& l = page.labels[i];
        const std::string lp = at(join(path, "labels"), i);
        ids.check(out, l.id, lp);
        append(out, validateLabel(doc, page, l, lp));
    }
    return out;
}

}  // namespace

std::vector<std::string> validateRule(const Page& page, const RuleFrame& r,
                                      const std::string& path) {
    Problems out;
    // A box may have no outline when it has a fill (底纹); a line always needs a width.
    const bool fillOnly = r.kind == RuleFrame::Kind::Box && r.fillPercent > 0 && r.width == 0;
    if (!fillOnly && (r.width <= 0 || r.width > kMaxRuleWidth))
        add(out, join(path, "width"),
            "expected a width above 0 and at most 100 pt, got " + formatPoints(r.width) + " pt");
    for (const auto& [name, p] : {std::pair{"from", r.from}, std::pair{"to", r.to}}) {
        if (p.x < 0 || p.y < 0 || p.x > page.width || p.y > page.height)
            add(out, join(path, name),
                "expected a point on the page (0…" + formatPoints(page.width) + " × 0…" +
                    formatPoints(page.height) + " pt), got (" + formatPoints(p.x) + ", " +
                    formatPoints(p.y) + ")");
    }
    if (r.tintPercent < 1 || r.tintPercent > 100)
        add(out, join(path, "tint"),
            "expected a tint of 1 to 100 %, got " + std::to_string(r.tintPercent));
    if (r.fillPercent < 0 || r.fillPercent > 100)
        add(out, join(path, "fill"),
            "expected a fill of 0 to 100 %, got " + std::to_string(r.fillPercent));
    if (r.fillPercent > 0 && r.kind != RuleFrame::Kind::Box)
        add(out, join(path, "fill"), "only a box has a fill");
    return out;
}

std::vector<std::string> validateLabel(const Document& doc, const Page& page, const LabelFrame& l,
                                       const std::string& path) {
    Problems out;
    if (auto e = checkGridRect(page, l.area)) add(out, path, *e);
    if (!doc.styles.empty() && !doc.styles.count(l.style))
        add(out, join(path, "style"), "unknown style \"" + l.style + "\" (not in styles)");
    return out;
}

std::string presetList() {
    std::string list;
    for (const char* p : kPresetNames) list += (list.empty() ? "" : ", ") + std::string(p);
    return list;
}

bool isKnownPreset(std::string_view name) {
    return std::any_of(std::begin(kPresetNames), std::end(kPresetNames),
                       [&](const char* p) { return name == p; });
}

std::vector<std::string> validateStyle(const Style& s, const std::string& path) {
    Problems out;
    if (s.size <= 0 || s.size > kMaxFontSize)
        add(out, join(path, "size"),
            "expected a font size above 0 and at most 1000 pt, got " + formatPoints(s.size) +
                " pt");
    if (!isKnownPreset(s.preset))
        add(out, join(path, "preset"),
            "expected one of " + presetList() + ", got \"" + s.preset + "\"");
    if (s.trackingMilliEm < kMinTrackingMilliEm || s.trackingMilliEm > kMaxTrackingMilliEm)
        add(out, join(path, "trackingEm"),
            "expected a tracking between -1 and 5 em, got " + formatEm(s.trackingMilliEm));
    if (s.indentMilliEm < -kMaxIndentMilliEm || s.indentMilliEm > kMaxIndentMilliEm)
        add(out, join(path, "indentEm"),
            "expected an indent between -20 and 20 em, got " + formatEm(s.indentMilliEm));
    if (s.lineGapMilliEm < 0 || s.lineGapMilliEm > kMaxLineGapMilliEm)
        add(out, join(path, "lineGapEm"),
            "expected a line gap between 0 and 10 em, got " + formatEm(s.lineGapMilliEm));
    return out;
}

std::vector<std::string> validateArticle(const Article& a, const std::string& path) {
    Problems out;
    if (a.id.empty()) add(out, join(path, "id"), "expected a non-empty id");
    const int n = static_cast<int>(a.paragraphs.size());
    std::set<int> seen;
    for (size_t i = 0; i < a.flushParagraphs.size(); ++i) {
        const int p = a.flushParagraphs[i];
        const std::string fp = at(join(path, "flushParagraphs"), i);
        if (p < 0 || p >= n)
            add(out, fp,
                "expected a paragraph index from 0 to " + std::to_string(n - 1) + ", got " +
                    std::to_string(p));
        else if (!seen.insert(p).second)
            add(out, fp, "duplicate paragraph index " + std::to_string(p));
    }
    for (size_t i = 0; i < a.tracking.size(); ++i) {
        const TrackingRange& t = a.tracking[i];
        const std::string tp = at(join(path, "tracking"), i);
        if (t.paragraph < 0 || t.paragraph >= n) {
            add(out, join(tp, "paragraph"),
                "expected a paragraph index from 0 to " + std::to_string(n - 1) + ", got " +
                    std::to_string(t.paragraph));
            continue;
        }
        const std::u16string& text = a.paragraphs[t.paragraph];
        const int len = static_cast<int>(text.size());
        const auto splitsPair = [&](int off) {
            return off > 0 && off < len && text[off] >= 0xDC00 && text[off] <= 0xDFFF &&
                   text[off - 1] >= 0xD800 && text[off - 1] <= 0xDBFF;
        };
        if (t.begin < 0 || t.end > len || t.begin >= t.end)
            add(out, tp,
                "expected 0 <= begin < end <= " + std::to_string(len) +
                    " (UTF-16 length of the paragraph), got begin " + std::to_string(t.begin) +
                    ", end " + std::to_string(t.end));
        else if (splitsPair(t.begin) || splitsPair(t.end))
            add(out, tp,
                "expected offsets on character boundaries, got one inside a surrogate pair");
        if (t.milliEm < kMinTrackingMilliEm || t.milliEm > kMaxTrackingMilliEm)
            add(out, join(tp, "em"),
                "expected a tracking between -1 and 5 em, got " + formatEm(t.milliEm));
    }
    append(out, validateRichText(a, path));
    if (a.headlineSize && (*a.headlineSize <= 0 || *a.headlineSize > kMaxFontSize))
        add(out, join(path, "headlineSize"),
            "expected a size above 0 and up to 1000 pt, got " + formatPoints(*a.headlineSize));
    if (a.headlineScale < kMinHeadlineScale || a.headlineScale > kMaxHeadlineScale)
        add(out, join(path, "headlineScale"),
            "expected a width from 50 to 200 %, got " + std::to_string(a.headlineScale));
    if (a.headlineLines < 0 || a.headlineLines > kMaxHeadlineLines)
        add(out, join(path, "headlineLines"),
            "expected 0 (natural) to " + std::to_string(kMaxHeadlineLines) + " grid lines, got " +
                std::to_string(a.headlineLines));
    return out;
}

std::vector<std::string> validatePageGeometry(const Page& p, const std::string& path) {
    Problems out;
    if (p.number < 1 || p.number > kMaxPageNumber)
        add(out, join(path, "number"),
            "expected a page number from 1 to 9999, got " + std::to_string(p.number));
    bool sizeOk = true;
    for (const auto& [name, v] : {std::pair{"width", p.width}, std::pair{"height", p.height}}) {
        if (v <= 0 || v > kMaxPageSide) {
            add(out, join(path, name),
                "expected a page size above 0 and at most 2000 mm (2 m), got " +
                    formatMillimetres(v) + " mm");
            sizeOk = false;
        }
    }
    const Rect& t = p.typeArea;
    const std::string ta = join(path, "typeArea");
    if (t.w <= 0 || t.h <= 0) {
        add(out, ta,
            "expected a positive width and height, got " + formatPoints(t.w) + " × " +
                formatPoints(t.h) + " pt");
    } else if (sizeOk && (t.x < 0 || t.y < 0 || t.right() > p.width || t.bottom() > p.height)) {
        add(out, ta,
            "expected the type area inside the " + formatMillimetres(p.width) + " × " +
                formatMillimetres(p.height) + " mm page, got x " + formatMillimetres(t.x) + ", y " +
                formatMillimetres(t.y) + ", w " + formatMillimetres(t.w) + ", h " +
                formatMillimetres(t.h) + " mm");
    }
    const Grid& g = p.grid;
    const std::string gp = join(path, "grid");
    bool gridOk = true;
    if (g.columns < 1 || g.columns > kMaxGridColumns) {
        add(out, join(gp, "columns"),
            (g.columns < 1 ? std::string("expected a positive integer, got ")
                           : std::string("expected at most 64 columns, got ")) +
                std::to_string(g.columns));
        gridOk = false;
    }
    if (g.gutter < 0) {
        add(out, join(gp, "gutter"),
            "expected a gutter >= 0, got " + formatPoints(g.gutter) + " pt");
        gridOk = false;
    }
    if (g.bodySize <= 0 || g.bodySize > kMaxFontSize) {
        add(out, join(gp, "bodySize"),
            "expected a font size above 0 and at most 1000 pt, got " + formatPoints(g.bodySize) +
                " pt");
        gridOk = false;
    }
    if (g.lineGapMilliEm < 0 || g.lineGapMilliEm > kMaxLineGapMilliEm) {
        add(out, join(gp, "lineGapEm"),
            "expected a line gap between 0 and 10 em, got " + formatEm(g.lineGapMilliEm));
        gridOk = false;
    }
    if (gridOk && out.empty()) {
        if (columnWidth(p) <= 0)
            add(out, gp,
                "expected columns that fit the type area, got " + std::to_string(g.columns) +
                    " columns with " + formatPoints(g.gutter) + " pt gutters in " +
                    formatPoints(t.w) + " pt");
        else if (gridLines(p) < 1)
            add(out, gp,
                "expected at least one grid line, got a type area " + formatPoints(t.h) +
                    " pt high for " + formatPoints(g.bodySize) + " pt type");
    }
    return out;
}

std::optional<std::string> checkGridRect(const Page& page, const GridRect& r) {
    const int cols = page.grid.columns;
    const int lines = gridLines(page);
    if (r.column < 0 || r.column >= cols)
        return "expected column from 0 to " + std::to_string(cols - 1) + ", got " +
               std::to_string(r.column);
    if (r.span < 1) return "expected a positive span, got " + std::to_string(r.span);
    if (r.span > cols - r.column)  // (not column + span: no overflow on absurd input)
        return "expected column + span <= " + std::to_string(cols) + " (the page's columns), got " +
               std::to_string(r.column) + " + " + std::to_string(r.span) + " = " +
               std::to_string(static_cast<long long>(r.column) + r.span);
    if (r.line < 0 || r.line >= lines)
        return "expected line from 0 to " + std::to_string(lines - 1) + ", got " +
               std::to_string(r.line);
    if (r.lines < 1) return "expected a positive number of lines, got " + std::to_string(r.lines);
    if (r.lines > lines - r.line)
        return "expected line + lines <= " + std::to_string(lines) +
               " (the page's grid lines), got " + std::to_string(r.line) + " + " +
               std::to_string(r.lines) + " = " +
               std::to_string(static_cast<long long>(r.line) + r.lines);
    return std::nullopt;
}

std::optional<std::string> checkFrameRect(const Page& page, const FrameRect& r) {
    if (auto e = checkGridRect(page, r.area)) return e;
    const int n = r.textColumns;
    if (n < 1) return "textColumns: expected a positive integer, got " + std::to_string(n);
    if (n > kMaxTextColumns) return "textColumns: expected at most 32, got " + std::to_string(n);
    const Length width = columnsWidth(page, r.area.span);
    const Length em = page.grid.bodySize;
    if (r.measureMilliEm) {
        const int m = *r.measureMilliEm;
        if (m <= 0) return "measureEm: expected a positive measure, got " + formatEm(m);
        const Length need = n * emFraction(m, em);
        if (need > width) {
            const int maxMilliEm = static_cast<int>(width * 1000 / n / em);
            return "measureEm: expected at most " + formatEm(maxMilliEm) + " em (" +
                   std::to_string(n) + " text column(s) in " + std::to_string(r.area.span) +
                   " base column(s)), got " + formatEm(m);
        }
    } else {
        // Without a fixed measure the text columns are separated by the grid gutter; each must
        // hold at least one character.
        const Length g = page.grid.gutter;
        if ((width - (n - 1) * g) / n < em) {
            const int maxN = static_cast<int>((width + g) / (em + g));
            return "textColumns: expected at most " + std::to_string(std::max(maxN, 1)) +
                   " for a rect " + std::to_string(r.area.span) + " base column(s) wide, got " +
                   std::to_string(n);
        }
    }
    return std::nullopt;
}

std::vector<std::string> validateArticleFrame(const Document& doc, const Page& page,
                                              const ArticleFrame& f, const std::string& path,
                                              const std::string& ignoreFrameId) {
    Problems out;
    if (f.id.empty())
        add(out, join(path, "id"), "expected a non-empty id");
    else if (f.id != ignoreFrameId && frameIdInUse(doc, f.id))
        add(out, join(path, "id"), "duplicate id \"" + f.id + "\" (already used by a frame)");
    if (!doc.article(f.articleId))
        add(out, join(path, "article"), "unknown article id \"" + f.articleId + "\"");
    if (f.sequence < 0 || f.sequence > kMaxSequence)
        add(out, join(path, "sequence"),
            "expected a sequence from 0 to 9999, got " + std::to_string(f.sequence));
    else if (f.id != ignoreFrameId) {
        for (const Page& p : doc.pages)
            for (const ArticleFrame& o : p.articleFrames)
                if (o.id != ignoreFrameId && o.articleId == f.articleId && o.sequence == f.sequence)
                    add(out, join(path, "sequence"),
                        "duplicate sequence " + std::to_string(f.sequence) + " for article \"" +
                            f.articleId + "\" (frame \"" + o.id + "\" has it)");
    }
    if (f.rects.empty()) add(out, join(path, "rects"), "expected at least one rect, got none");
    for (size_t i = 0; i < f.rects.size(); ++i)
        if (auto e = checkFrameRect(page, f.rects[i])) add(out, at(join(path, "rects"), i), *e);
    if (f.headlineSpan < 0 || f.headlineSpan > page.grid.columns)
        add(out, join(path, "headlineSpan"),
            "expected 0 (whole width) to " + std::to_string(page.grid.columns) + ", got " +
                std::to_string(f.headlineSpan));
    return out;
}

std::vector<std::string> validateImageFrame(const Page& page, const ImageFrame& im,
                                            const std::string& path) {
    Problems out;
    if (auto e = checkGridRect(page, im.area)) add(out, path, *e);
    if (im.captionLines < 0 || im.captionLines >= std::max(im.area.lines, 1))
        add(out, join(path, "captionLines"),
            "expected 0 to " + std::to_string(std::max(im.area.lines - 1, 0)) +
                " (fewer than the frame's lines), got " + std::to_string(im.captionLines));
    if (im.standoff < 0 || im.standoff > kMaxStandoff)
        add(out, join(path, "standoff"),
            "expected 0 to 100 pt, got " + formatPoints(im.standoff) + " pt");
    if (im.zoomPermille < 100 || im.zoomPermille > 20000)
        add(out, join(path, "zoom"),
            "expected 0.1 to 20, got " + std::to_string(im.zoomPermille / 1000.0));
    if (im.focusXPermille < 0 || im.focusXPermille > 1000)
        add(out, join(path, "focusX"),
            "expected 0 to 1, got " + std::to_string(im.focusXPermille / 1000.0));
    if (im.focusYPermille < 0 || im.focusYPermille > 1000)
        add(out, join(path, "focusY"),
            "expected 0 to 1, got " + std::to_string(im.focusYPermille / 1000.0));
    if (im.pdfPage < 1 || im.pdfPage > 100000)
        add(out, join(path, "pdfPage"), "expected 1 to 100000, got " + std::to_string(im.pdfPage));
    return out;
}

bool frameIdInUse(const Document& doc, const std::string& id) {
    for (const Page& p : doc.pages) {
        for (const auto& f : p.articleFrames)
            if (f.id == id) return true;
        for (const auto& f : p.images)
            if (f.id == id) return true;
        for (const auto& f : p.rules)
            if (f.id == id) return true;
        for (const auto& f : p.labels)
            if (f.id == id) return true;
    }
    return false;
}

std::vector<std::string> validateDocument(const Document& doc) {
    Problems out;
    if (doc.version < 1 || doc.version > kFormatVersion)
        add(out, "version",
            "expected 1 to " + std::to_string(kFormatVersion) + ", got " +
                std::to_string(doc.version));
    append(out, validateSettings(doc));
    for (const auto& [name, style] : doc.styles) {
        const std::string sp = "styles." + name;
        if (name.empty()) add(out, "styles", "expected non-empty style names");
        append(out, validateStyle(style, sp));
    }
    std::map<std::string, size_t> articleIds;
    for (size_t i = 0; i < doc.articles.size(); ++i) {
        const std::string ap = at("articles", i);
        append(out, validateArticle(doc.articles[i], ap));
        const std::string& id = doc.articles[i].id;
        if (id.empty()) continue;
        auto [it, fresh] = articleIds.emplace(id, i);
        if (!fresh)
            add(out, join(ap, "id"),
                "duplicate id \"" + id + "\" (also articles[" + std::to_string(it->second) + "])");
    }
    std::map<std::string, size_t> pageIds;
    IdIndex frameIds;
    std::set<std::pair<std::string, int>> chainSlots;
    for (size_t i = 0; i < doc.pages.size(); ++i) {
        const Page& page = doc.pages[i];
        const std::string pp = at("pages", i);
        if (page.id.empty())
            add(out, join(pp, "id"), "expected a non-empty id");
        else if (auto [it, fresh] = pageIds.emplace(page.id, i); !fresh)
            add(out, join(pp, "id"),
                "duplicate id \"" + page.id + "\" (also pages[" + std::to_string(it->second) +
                    "])");
        Problems geometry = validatePageGeometry(page, pp);
        if (!geometry.empty()) {
            append(out, std::move(geometry));
            continue;  // frames cannot be checked against a broken grid
        }
        append(out, validatePageContent(doc, page, pp, frameIds, chainSlots));
        if (auto p = checkBodyOnGrid(doc.style("body"), page, pp)) out.push_back(*p);
    }
    append(out, validateCheckSettings(doc.checks));
    return out;
}

std::vector<std::string> validateNewPage(const Document& doc, const Page& page,
                                         const std::string& path) {
    Problems out;
    if (page.id.empty()) add(out, join(path, "id"), "expected a non-empty id");
    for (const Page& p : doc.pages)
        if (p.id == page.id) add(out, join(path, "id"), "duplicate id \"" + page.id + "\"");
    Problems geometry = validatePageGeometry(page, path);
    if (!geometry.empty()) {
        append(out, std::move(geometry));
        return out;
    }
    IdIndex ids;
    std::set<std::pair<std::string, int>> chainSlots;
    for (size_t i = 0; i < doc.pages.size(); ++i) {
        collectFrameIds(doc.pages[i], at("pages", i), ids);
        for (const auto& f : doc.pages[i].articleFrames)
            chainSlots.emplace(f.articleId, f.sequence);
    }
    append(out, validatePageContent(doc, page, path, ids, chainSlots));
    if (auto p = checkBodyOnGrid(doc.style("body"), page, path)) out.push_back(*p);
    return out;
}

}  // namespace bm::model
