#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quality gate: the engine test binaries built with clang 14 under AddressSanitizer +
# UndefinedBehaviorSanitizer (leaks detected, first error aborts) and -Werror, run through ctest.
# Usage: scripts/ci-sanitize.sh            (BUILD_DIR=build-asan, JOBS=nproc by default)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-asan}
JOBS=${JOBS:-$(nproc)}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 \
  -DBM_SANITIZE=ON -DBM_BUILD_APP=OFF -DBM_BUILD_BENCH=OFF -DBM_BUILD_FUZZ=OFF -DBM_WERROR=ON
cmake --build "$BUILD_DIR" -j"$JOBS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# fontconfig leaks its parsed configuration once per process (see the file).
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}
# Sanitized binaries run 2-5x slower; a hung test still fails after 15 minutes.
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$JOBS" --timeout 900
echo "ci-sanitize: ok"
