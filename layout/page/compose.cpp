// SPDX-License-Identifier: MIT
#include "layout/page/compose.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>

#include "layout/base/utf.h"
#include "layout/flow/headline_block.h"

namespace bm::page {

namespace {

// A paint at `percent` % of its strength (a 灰度 character range). Only full-strength black
// overprints: a tint knocks out, so it prints the grey it was set to whatever lies beneath.
Paint tinted(const Paint& paint, int percent) {
    if (percent >= 100) return paint;
    const float t = static_cast<float>(std::max(percent, 0)) / 100.f;
    Paint out = paint;
    out.overprint = false;
    if (paint.space == Paint::Space::Cmyk)
        for (float& c : out.c) c *= t;
    else
        for (float& c : out.c) c = 1.f - (1.f - c) * t;  // gray and RGB: 1 is white
    return out;
}

// 着重号 go under characters, not under punctuation or spaces.
bool takesEmphasisDot(char32_t c) { return !u_ispunct(c) && !u_isUWhiteSpace(c); }

// The 着重号 of a run of glyphs: one dot glyph centred under each character, on one line
// 0.27 em below the baseline (under the ideographic em box, clear of the next line), whatever
// the characters' size or shift.
void appendEmphasisDots(const text::ParagraphLayout& pl, const text::FaceStyle& fs,
                        const GlyphRun& chars, const std::vector<text::PositionedGlyph>& glyphs,
                        size_t begin, Length baseline, std::vector<DisplayItem>& items) {
    GlyphRun dots;
    dots.face = chars.face;
    dots.size = fs.dotSize;
    dots.fill = chars.fill;
    const Length dotLine = baseline + emFraction(270, pl.size);
    for (size_t i = 0; i < chars.glyphs.size(); ++i) {
        const auto& g = glyphs[begin + i];
        if (g.clusterEnd <= g.clusterBegin) continue;
        size_t at = g.clusterBegin;
        const char32_t c = nextCodePoint(pl.text, at);
        if (!takesEmphasisDot(c)) continue;
        const int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
        const bool wide = ea == U_EA_WIDE || ea == U_EA_FULLWIDTH;
        const Length half = chars.size * chars.widthPercent / 100 / (wide ? 2 : 4);
        // A mark, not text: copying the line gives no dots.
        dots.add(fs.dotGlyph,
                 Point{chars.positions[i].x + half - fs.dotCentreX, dotLine - fs.dotCentreY});
    }
    if (!dots.glyphs.empty()) items.emplace_back(std::move(dots));
}

}  // namespace

void appendLineGlyphs(const text::ParagraphLayout& pl, size_t line, Length x, Length baseline,
                      const Paint& paint, std::vector<DisplayItem>& items, int widthPercent,
                      Length typeSize) {
    const text::ParagraphLine& l = pl.lines[line];
    const auto& glyphs = l.glyphs;
    const Length size = widthPercent != 100 && typeSize > 0 ? typeSize : pl.size;
    // One run per stretch of glyphs from the same face entry (face and look), each sized once
    // (a galley of 200,000 字 makes this the most frequent allocation of a PDF export).
    for (size_t begin = 0; begin < glyphs.size();) {
        size_t end = begin + 1;
        while (end < glyphs.size() && glyphs[end].face == glyphs[begin].face) ++end;
        const text::FaceStyle* look =
            pl.faceStyles.empty() ? nullptr : &pl.faceStyles[glyphs[begin].face];
        GlyphRun r;
        r.face = pl.faces[glyphs[begin].face];
        r.size = look ? size * look->style.sizePermille / 1000 : size;
        r.widthPercent = widthPercent;
        r.fill = look ? tinted(paint, look->style.tintPercent) : paint;
        r.reserve(end - begin);
        r.text.reserve(end - begin);
        for (size_t i = begin; i < end; ++i) {
            const auto& g = glyphs[i];
            r.add(
                g.glyph, Point{x + g.x, baseline + g.y},
                std::u16string_view(pl.text).substr(g.clusterBegin, g.clusterEnd - g.clusterBegin));
        }
        const bool dotted = look && look->style.emphasisDots && look->dotGlyph != 0;
        items.emplace_back(std::move(r));
        if (dotted)
            appendEmphasisDots(pl, *look, std::get<GlyphRun>(items.back()), glyphs, begin, baseline,
                               items);
        begin = end;
    }
}

void appendLine(const flow::PlacedText& line, const Paint& paint, std::vector<DisplayItem>& items) {
    appendLineGlyphs(*line.layout, line.line, line.x, line.baseline, paint, items,
                     line.widthPercent, line.typeSize);
}

PlacedLine toPlacedLine(const flow::PlacedText& line, const std::string& articleId) {
    const text::ParagraphLayout& pl = *line.layout;
    const text::ParagraphLine& l = pl.lines[line.line];
    PlacedLine out;
    out.articleId = articleId;
    out.frameId = line.frameId;
    out.role = line.role;
    out.paragraph = line.paragraph;
    out.text = pl.text.substr(l.begin, l.end - l.begin);
    out.x = line.x + l.offset;
    out.baseline = line.baseline;
    out.width = l.width;
    out.measure = l.measure;
    return out;
}

static int captionLinesOf(const model::ImageFrame& img) {
    const bool hasCaption = !img.caption.empty() || !img.credit.empty();
    return hasCaption ? std::min(img.captionLines, img.area.lines - 1) : 0;
}

Rect pictureRect(const model::Page& page, const model::ImageFrame& img) {
    Rect pic = model::gridRectToPage(page, img.area);
    if (const int captionLines = captionLinesOf(img); captionLines > 0) {
        const Length captionTop =
            model::lineTop(page, img.area.line + img.area.lines - captionLines);
        pic.h = captionTop - page.grid.bodySize / 2 - pic.y;
    }
    return pic;
}

namespace {

void addLines(const std::vector<flow::PlacedText>& lines, const Paint& paint, PageLayout& out) {
    for (const auto& l : lines) {
        appendLine(l, paint, out.display.items);
        out.lines.push_back(toPlacedLine(l, ""));
    }
}

// 报眉: paper name at the left, date and 第N版 in the middle, 版名 at the right, on one line
// above a rule (眉线) just above the type area.
Status composeHeader(const model::Document& doc, const model::Page& page, flow::TextSetter& setter,
                     PageLayout& out) {
    if (!page.header.show) return Ok{};
    auto st = setter.resolve(doc.style("header"));
    if (!st) return Error{st.error()};
    const Rect& ta = page.typeArea;
    const Length ruleY = ta.y - page.grid.bodySize;
    const Length baseline = ruleY - st->size / 3;
    const Length top = baseline - st->emBox.ascent(st->size);
    std::vector<flow::PlacedText> lines;
    auto put = [&](const std::u16string& text, text::LineAlign align) {
        if (text.empty()) return;
        flow::ResolvedStyle s = *st;
        s.align = align;
        s.options.indentMilliEm = 0;
        flow::stackLines(text, s, ta.w, ta.x, top, "header", setter, lines);
    };
    put(page.header.paperName, text::LineAlign::Start);
    std::u16string middle = page.header.date;
    const std::u16string number = u"第" + utf8ToUtf16(std::to_string(page.number)).value() + u"版";
    middle += (middle.empty() ? u"" : u"　") + number;
    put(middle, text::LineAlign::Center);
    put(page.header.pageName, text::LineAlign::End);
    addLines(lines, Paint::black(), out);
    out.display.items.push_back(
        RuleItem{Point{ta.x, ruleY}, Point{ta.right(), ruleY}, 750, Paint::black()});
    return Ok{};
}

Status composeLabel(const model::Document& doc, const model::Page& page,
                    const model::LabelFrame& label, flow::TextSetter& setter, PageLayout& out) {
    const Rect r = model::gridRectToPage(page, label.area);
    auto st = setter.resolve(doc.style(label.style));
    if (!st) return Error{st.error()};
    flow::ResolvedStyle s = *st;
    s.align = text::LineAlign::Center;
    s.options.indentMilliEm = 0;
    std::vector<flow::PlacedText> lines;
    const Length inset = label.inverse ? s.size / 4 : 0;
    const Length bottom =
        flow::stackLines(label.text, s, r.w - 2 * inset, r.x + inset, 0, "label", setter, lines);
    const Length height = bottom - s.lineGap;
    const Length shift = r.y + (r.h - height) / 2;
    for (auto& l : lines) l.baseline += shift;
    if (label.inverse) out.display.items.push_back(FillRect{r, Paint::black()});
    // White text must never overprint (docs/pdf.md).
    addLines(lines, label.inverse ? Paint::gray(1.0f) : Paint::black(), out);
    FrameBox box;
    box.frameId = label.id;
    box.kind = FrameBox::Kind::Label;
    box.rects.push_back(r);
    out.frames.push_back(box);
    return Ok{};
}

// A photo frame: the picture on top, the caption (and credit) in the last grid lines.
Status composeImage(const model::Document& doc, const model::Page& page,
                    const model::ImageFrame& img, flow::TextSetter& setter, PageLayout& out) {
    const Rect r = model::gridRectToPage(page, img.area);
    const int captionLines = captionLinesOf(img);
    const Rect pic = pictureRect(page, img);
    ImageItem item{pic, img.path, "图片", {}, img.pdfPage, img.id};
    item.fit = {img.fit, img.zoomPermille, img.focusXPermille, img.focusYPermille};
    out.display.items.push_back(std::move(item));
    if (captionLines > 0) {
        auto cap = setter.resolve(doc.style("caption"));
        if (!cap) return Error{cap.error()};
        auto credit = setter.resolve(doc.style("credit"));
        if (!credit) return Error{credit.error()};
        flow::ResolvedStyle cs = *cap;
        cs.options.indentMilliEm = 0;
        cs.lineGap = page.grid.pitch() - cs.size;
        std::vector<flow::PlacedText> lines;
        const int firstLine = img.area.line + img.area.lines - captionLines;
        Length y = model::lineTop(page, firstLine) + (page.grid.bodySize - cs.size);
        y = flow::stackLines(img.caption, cs, r.w, r.x, y, "caption", setter, lines);
        if (!img.credit.empty()) {
            flow::ResolvedStyle cr = *credit;
            cr.align = text::LineAlign::End;
            cr.options.indentMilliEm = 0;
            flow::stackLines(img.credit, cr, r.w, r.x, y, "credit", setter, lines);
        }
        addLines(lines, Paint::black(), out);
    }
    FrameBox box;
    box.frameId = img.id;
    box.kind = FrameBox::Kind::Image;
    box.rects.push_back(r);
    out.frames.push_back(box);
    return Ok{};
}

Paint tintK(int percent) {
    return Paint::cmyk(0, 0, 0, static_cast<float>(percent) / 100.0f, true);
}

/// One stroke of `width`: solid, or a 花线 of two lines (each a third of the width) along it.
void addStroke(Point a, Point b, Length width, model::RuleFrame::Style style, const Paint& paint,
               PageLayout& out) {
    if (style == model::RuleFrame::Style::Solid || width < 300) {
        out.display.items.push_back(RuleItem{a, b, width, paint});
        return;
    }
    const bool horizontal = std::abs(b.x - a.x) >= std::abs(b.y - a.y);
    const Length off = width / 3;
    const Length dx = horizontal ? 0 : off, dy = horizontal ? off : 0;
    out.display.items.push_back(
        RuleItem{Point{a.x - dx, a.y - dy}, Point{b.x - dx, b.y - dy}, width / 3, paint});
    out.display.items.push_back(
        RuleItem{Point{a.x + dx, a.y + dy}, Point{b.x + dx, b.y + dy}, width / 3, paint});
}

void composeRule(const model::RuleFrame& rule, PageLayout& out) {
    const Paint stroke = tintK(rule.tintPercent);
    if (rule.kind == model::RuleFrame::Kind::Line) {
        addStroke(rule.from, rule.to, rule.width, rule.style, stroke, out);
        return;
    }
    const Length x0 = std::min(rule.from.x, rule.to.x), x1 = std::max(rule.from.x, rule.to.x);
    const Length y0 = std::min(rule.from.y, rule.to.y), y1 = std::max(rule.from.y, rule.to.y);
    // 底纹 under the text (furniture is painted before the articles); a tint never knocks out.
    if (rule.fillPercent > 0)
        out.display.items.push_back(
            FillRect{Rect{x0, y0, x1 - x0, y1 - y0}, tintK(rule.fillPercent)});
    if (rule.width <= 0) return;
    // The outline centred on the box edge; corners closed by extending the horizontals.
    const Length h = rule.width / 2;
    addStroke({x0 - h, y0}, {x1 + h, y0}, rule.width, rule.style, stroke, out);
    addStroke({x0 - h, y1}, {x1 + h, y1}, rule.width, rule.style, stroke, out);
    addStroke({x0, y0}, {x0, y1}, rule.width, rule.style, stroke, out);
    addStroke({x1, y0}, {x1, y1}, rule.width, rule.style, stroke, out);
}

}  // namespace

Status composeFurniture(const model::Document& doc, const model::Page& page,
                        flow::TextSetter& setter, PageLayout& out) {
    if (auto s = composeHeader(doc, page, setter, out); !s) return s;
    for (const auto& label : page.labels)
        if (auto s = composeLabel(doc, page, label, setter, out); !s) return s;
    for (const auto& img : page.images)
        if (auto s = composeImage(doc, page, img, setter, out); !s) return s;
    for (const auto& rule : page.rules) composeRule(rule, out);
    return Ok{};
}

}  // namespace bm::page
