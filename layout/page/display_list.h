// SPDX-License-Identifier: MIT
#pragma once
// The display list: the only output of layout. The screen (QPainter), the PNG rasteriser and
// the PDF writer all replay it, so they draw the same glyphs at the same positions.
// Coordinates are page-local, origin at the top-left of the trim box, y down, milli-points.
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "fonts/face.h"
#include "layout/base/geometry.h"
#include "layout/page/image_placement.h"

namespace bm::page {

/// Print-first colour. Body text is 100 % K with overprint.
struct Paint {
    enum class Space : unsigned char { Gray, Cmyk, Rgb };
    Space space = Space::Gray;
    std::array<float, 4> c{0, 0, 0, 0};  ///< Gray: c[0] = gray level (0 black .. 1 white)
                                         ///< CMYK: 0..1 each; RGB: 0..1 each
    bool overprint = false;

    static Paint black() { return Paint{Space::Cmyk, {0, 0, 0, 1}, true}; }  ///< 100 % K, overprint
    static Paint gray(float level) { return Paint{Space::Gray, {level, 0, 0, 0}, false}; }
    static Paint cmyk(float c, float m, float y, float k, bool op = false) {
        return Paint{Space::Cmyk, {c, m, y, k}, op};
    }
    bool operator==(const Paint&) const = default;
};

/// Glyphs of one face at one size. `positions[i]` is the baseline origin of glyph i.
/// `textOf(i)` is the source text of the cluster that glyph i starts (empty for the other
/// glyphs of a multi-glyph cluster and for marks such as 着重号 dots); a ligature such as the
/// 2-em —— carries both U+2014. The run keeps its text as one string with the end offset of
/// each glyph's piece, not one string per glyph: a 200,000-字 galley made 200,000 allocations.
struct GlyphRun {
    fonts::FaceId face;
    Length size = 0;  ///< the em: glyph height, and width at widthPercent 100
    /// 长/扁 字: the glyphs' width in % of their height (positions already account for it).
    int widthPercent = 100;
    Paint fill = Paint::black();
    std::vector<std::uint32_t> glyphs;
    std::vector<Point> positions;
    std::u16string text;                  ///< the clusters' text, in glyph order
    std::vector<std::uint32_t> textEnds;  ///< glyph i's text ends at text[textEnds[i]]

    /// Appends glyph `glyph` at `at` carrying `cluster` (empty: no text of its own).
    void add(std::uint32_t glyph, Point at, std::u16string_view cluster = {}) {
        glyphs.push_back(glyph);
        positions.push_back(at);
        text.append(cluster);
        textEnds.push_back(static_cast<std::uint32_t>(text.size()));
    }
    void reserve(size_t n) {
        glyphs.reserve(n);
        positions.reserve(n);
        textEnds.reserve(n);
    }
    /// The text glyph i carries (empty past the recorded glyphs).
    std::u16string_view textOf(size_t i) const {
        if (i >= textEnds.size()) return {};
        const size_t begin = i == 0 ? 0 : textEnds[i - 1];
        return std::u16string_view(text).substr(begin, textEnds[i] - begin);
    }
    bool operator==(const GlyphRun&) const = default;
};

struct RuleItem {
    Point from;
    Point to;
    Length width = 500;
    Paint stroke = Paint::black();
    bool operator==(const RuleItem&) const = default;
};

struct FillRect {
    Rect rect;
    Paint fill = Paint::gray(0.85f);
    bool operator==(const FillRect&) const = default;
};

/// A photo frame: an image file or, when `path` is empty, a placeholder. The picture is
/// placed by placeImage(rect, its size, fit) and clipped to `rect`.
struct ImageItem {
    ImageItem() = default;
    // A constructor rather than aggregate initialisation, so {rect, path, label} stays valid
    // as fields are added.
    ImageItem(Rect r, std::string p, std::string l, ImageFit f = {}, int page = 1,
              std::string frame = {})
        : rect(r),
          path(std::move(p)),
          label(std::move(l)),
          fit(f),
          pdfPage(page),
          frameId(std::move(frame)) {}
    Rect rect;
    std::string path;   ///< absolute or document-relative path resolved by the caller
    std::string label;  ///< placeholder text (shown only when there is no image)
    ImageFit fit;
    int pdfPage = 1;      ///< page of a PDF ad
    std::string frameId;  ///< the model's image frame (for warnings and the layout JSON)
    bool operator==(const ImageItem&) const = default;
};

using DisplayItem = std::variant<GlyphRun, RuleItem, FillRect, ImageItem>;

struct PageDisplay {
    Length width = 0;   ///< trim width
    Length height = 0;  ///< trim height
    int pageNumber = 1;
    std::vector<DisplayItem> items;
    bool operator==(const PageDisplay&) const = default;
};

}  // namespace bm::page
