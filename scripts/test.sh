#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the whole test suite of an already set-up build (see scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)"
