// SPDX-License-Identifier: MIT
#include "layout/render/image/pixel_memory.h"

#include <new>

#include "layout/render/image/image_decode.h"

#include <cstdlib>  // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
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

namespace {
constexpr std::size_t kHugePage = 2u << 20;
constexpr std::size_t kHugeFrom = 4u << 20;  ///< smaller buffers gain little
std::size_t roundUp(std::size_t n) { return (n + kHugePage - 1) / kHugePage * kHugePage; }
}  // namespace

void* allocatePixels(std::size_t bytes) {
    if (bytes < kHugeFrom) return ::operator new(bytes);
    void* p = std::aligned_alloc(kHugePage, roundUp(bytes));
    if (!p) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, roundUp(bytes), MADV_HUGEPAGE);  // a hint: without THP it is 4 KB pages as before
#endif
    return p;
}

void freePixels(void* p, std::size_t bytes) noexcept {
    if (bytes < kHugeFrom)
        ::operator delete(p);
    else
        std::free(p);
}

}  // namespace bm::render
