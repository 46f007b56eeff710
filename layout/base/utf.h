// SPDX-License-Identifier: MIT
#pragma once
// UTF-8 ⇄ UTF-16 conversion with validation (input files are UTF-8; the engine works in UTF-16).
#include <optional>
#include <string>
#include <string_view>

namespace bm {

/// Decodes UTF-8; on invalid input returns nullopt and sets *badOffset to the byte offset.
std::optional<std::u16string> utf8ToUtf16(std::string_view in, size_t* badOffset = nullptr);
std::string utf16ToUtf8(std::u16string_view in);
/// Code point at i (surrogate pairs combined; a lone surrogate is returned as is); advances i.
char32_t nextCodePoint(std::u16string_view s, size_t& i);
/// Number of code points (字) in s, not counting whitespace.
size_t countChars(std::u16string_view s);

}  // namespace bm
