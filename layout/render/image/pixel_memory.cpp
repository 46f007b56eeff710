// SPDX-License-Identifier: MIT
#include "layout/render/image/pixel_memory.h"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace bm::render {

void keepPixelMemory() {
#if defined(__GLIBC__)
    // 32 MB is glibc's ceiling for the threshold (HEAP_MAX_SIZE / 2 on 64-bit): a 12 MP CMYK
    // buffer (48 MB) still goes to mmap, the cropped and downsampled ones stay in the heap. Free
    // memory at the heap's top is returned to the kernel only above 256 MB.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

}  // namespace bm::render
