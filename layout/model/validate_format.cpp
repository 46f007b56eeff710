// SPDX-License-Identifier: MIT
// The numbers in validation messages: points, em and millimetres without trailing zeros.
#include <cstdio>

#include "layout/model/validate.h"

namespace bm::model {

namespace {

std::string trimZeros(std::string s) {
    if (s.find('.') == std::string::npos) return s;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

}  // namespace

std::string formatPoints(Length l) { return trimZeros(formatPt(l)); }

std::string formatEm(int milliEm) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", milliEm / 1000.0);
    return trimZeros(buf);
}

std::string formatMillimetres(Length l) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", toMm(l));
    return trimZeros(buf);
}

}  // namespace bm::model
