// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_canvas.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bm::pdf {

namespace {
void addOnce(std::vector<int>& v, int n) {
    if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
}
}  // namespace

PdfCanvas::PdfCanvas(ByteBuffer& out, Length trimHeight, Length originX, Length originY,
                     bool allowRgb)
    : m_out(out), m_height(trimHeight), m_allowRgb(allowRgb) {
    m_out.clear();
    // One translation instead of offsetting every coordinate keeps the numbers the same with
    // or without bleed and marks.
    if (originX != 0 || originY != 0)
        m_out.put("1 0 0 1 ").putPt(originX).put(' ').putPt(originY).put(" cm\n");
}

void PdfCanvas::setOverprint(bool on) {
    const int want = on ? 1 : 2;
    // The initial state is "no overprint", so nothing is written until overprint is needed.
    if (m_overprint == want || (m_overprint == 0 && !on)) return;
    m_out.putName(on ? kOverprintOn : kOverprintOff).put(" gs\n");
    (on ? m_usedOn : m_usedOff) = true;
    m_overprint = want;
}

void PdfCanvas::setFill(const page::Paint& p) {
    const DeviceColor c = deviceColor(p, m_allowRgb);
    setOverprint(c.overprint);
    if (m_hasFill && c.space == m_fill.space && c.c == m_fill.c) return;
    putColor(m_out, c, false);
    m_fill = c;
    m_hasFill = true;
}

void PdfCanvas::setStroke(const page::Paint& p) {
    const DeviceColor c = deviceColor(p, m_allowRgb);
    setOverprint(c.overprint);
    if (m_hasStroke && c.space == m_stroke.space && c.c == m_stroke.c) return;
    putColor(m_out, c, true);
    m_stroke = c;
    m_hasStroke = true;
}

void PdfCanvas::setLineWidth(Length w) {
    if (w == m_lineWidth) return;
    m_out.putPt(w).put(" w\n");
    m_lineWidth = w;
}

void PdfCanvas::fillRect(const Rect& r, const page::Paint& paint) {
    setFill(paint);
    point(r.x, r.bottom());
    m_out.put(' ').putPt(r.w).put(' ').putPt(r.h).put(" re f\n");
}

void PdfCanvas::strokeRect(const Rect& r, Length width, const page::Paint& paint) {
    setStroke(paint);
    setLineWidth(width);
    point(r.x, r.bottom());
    m_out.put(' ').putPt(r.w).put(' ').putPt(r.h).put(" re S\n");
}

void PdfCanvas::line(Point from, Point to, Length width, const page::Paint& paint) {
    setStroke(paint);
    setLineWidth(width);
    point(from.x, from.y);
    m_out.put(" m ");
    point(to.x, to.y);
    m_out.put(" l S\n");
}

void PdfCanvas::glyphRun(const page::GlyphRun& run, const FontUsage& font) {
    if (run.glyphs.empty()) return;
    setFill(run.fill);
    addOnce(m_fonts, font.resourceNumber());
    m_out.put("BT\n/F").putInt(font.resourceNumber()).put(' ').putPt(run.size).put(" Tf\n");
    // 长/扁 字: horizontal scaling Tz. It scales the reader's advances but not Td, so a scaled
    // run places every glyph by its own Td (no pen arithmetic through Tc).
    const bool scaled = run.widthPercent != 100;
    if (scaled) m_out.putInt(run.widthPercent).put(" Tz\n");
    // Every glyph origin is written exactly, in decimal mpt. Showing a glyph moves the reader's
    // pen by its /W advance (exact only when width × size is a whole number of mpt) plus the
    // character spacing Tc in force at that moment. So before each glyph, Tc is set to the gap
    // that separates it from the next one: grid justification adds the same gap after every
    // glyph, so a justified line is one Tc and one string. A glyph the pen does not reach
    // exactly (kerning, a new line, a non-integral advance) starts a string with "dx dy Td",
    // relative to the previous Td.
    constexpr Length kNoPen = std::numeric_limits<Length>::min();
    Length lineX = 0, lineY = 0;  // text line matrix origin (PDF coordinates)
    Length penX = kNoPen;         // where the reader's pen is after the last glyph
    Length penY = 0;
    bool open = false;
    const size_t n = run.glyphs.size();
    auto advanceOf = [&](size_t i) {
        if (scaled) return kNoPen;
        const std::int64_t a = static_cast<std::int64_t>(font.width(run.glyphs[i])) * run.size;
        return a % 1000 == 0 ? a / 1000 : kNoPen;
    };
    Length x = px(run.positions[0].x), y = py(run.positions[0].y);
    Length adv = advanceOf(0);
    for (size_t i = 0; i < n; ++i) {
        Length nextX = 0, nextY = 0, nextAdv = kNoPen;
        Length tc = m_charSpacing;
        if (i + 1 < n) {
            nextX = px(run.positions[i + 1].x);
            nextY = py(run.positions[i + 1].y);
            nextAdv = advanceOf(i + 1);
            if (adv != kNoPen && nextY == y) {
                const Length gap = nextX - x - adv;
                if (gap > -run.size && gap < run.size) tc = gap;
            }
        }
        // A glyph that stands for no text although its glyph has text elsewhere (the hyphen
        // drawn at a hyphenation point) is marked as such, so copying gives the word whole.
        const bool silent = run.textOf(i).empty() && !font.text(run.glyphs[i]).empty();
        const bool onPen = open && x == penX && y == penY && !silent;
        if (!onPen || tc != m_charSpacing) {
            if (open) m_out.put(">Tj\n");
            if (silent) m_out.put("/Span<</ActualText()>>BDC\n");
            if (tc != m_charSpacing) {
                m_out.putPt(tc).put(" Tc\n");
                m_charSpacing = tc;
            }
            if (!onPen) {
                m_out.putPt(x - lineX).put(' ').putPt(y - lineY).put(" Td");
                lineX = x;
                lineY = y;
            }
            m_out.put('<');
            open = true;
        }
        m_out.putHex4(font.code(run.glyphs[i]));
        if (silent) {
            m_out.put(">Tj\nEMC\n");
            open = false;
        }
        penX = adv == kNoPen ? kNoPen : x + adv + m_charSpacing;
        penY = y;
        x = nextX;
        y = nextY;
        adv = nextAdv;
    }
    if (open) m_out.put(">Tj\n");
    if (scaled) m_out.put("100 Tz\n");  // text state outlives ET: the next run expects 100
    m_out.put("ET\n");
}

void PdfCanvas::beginClip(const Rect& clip) {
    m_out.put("q ");
    point(clip.x, clip.bottom());
    m_out.put(' ').putPt(clip.w).put(' ').putPt(clip.h).put(" re W n\n");
    // Inside q … Q, so the tracked state outside is unchanged by it.
    m_out.putName(kOverprintOff).put(" gs\n");
    m_usedOff = true;
}

void PdfCanvas::image(int number, const page::PlacedRect& r, const Rect& clip) {
    addOnce(m_images, number);
    beginClip(clip);
    auto mpt = [](double v) { return static_cast<Length>(std::llround(v)); };
    m_out.putPt(mpt(r.w)).put(" 0 0 ").putPt(mpt(r.h)).put(' ');
    point(mpt(r.x), mpt(r.bottom()));
    m_out.put(" cm /Im").putInt(number).put(" Do Q\n");
}

void PdfCanvas::form(int number, const std::string& formMatrix, const Rect& clip) {
    addOnce(m_forms, number);
    beginClip(clip);
    m_out.put(formMatrix).put(" cm /Fx").putInt(number).put(" Do Q\n");
}

void PdfCanvas::placeholder(const Rect& r) {
    // Grey, not CMYK, so that a forgotten placeholder prints as one light plate, never as a
    // four-colour box; thin enough to read as "missing" at a glance.
    fillRect(r, page::Paint::gray(0.9f));
    const page::Paint ink = page::Paint::gray(0.5f);
    strokeRect(r, 500, ink);
    line({r.x, r.y}, {r.right(), r.bottom()}, 500, ink);
    line({r.x, r.bottom()}, {r.right(), r.y}, 500, ink);
}

}  // namespace bm::pdf
