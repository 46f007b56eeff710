// SPDX-License-Identifier: MIT
#include "layout/check/proof_detail.h"

namespace bm::check {

std::string utf8(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

int matchAny(const FieldText& t, int i, std::initializer_list<std::u32string_view> words) {
    int best = 0;
    for (auto w : words)
        if (static_cast<int>(w.size()) > best && t.matches(i, w)) best = static_cast<int>(w.size());
    return best;
}

}  // namespace bm::check
