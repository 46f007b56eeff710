// SPDX-License-Identifier: MIT
#include <cstdio>

#include "cli/commands.h"

namespace bm::cli {
int runTypeset(int, char**) {
    std::fputs("banmian typeset: not implemented yet\n", stderr);
    return 2;
}
}  // namespace bm::cli
