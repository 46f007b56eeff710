#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quality gate: builds the libFuzzer targets of tests/fuzz/ (clang 14, ASan + UBSan) in
# build-fuzz/, replays their committed corpora and crash regressions through ctest, then fuzzes
# each target for a bounded time from the committed corpus. Exits non-zero on any crash, leak,
# sanitizer report, broken invariant, timeout or out-of-memory; the input is kept under
# build-fuzz/fuzz-work/<target>/artifacts/ (copy it to tests/fuzz/regressions/<target>/).
#
#   scripts/ci-fuzz.sh                      every target, FUZZ_SECONDS (60) each
#   FUZZ_SECONDS=600 FUZZ_SEED=0 scripts/ci-fuzz.sh fuzz_paragraph
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-fuzz}
JOBS=${JOBS:-$(nproc)}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
# A fixed seed makes the gate reproducible: from the committed corpus, CI explores the same inputs
# that a longer local run with the same seed already explored (FUZZ_SEED=0 picks a random seed,
# for hunting new bugs).
FUZZ_SEED=${FUZZ_SEED:-1}
ALL_TARGETS=(fuzz_document fuzz_paragraph fuzz_font fuzz_image fuzz_docx fuzz_picture)
if [ $# -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 \
  -DBM_BUILD_FUZZ=ON -DBM_SANITIZE=ON -DBM_BUILD_APP=OFF -DBM_BUILD_BENCH=OFF -DBM_WERROR=ON >/dev/null
cmake --build "$BUILD_DIR" -j"$JOBS" --target "${TARGETS[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0}

# 1. Replay: every committed seed and every input that once crashed a target.
regex=$(IFS='|'; echo "${TARGETS[*]}")
ctest --test-dir "$BUILD_DIR" --output-on-failure -R "^fuzz_replay_($regex)\$"

# 2. Fuzz each target for FUZZ_SECONDS from the committed corpus (new inputs go to build-fuzz/),
# JOBS targets at a time: each fuzzer uses one core, so on 2 cores the gate takes half the time.
fuzz_one() {
  local t=$1 work="$BUILD_DIR/fuzz-work/$1" start
  mkdir -p "$work/corpus" "$work/artifacts"
  local args=(-seed="$FUZZ_SEED" -max_total_time="$FUZZ_SECONDS" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1
        -artifact_prefix="$work/artifacts/")
  [ -f "tests/fuzz/$t.dict" ] && args+=(-dict="tests/fuzz/$t.dict")
  local dirs=("$work/corpus" "tests/fuzz/corpus/$t")
  [ -d "tests/fuzz/regressions/$t" ] && dirs+=("tests/fuzz/regressions/$t")
  start=$(date +%s)
  if "$BUILD_DIR/bin/$t" "${args[@]}" "${dirs[@]}" >"$work/log.txt" 2>&1; then
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$work/log.txt" | grep -o '[0-9]*$' || echo "?")
    echo "ci-fuzz: $t: ok, $execs executions in $(( $(date +%s) - start )) s" >"$work/result.txt"
    return 0
  fi
  {
    echo "ci-fuzz: $t: FAILED (log: $work/log.txt)"
    grep -E 'ERROR|invariant|runtime error|Test unit written|SUMMARY|#[0-9]+ *(NEW|DONE)' "$work/log.txt" | tail -25 || true
  } >"$work/result.txt"
  return 1
}
running=0
for t in "${TARGETS[@]}"; do
  rm -f "$BUILD_DIR/fuzz-work/$t/result.txt"
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$t" &
  running=$((running + 1))
done
wait || true
failed=0
for t in "${TARGETS[@]}"; do
  result="$BUILD_DIR/fuzz-work/$t/result.txt"
  if [ -f "$result" ]; then cat "$result"; else echo "ci-fuzz: $t: FAILED (no result)"; fi
  grep -q ': ok,' "$result" 2>/dev/null || failed=$((failed + 1))
done
if [ "$failed" -gt 0 ]; then
  echo "ci-fuzz: $failed of ${#TARGETS[@]} targets failed"
  exit 1
fi
echo "ci-fuzz: ${#TARGETS[@]} passed, 0 failed"
