// SPDX-License-Identifier: MIT
#pragma once
// Lengths are integers in milli-points (1/1000 pt) so that a 13-字 line of 9 pt is exactly
// 117000 and never 116999.9999 (which would move a break). One rounding function converts
// font units to lengths.
#include <cmath>
#include <cstdint>
#include <string>

namespace bm {

using Length = std::int64_t;  ///< milli-points
/// A length kept by the million (per character): milli-points in 32 bits, ±2,147,483 pt.
using Length32 = std::int32_t;
using FontUnits = std::int32_t;

constexpr Length kPt = 1000;

/// Rounds half away from zero; written out (not std::llround) so that it stays constexpr on
/// clang, whose libstdc++ llround is not.
constexpr Length fromPt(double pt) {
    const double mpt = pt * 1000.0;
    return static_cast<Length>(mpt >= 0 ? mpt + 0.5 : mpt - 0.5);
}
constexpr double toPt(Length l) { return static_cast<double>(l) / 1000.0; }
constexpr Length fromMm(double mm) { return fromPt(mm * 72.0 / 25.4); }
constexpr double toMm(Length l) { return toPt(l) * 25.4 / 72.0; }

/// The only font-unit → length conversion; rounds half away from zero.
inline Length toLength(std::int64_t fontUnits, Length size, int unitsPerEm) {
    const std::int64_t num = fontUnits * size;
    const std::int64_t half = unitsPerEm / 2;
    return num >= 0 ? (num + half) / unitsPerEm : -((-num + half) / unitsPerEm);
}

/// A fraction of an em (given in 1/1000 em) at a size, rounded like toLength.
inline Length emFraction(std::int64_t milliEm, Length size) {
    return toLength(milliEm, size, 1000);
}

/// "123.456" — exact decimal print of a length in points.
inline std::string formatPt(Length l) {
    std::string sign = l < 0 ? "-" : "";
    std::int64_t a = l < 0 ? -l : l;
    std::string frac = std::to_string(a % 1000);
    while (frac.size() < 3) frac.insert(frac.begin(), '0');
    return sign + std::to_string(a / 1000) + "." + frac;
}

}  // namespace bm
