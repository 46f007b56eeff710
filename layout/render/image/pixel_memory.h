// SPDX-License-Identifier: MIT
#pragma once
// Memory for big pixel buffers. glibc hands every block over its mmap threshold (128 KB,
// rising to at most 32 MB) straight to the kernel and back: each 15–20 MB buffer of a photo
// (decoded, resampled, separated) then costs a page fault per 4 KB on first touch, and
// exporting four 12-megapixel photos spent a quarter of its time in the kernel. Kept in the
// heap instead, the next photo reuses the pages the last one freed.
namespace bm::render {

/// Called once at the start of a short-lived program that converts pictures (the CLI; the
/// editor runs for hours and keeps the default, which gives memory back).
void keepPixelMemory();

}  // namespace bm::render
