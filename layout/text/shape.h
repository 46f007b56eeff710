// SPDX-License-Identifier: MIT
#pragma once
// Itemize + shape + measure with real fonts: each atom gets the first face of the chain that
// covers it, runs of one face and script are shaped by HarfBuzz in design units (language
// zh-Hans so quotes are full width, R-FONT-1; hwid on digits, R-NUM-4), then measured at the
// paragraph's size with blanks read from the glyphs' ink (R-FONT-3).
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/text/measure.h"

namespace bm::text {

struct ShapedGlyph {
    std::uint32_t glyph = 0;
    std::uint32_t cluster = 0;  ///< UTF-16 offset relative to the run start
    std::int32_t advance = 0;   ///< design units
    std::int32_t xOffset = 0;
    std::int32_t yOffset = 0;
};

/// One run to shape: everything the shaper reads. Shaping takes this request and the loaded
/// face of `face`, nothing else, so the request is also the exact key of the shape cache.
struct ShapeRequest {
    std::u16string text;
    fonts::FaceId face;
    std::uint32_t script = 0;  ///< hb_script_t (also gives the direction)
    bool hwidDigits = false;   ///< OpenType hwid on runs of ASCII digits (R-NUM-4)
    bool operator==(const ShapeRequest&) const = default;
};
struct ShapeRequestHash {
    size_t operator()(const ShapeRequest& r) const;
};

/// Shaped runs in design units, independent of size (so hits are frequent). Thread-safe.
class ShapeCache {
public:
    std::shared_ptr<const std::vector<ShapedGlyph>> find(const ShapeRequest& key) const;
    void insert(ShapeRequest key, std::shared_ptr<const std::vector<ShapedGlyph>> v);
    void clear();
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::unordered_map<ShapeRequest, std::shared_ptr<const std::vector<ShapedGlyph>>,
                       ShapeRequestHash>
        m_map;
    size_t m_units = 0;
};

/// A range of the paragraph set in another font chain (e.g. a 黑体 dateline run into a 宋体
/// paragraph). Same size; [begin, end) in UTF-16 offsets.
struct FontSpan {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::vector<fonts::FaceId> chain;
    GlyphStyle style = {};  ///< size, shift, tint, 着重号 of the range
    bool operator==(const FontSpan&) const = default;
};

/// Measures a paragraph with the fonts of `chain` (primary first), or of a FontSpan's chain
/// inside its range. `cache` may be null.
MeasuredParagraph measureWithFonts(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent,
                                   const std::vector<TrackingSpan>& tracking,
                                   const fonts::FontRegistry& fonts,
                                   const std::vector<fonts::FaceId>& chain, ShapeCache* cache,
                                   const std::vector<FontSpan>& spans = {});

}  // namespace bm::text
