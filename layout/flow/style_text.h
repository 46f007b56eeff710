// SPDX-License-Identifier: MIT
#pragma once
// Setting text in a document style: resolves a model::Style to fonts and typesetting options,
// and caches measured paragraphs (shaping is the expensive part of layout; breaking is cheap),
// so a relayout after moving a frame re-breaks lines without reshaping.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/model/document.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"

namespace bm::flow {

struct ResolvedStyle {
    Length size = 9000;
    std::vector<fonts::FaceId> chain;
    text::TypesetOptions options;
    text::LineAlign align = text::LineAlign::Justify;
    Length lineGap = 4500;  ///< between lines of this style when not on the body grid
    fonts::EmBox emBox;  ///< of the first face of the chain: where the baseline sits in a line box
};

text::LineAlign toLineAlign(model::Align a);

class TextSetter {
public:
    explicit TextSetter(fonts::FontRegistry& fonts) : m_fonts(fonts) {}

    /// Fonts and options of a style. Fails when its font family is not installed.
    Result<ResolvedStyle> resolve(const model::Style& style);

    /// Measures a paragraph in a style (cached). `spans` set parts of it in other styles'
    /// fonts at the same size (a dateline run into the first paragraph).
    struct StyledSpan {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
        const ResolvedStyle* style = nullptr;
        text::GlyphStyle glyphs = {};  ///< size, shift, tint, 着重号 (v2 character attributes)
    };
    std::shared_ptr<const text::MeasuredParagraph> measure(
        const std::u16string& text, const ResolvedStyle& style, Length indent,
        const std::vector<text::TrackingSpan>& tracking = {},
        const std::vector<StyledSpan>& spans = {});

    /// Measures and sets a paragraph at one width (headlines, captions, labels).
    text::ParagraphLayout set(const std::u16string& text, const ResolvedStyle& style, Length width,
                              Length indent = 0);

    fonts::FontRegistry& fonts() { return m_fonts; }
    void clear();

    /// Everything text::measureWithFonts reads, as values: the measured-paragraph cache is keyed
    /// by the whole of it, and measure() calls measureWithFonts with these fields only, so the
    /// key cannot leave out an input (a credit set at the body size is not a caption credit at
    /// its own size; a 紧排 range is part of the key).
    struct MeasureKey {
        std::u16string text;
        Length size = 0;
        text::TypesetOptions options;
        Length indent = 0;
        std::vector<text::TrackingSpan> tracking;
        std::vector<fonts::FaceId> chain;
        std::vector<text::FontSpan> spans;
        bool operator==(const MeasureKey&) const = default;
    };
    struct MeasureKeyHash {
        size_t operator()(const MeasureKey& k) const;
    };
    /// The inputs of FontRegistry::chainFor.
    struct ChainKey {
        std::string family;
        fonts::Role role;
        fonts::Weight weight;
        auto operator<=>(const ChainKey&) const = default;
    };

private:
    void keep(MeasureKey key, std::shared_ptr<const text::MeasuredParagraph> mp);  ///< locked

    fonts::FontRegistry& m_fonts;
    text::ShapeCache m_shapeCache;
    std::mutex m_mutex;
    using MeasuredMap =
        std::unordered_map<MeasureKey, std::shared_ptr<const text::MeasuredParagraph>,
                           MeasureKeyHash>;
    /// Two generations, an approximate LRU: new measures go to `m_measured`; when its bytes pass
    /// half the budget it becomes `m_measuredOld` (the older one is dropped), and a hit there
    /// moves back. What an edit touches stays, while a whole issue's measures (~130 bytes a
    /// character) cannot grow without bound.
    MeasuredMap m_measured;
    MeasuredMap m_measuredOld;
    size_t m_measuredBytes = 0;
    std::map<ChainKey, std::vector<fonts::FaceId>> m_chains;
};

}  // namespace bm::flow
