// SPDX-License-Identifier: MIT
#include "layout/text/salutation.h"

namespace bm::text {

bool looksLikeSalutation(std::u16string_view p) {
    if (p.empty() || p.size() > 40 || p.back() != u'：') return false;
    return p.find_first_of(u"。！？；") == std::u16string_view::npos;
}

}  // namespace bm::text
