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
            return fonts::Role::Kai;
    }
    return fonts::Role::Song;
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
    r.lineGap = style.size * style.lineGapMilliEm / 1000;
    const fonts::Role role = toRole(style.role);
    const std::string family =
        style.family.empty() ? fonts::FontRegistry::defaultFamily(role) : style.family;
    const std::string chainKey = family + "|" + fonts::roleName(role) + (style.bold ? "|b" : "|r");
    {
        std::lock_guard lock(m_mutex);
        auto it = m_chains.find(chainKey);
        if (it != m_chains.end()) r.chain = it->second;
    }
    if (r.chain.empty()) {
        auto chain = m_fonts.chainFor(family, role,
                                      style.bold ? fonts::Weight::Bold : fonts::Weight::Regular);
        if (!chain) return Error{chain.error()};
        r.chain = *chain;
        std::lock_guard lock(m_mutex);
        m_chains[chainKey] = r.chain;
    }
    r.key = chainKey + "|" + std::to_string(r.size) + "|" + style.preset + "|" +
            std::to_string(style.trackingMilliEm);
    return r;
}

namespace {
void appendNumber(std::u16string& key, std::int64_t v) {
    for (int i = 0; i < 4; ++i) key.push_back(static_cast<char16_t>((v >> (16 * i)) & 0xFFFF));
}
}  // namespace

std::shared_ptr<const text::MeasuredParagraph> TextSetter::measure(
    const std::u16string& text, const ResolvedStyle& style, Length indent,
    const std::vector<text::TrackingSpan>& tracking, const std::vector<StyledSpan>& spans) {
    std::u16string key(style.key.begin(), style.key.end());
    appendNumber(key, indent);
    for (const auto& t : tracking) {
        appendNumber(key, t.begin);
        appendNumber(key, t.end);
        appendNumber(key, t.milliEm);
    }
    for (const auto& s : spans) {
        appendNumber(key, s.begin);
        appendNumber(key, s.end);
        key.append(s.style->key.begin(), s.style->key.end());
    }
    key.push_back(0);
    key += text;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_measured.find(key);
        if (it != m_measured.end()) return it->second;
    }
    std::vector<text::FontSpan> fontSpans;
    for (const auto& s : spans) fontSpans.push_back({s.begin, s.end, s.style->chain});
    auto mp = std::make_shared<const text::MeasuredParagraph>(
        text::measureWithFonts(text, style.size, style.options, indent, tracking, m_fonts,
                               style.chain, &m_shapeCache, fontSpans));
    std::lock_guard lock(m_mutex);
    if (m_measuredUnits > (size_t(8) << 20)) {
        m_measured.clear();
        m_measuredUnits = 0;
    }
    m_measuredUnits += key.size();
    m_measured.emplace(std::move(key), mp);
    return mp;
}

text::ParagraphLayout TextSetter::set(const std::u16string& text, const ResolvedStyle& style,
                                      Length width, Length indent) {
    auto mp = measure(text, style, indent);
    return text::layoutParagraph(*mp, text::LineWidths{{width}}, style.align);
}

void TextSetter::clear() {
    std::lock_guard lock(m_mutex);
    m_measured.clear();
    m_measuredUnits = 0;
    m_shapeCache.clear();
}

}  // namespace bm::flow
