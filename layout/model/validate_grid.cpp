// SPDX-License-Identifier: MIT
// The body style against the page grid (docs/page-model.md): body text is set one line per grid
// line, so the two sizes must agree.
#include "layout/model/validate.h"

namespace bm::model {

std::optional<std::string> checkBodyOnGrid(const Style& body, const Page& page,
                                           const std::string& pagePath) {
    if (body.size == page.grid.bodySize) return std::nullopt;
    // A size out of range is validateStyle's problem, reported once.
    if (body.size <= 0 || body.size > kMaxFontSize) return std::nullopt;
    return "styles.body.size: expected the body size of the grid of " + pagePath + " (" +
           formatPoints(page.grid.bodySize) +
           " pt; body text is set one line per grid line), got " + formatPoints(body.size) + " pt";
}

}  // namespace bm::model
