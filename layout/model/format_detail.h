// SPDX-License-Identifier: MIT
#pragma once
// Internal to the document reader and writer: enum spellings and offset conversions that both
// must agree on. Not part of the model's API.
#include <string_view>
#include <utility>

#include "layout/base/utf.h"
#include "layout/model/document.h"

namespace bm::model::format_detail {

// ---------------------------------------------------------------------------------------------
// Enum spellings (shared by reader and writer so they cannot drift apart).

inline constexpr std::pair<FontRole, const char*> kFonts[] = {{FontRole::Song, "song"},
                                                              {FontRole::Hei, "hei"},
                                                              {FontRole::Kai, "kai"},
                                                              {FontRole::FangSong, "fangsong"}};
inline constexpr std::pair<Script, const char*> kScripts[] = {
    {Script::None, "none"}, {Script::Super, "super"}, {Script::Sub, "sub"}};
inline constexpr std::pair<Align, const char*> kAligns[] = {{Align::Justify, "justify"},
                                                            {Align::Left, "left"},
                                                            {Align::Center, "center"},
                                                            {Align::Right, "right"}};

inline constexpr std::pair<ImageFit, const char*> kImageFits[] = {{ImageFit::Auto, "auto"},
                                                                  {ImageFit::Fill, "fill"},
                                                                  {ImageFit::Fit, "fit"},
                                                                  {ImageFit::Stretch, "stretch"}};
inline constexpr std::pair<RuleFrame::Kind, const char*> kRuleKinds[] = {
    {RuleFrame::Kind::Line, "line"}, {RuleFrame::Kind::Box, "box"}};
inline constexpr std::pair<RuleFrame::Style, const char*> kRuleStyles[] = {
    {RuleFrame::Style::Solid, "solid"}, {RuleFrame::Style::Double, "double"}};

template <typename E, size_t N>
const char* spell(const std::pair<E, const char*> (&table)[N], E v) {
    for (const auto& [e, s] : table)
        if (e == v) return s;
    return table[0].second;
}

// ---------------------------------------------------------------------------------------------
// Offsets: the file counts code points (what a person sees and what other tools count), the
// model counts UTF-16 units (what the engine indexes).

inline int codePointsBefore(std::u16string_view s, int utf16Offset) {
    int n = 0;
    for (int i = 0; i < utf16Offset && i < static_cast<int>(s.size()); ++i) {
        const bool low = s[i] >= 0xDC00 && s[i] <= 0xDFFF;
        const bool afterHigh = i > 0 && s[i - 1] >= 0xD800 && s[i - 1] <= 0xDBFF;
        if (!(low && afterHigh)) ++n;
    }
    return n;
}

/// UTF-16 offset of code point `cp`, or -1 when the text is shorter.
inline int utf16Offset(std::u16string_view s, int cp) {
    size_t i = 0;
    for (int k = 0; k < cp; ++k) {
        if (i >= s.size()) return -1;
        nextCodePoint(s, i);
    }
    return static_cast<int>(i);
}

}  // namespace bm::model::format_detail
