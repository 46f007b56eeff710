// SPDX-License-Identifier: MIT
#pragma once
// Independent jobs on every core: the photos of a page are decoded, separated and re-encoded
// (export) or probed (preflight) side by side. The result must not depend on the thread count,
// so each job writes only its own slot.
#include <cstddef>
#include <functional>

namespace bm {

/// Calls `job(k)` once for every k in [0, count), on up to one thread per core (this thread
/// included), and returns when all are done. `job` must not throw. When no thread can be
/// started, this thread does them all: fewer threads, same result.
void forEachOnAllCores(size_t count, const std::function<void(size_t)>& job);

}  // namespace bm
