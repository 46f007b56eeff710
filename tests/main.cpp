// SPDX-License-Identifier: MIT
// The only translation unit with Catch2's main (Catch2 v2 compiles slowly).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
