// SPDX-License-Identifier: MIT
#pragma once
// Word boundaries: ICU's word iterator with the Chinese locale, whose dictionary segments runs
// of Han characters into words (我市|前三季度|经济|运行). Headlines break only between words.
#include <cstdint>
#include <string_view>
#include <vector>

namespace bm::unicode {

/// `result[i]` is 1 when a word boundary lies before UTF-16 offset i (text.size() + 1 entries;
/// result[0] and result[text.size()] are 1). Without ICU data every offset is a boundary.
/// Thread-safe (per-thread ICU iterator).
std::vector<std::uint8_t> findWordBoundaries(std::u16string_view text);

}  // namespace bm::unicode
