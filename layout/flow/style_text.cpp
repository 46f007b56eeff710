// SPDX-License-Identifier: MIT
#include "layout/flow/style_text.h"

namespace bm::flow {

text::LineAlign toLineAlign(model::Align a) {
    switch (a) {
        case model::Align::Justify:
            return text::LineAlign::Justify;
        case model::Align::Left:
            return text::LineAlign::Start;
        case model::Align::Center:
            return text::LineAlign::Center;
        case model::Align::Right:
            return text::LineAlign::End;
    }
    return text::LineAlign::Justify;
}

namespace {
fonts::Role toRole(model::FontRole r) {
    switch (r) {
        case model::FontRole::Song:
            return fonts::Role::Song;
        case model::FontRole::Hei:
            return fonts::Role::Hei;
        case model::FontRole::Kai:
        case model::FontRole::FangSong:  // no 仿宋 face in Debian: set in 楷 (FORMAT.md)
            return fonts::Role::Kai;
    }
    return fonts::Role::Song;
}

// What a measured paragraph holds on the heap (its vectors' contents), for the cache budget.
size_t bytesOf(const text::MeasuredParagraph& mp) {
    return mp.text.size() * sizeof(char16_t) + mp.atoms.size() * sizeof(text::Atom) +
           mp.m.size() * sizeof(text::MeasuredAtom) + mp.glyphs.size() * sizeof(text::AtomGlyph) +
           sizeof(text::MeasuredParagraph);
}
}  // namespace

Result<ResolvedStyle> TextSetter::resolve(const model::Style& style) {
    ResolvedStyle r;
    r.size = style.size;
    auto options = text::presetByName(style.preset);
    if (!options) return Error{options.error()};
    r.options = *options;
    r.options.trackingMilliEm = style.trackingMilliEm;
    r.options.indentMilliEm = style.indentMilliEm;
    r.align = toLineAlign(style.align);
    r.lineGap = emFraction(style.lineGapMilliEm, style.size);
    const fonts::Role role = toRole(style.role);
    ChainKey key{style.family.empty() ? fonts::FontRegistry::defaultFamily(role) : style.family,
                 role, style.bold ? fonts::Weight::Bold : fonts::Weight::Regular};
    {
        std::lock_guard lock(m_mutex);
        auto it = m_chains.find(key);
        if (it != m_chains.end()) r.chain = it->second;
    }
    if (r.chain.empty()) {
        auto chain = m_fonts.chainFor(key.family, key.role, key.weight);
        if (!chain) return Error{chain.error()};
        r.chain = *chain;
        std::lock_guard lock(m_mutex);
        m_chains[std::move(key)] = r.chain;
    }
    r.emBox = m_fonts.face(r.chain.front()).emBox();
    return r;
}

size_t TextSetter::MeasureKeyHash::operator()(const MeasureKey& k) const {
    // Equality compares every field; the hash needs only to spread the keys.
    size_t h = std::hash<std::u16string>{}(k.text);
    for (const std::int64_t v :
         {k.size, k.indent, static_cast<std::int64_t>(k.tracking.size()),
          static_cast<std::int64_t>(k.spans.size()),
          static_cast<std::int64_t>(k.chain.empty() ? 0 : k.chain.front().value)})
        h = h * 1099511628211u ^ std::hash<std::int64_t>{}(v);
    return h;
}

std::shared_ptr<const text::MeasuredParagraph> TextSetter::measure(
    const std::u16string& text, const ResolvedStyle& style, Length indent,
    const std::vector<text::TrackingSpan>& tracking, const std::vector<StyledSpan>& spans) {
    MeasureKey key{text, style.size, style.options, indent, tracking, style.chain, {}};
    for (const auto& s : spans) key.spans.push_back({s.begin, s.end, s.style->chain, s.glyphs});
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_measured.find(key); it != m_measured.end()) return it->second;
        if (auto it = m_measuredOld.find(key); it != m_measuredOld.end()) {
            auto mp = it->second;
            m_measuredOld.erase(it);
            keep(std::move(key), mp);
            return mp;
        }
    }
    auto mp = std::make_shared<const text::MeasuredParagraph>(
        text::measureWithFonts(key.text, key.size, key.options, key.indent, key.tracking, m_fonts,
                               key.chain, &m_shapeCache, key.spans));
    std::lock_guard lock(m_mutex);
    keep(std::move(key), mp);
    return mp;
}

void TextSetter::keep(MeasureKey key, std::shared_ptr<const text::MeasuredParagraph> mp) {
    // 48 MB holds the measures of some ten pages of dense text (a whole page stays cached while
    // it is edited); a 32-page issue laid out cold passes through without keeping all of them.
    constexpr size_t kBudgetBytes = size_t(48) << 20;
    if (m_measuredBytes > kBudgetBytes / 2) {
        m_measuredOld = std::move(m_measured);
        m_measured.clear();
        m_measuredBytes = 0;
    }
    m_measuredBytes += bytesOf(*mp) + key.text.size() * sizeof(char16_t);
    m_measured.emplace(std::move(key), std::move(mp));
}

text::ParagraphLayout TextSetter::set(const std::u16string& text, const ResolvedStyle& style,
                                      Length width, Length indent) {
    auto mp = measure(text, style, indent);
    return text::layoutParagraph(*mp, text::LineWidths{{width}}, style.align);
}

void TextSetter::clear() {
    std::lock_guard lock(m_mutex);
    m_measured.clear();
    m_measuredOld.clear();
    m_measuredBytes = 0;
    m_shapeCache.clear();
}

}  // namespace bm::flow
