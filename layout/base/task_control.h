// SPDX-License-Identifier: MIT
#pragma once
// Lets a caller on another thread watch and stop a long engine task (the editor's progress bars
// and 取消): the task sets `planned`, counts `done` steps, and stops soon after `cancel` is set.
// Qt-free, so the engine's long jobs (自动组版's search, an issue's PDF export) share it.
#include <atomic>

namespace bm {

struct TaskControl {
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> planned{0};
    bool cancelled() const { return cancel.load(std::memory_order_relaxed); }
};

}  // namespace bm
