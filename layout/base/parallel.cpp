// SPDX-License-Identifier: MIT
#include "layout/base/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace bm {

void forEachOnAllCores(size_t count, const std::function<void(size_t)>& job) {
    std::atomic<size_t> next{0};
    auto run = [&] {
        for (size_t k = next++; k < count; k = next++) job(k);
    };
    const size_t cores = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < std::min(cores, count); ++i) {
        try {
            helpers.emplace_back(run);
        } catch (...) {
            break;  // fewer threads, same result
        }
    }
    run();
    for (std::thread& t : helpers) t.join();
}

}  // namespace bm
