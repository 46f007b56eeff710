// SPDX-License-Identifier: MIT
#pragma once
#include <string_view>

namespace bm::text {

/// A salutation (称呼语) such as 各位领导、各位嘉宾，女士们、先生们、朋友们： is set flush, without
/// the first-line indent (paper-kaiming). Recognised as a short paragraph ending with a colon
/// that contains no sentence end.
bool looksLikeSalutation(std::u16string_view paragraph);

}  // namespace bm::text
