// SPDX-License-Identifier: MIT
#pragma once
// Invariant checks for the libFuzzer targets: a broken invariant prints one line and aborts, so
// libFuzzer records the input as a crash (and the regression replay under CTest fails).
#include <cstdio>
#include <cstdlib>
#include <string>

namespace bm::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* what,
                              const std::string& detail) {
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s%s%s\n", file, line, what,
                 detail.empty() ? "" : " — ", detail.c_str());
    std::fflush(stderr);
    std::abort();
}

}  // namespace bm::fuzz

#define BM_FUZZ_CHECK(cond, detail)                                         \
    do {                                                                    \
        if (!(cond)) ::bm::fuzz::fail(__FILE__, __LINE__, #cond, (detail)); \
    } while (0)
