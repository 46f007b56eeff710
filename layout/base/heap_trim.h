// SPDX-License-Identifier: MIT
#pragma once
// Handing freed heap back to the system between the phases of a long job. glibc keeps freed
// blocks of its arenas (one per thread that allocated) mapped until the top of an arena is
// free, so memory freed in the middle of a 200,000-字 galley export still counted in its peak
// when the next phase (font subsetting) began.

namespace bm {

/// Returns free heap pages to the system (glibc malloc_trim); a no-op on other C libraries.
/// Costs a walk over the free lists: call it between phases, not in loops.
void returnFreeHeapToSystem();

}  // namespace bm
