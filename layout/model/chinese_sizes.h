// SPDX-License-Identifier: MIT
#pragma once
// The Chinese type sizes (字号) page editors order headlines in: 初号 42 pt … 小五 9 pt, as the
// plant and 方正飞腾 name them. The GUI lists them and the CLI reads them, so both speak the
// page editor's language and agree on the points.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "layout/base/units.h"

namespace bm::model {

struct NamedSize {
    const char* name;  ///< UTF-8: 初号, 小初, 一号 … 小五
    Length size;       ///< mpt
};

/// From the largest (初号) to the smallest (小五).
std::span<const NamedSize> chineseSizes();

/// The name of `size` when it is one of the 字号 exactly, else nullopt.
std::optional<std::string> chineseSizeName(Length size);

/// Reads a size as a page editor types it: a 字号 ("一号", "小初") or points ("26", "26pt",
/// "10.5 pt"). nullopt when it is neither or not above 0.
std::optional<Length> parseTypeSize(std::string_view text);

}  // namespace bm::model
