// SPDX-License-Identifier: MIT
#pragma once
// PdfCanvas: one page's content stream. Takes display-list coordinates (mpt, origin top-left
// of the trim box, y down) and writes PDF operators (points, y up), tracking the graphics state
// so colours, line widths and overprint are only written when they change. It also records
// which resources (fonts, images, overprint states) the page uses.
#include <cstdint>
#include <string>
#include <vector>

#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_bytes.h"
#include "layout/render/pdf/pdf_color.h"
#include "layout/render/pdf/pdf_font_usage.h"

namespace bm::pdf {

/// ExtGState resource names, defined once per document.
inline constexpr const char* kOverprintOn = "GSop";
inline constexpr const char* kOverprintOff = "GSko";

class PdfCanvas {
public:
    /// Writes into `out` (cleared first; reused across pages so its capacity is too).
    /// `trimHeight` flips y; (`originX`, `originY`) is where the trim box's bottom-left corner
    /// sits in the MediaBox (non-zero with bleed or crop marks).
    PdfCanvas(ByteBuffer& out, Length trimHeight, Length originX, Length originY, bool allowRgb);

    void fillRect(const Rect& r, const page::Paint& paint);
    void strokeRect(const Rect& r, Length width, const page::Paint& paint);
    void line(Point from, Point to, Length width, const page::Paint& paint);
    /// The run's glyphs must all be in `font` (checked by the caller's scan).
    void glyphRun(const page::GlyphRun& run, const FontUsage& font);
    /// Draws XObject /Im<number> (or the form /Fx<number> with `formMatrix`, the ad's "cm"
    /// operands) over `r`, clipped to `clip`, with overprint explicitly off (an image must
    /// knock out: overprinting a photo would mix it with what lies under it).
    void image(int number, const page::PlacedRect& r, const Rect& clip);
    void form(int number, const std::string& formMatrix, const Rect& clip);
    /// The photo placeholder: a light grey box with a cross.
    void placeholder(const Rect& r);

    ByteBuffer& bytes() { return m_out; }
    const std::vector<int>& fontsUsed() const { return m_fonts; }
    const std::vector<int>& imagesUsed() const { return m_images; }
    const std::vector<int>& formsUsed() const { return m_forms; }
    bool usedOverprintOn() const { return m_usedOn; }
    bool usedOverprintOff() const { return m_usedOff; }

private:
    Length px(Length x) const { return x; }
    Length py(Length y) const { return m_height - y; }
    void setFill(const page::Paint& p);
    void setStroke(const page::Paint& p);
    void setOverprint(bool on);
    void setLineWidth(Length w);
    void point(Length x, Length y) { m_out.putPt(px(x)).put(' ').putPt(py(y)); }

    ByteBuffer& m_out;
    Length m_height;
    bool m_allowRgb;
    bool m_hasFill = false, m_hasStroke = false;
    DeviceColor m_fill, m_stroke;
    int m_overprint = 0;  ///< 0 = default (off, nothing written), 1 = on, 2 = off written
    Length m_lineWidth = -1;
    Length m_charSpacing = 0;  ///< Tc, which persists across BT/ET like the rest of the state
    void beginClip(const Rect& clip);
    std::vector<int> m_fonts, m_images, m_forms;
    bool m_usedOn = false, m_usedOff = false;
};

}  // namespace bm::pdf
