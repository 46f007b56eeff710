// SPDX-License-Identifier: MIT
#pragma once
// The model saves through the shared atomic writer of layout/base.
#include "layout/base/atomic_file.h"

namespace bm::model::detail {
using bm::writeFileAtomically;
}  // namespace bm::model::detail
