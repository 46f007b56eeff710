// SPDX-License-Identifier: MIT
#include "layout/model/chinese_sizes.h"

#include <array>
#include <cmath>
#include <cstdlib>

namespace bm::model {

namespace {

constexpr std::array<NamedSize, 12> kSizes{{{"初号", 42000},
                                            {"小初", 36000},
                                            {"一号", 26000},
                                            {"小一", 24000},
                                            {"二号", 22000},
                                            {"小二", 18000},
                                            {"三号", 16000},
                                            {"小三", 15000},
                                            {"四号", 14000},
                                            {"小四", 12000},
                                            {"五号", 10500},
                                            {"小五", 9000}}};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::span<const NamedSize> chineseSizes() { return kSizes; }

std::optional<std::string> chineseSizeName(Length size) {
    for (const NamedSize& s : kSizes)
        if (s.size == size) return std::string(s.name);
    return std::nullopt;
}

std::optional<Length> parseTypeSize(std::string_view text) {
    text = trimmed(text);
    for (const NamedSize& s : kSizes)
        if (text == s.name) return s.size;
    if (text.ends_with("pt")) text = trimmed(text.substr(0, text.size() - 2));
    if (text.empty() || text.size() > 12) return std::nullopt;
    const std::string number(text);
    char* end = nullptr;
    const double pt = std::strtod(number.c_str(), &end);
    if (end != number.c_str() + number.size() || !std::isfinite(pt) || pt <= 0 || pt > 1000)
        return std::nullopt;
    return fromPt(pt);
}

}  // namespace bm::model
