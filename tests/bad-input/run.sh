#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the bad-input corpus (cases.sh) against the banmian executable:
#   tests/bad-input/run.sh BANMIAN_EXE DATA_DIR        (DATA_DIR = tests/data)
# Every case runs under `timeout`. A case fails on a crash (exit >= 128: signal, sanitizer
# abort), a hang, a wrong exit code, a missing message, a message that is not one line for a
# refused input (exit 2), or anything on stderr that is not "banmian <command>: …".
# Prints "bad-input: N passed, M failed" and exits 1 if any case failed.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BANMIAN_EXE DATA_DIR" >&2
  exit 2
fi
EXE=$(realpath "$1")
DATA=$(realpath "$2")
HERE=$(cd "$(dirname "$0")" && pwd)
FILES="$HERE/files"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/banmian-bad-input.XXXXXX")
trap 'chmod -R u+rwx "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
DEFAULT_TIMEOUT=${BAD_INPUT_TIMEOUT:-20}
FILTER=${BAD_INPUT_FILTER:-}   # run only the cases whose name contains this
VERBOSE=${BAD_INPUT_VERBOSE:-0}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

passed=0
failed=0
pending_count=0
failures=()

# check NAME EXIT 'STDERR SUBSTRING' [--timeout S] [--stdin FILE] [--fsize KB] [--multiline]
#       [--stdout-has STR] [--then 'SHELL CONDITION'] [--pending 'WHY'] -- ARGS...
# EXIT 0 with a non-empty substring: the run must succeed and warn (stderr holds the substring).
# EXIT 2: one error line (warnings before it are fine), unless --multiline.
# --pending: a known bug reported to the lead; a failure is listed but does not fail the run, and
# a pass says that the marker can go.
check() {
  local name=$1 want=$2 msg=$3
  shift 3
  local limit=$DEFAULT_TIMEOUT stdin=/dev/null fsize="" multiline=0 stdout_has="" then="" pending=""
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    case $1 in
      --timeout) limit=$2; shift 2 ;;
      --stdin) stdin=$2; shift 2 ;;
      --fsize) fsize=$2; shift 2 ;;
      --multiline) multiline=1; shift ;;
      --stdout-has) stdout_has=$2; shift 2 ;;
      --then) then=$2; shift 2 ;;
      --pending) pending=$2; shift 2 ;;
      *) echo "bad-input: case $name: unknown option $1" >&2; failed=$((failed + 1)); return ;;
    esac
  done
  shift  # --
  if [ -n "$FILTER" ] && [[ $name != *"$FILTER"* ]]; then return; fi
  local out="$TMP/$name.out" err="$TMP/$name.err" rc start elapsed
  start=$(date +%s%N)
  if [ -n "$fsize" ]; then
    # A full disk, simulated: writes past FSIZE KB fail with EFBIG (SIGXFSZ ignored).
    ( trap '' XFSZ; ulimit -f "$fsize"; exec timeout -k 5 "$limit" "$EXE" "$@" ) <"$stdin" >"$out" 2>"$err"
  else
    timeout -k 5 "$limit" "$EXE" "$@" <"$stdin" >"$out" 2>"$err"
  fi
  rc=$?
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  local why=""
  local sub=${1:-}
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then
    why="hang: no exit within ${limit} s"
  elif [ $rc -ge 128 ]; then
    why="crash: exit $rc (signal $((rc - 128)))"
  elif [ $rc -ne "$want" ]; then
    why="exit $rc, expected $want"
  elif [ -n "$msg" ] && ! grep -qF -- "$msg" "$err"; then
    why="stderr lacks '$msg'"
  elif grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|terminate called|what\(\)|Segmentation|Aborted' "$err"; then
    why="sanitizer report or uncaught exception on stderr"
  elif [ -s "$err" ] && [ $multiline -eq 0 ] && grep -qvE "^banmian ($sub): " "$err"; then
    why="stderr has a line that is not 'banmian $sub: …'"
  elif [ -s "$err" ] && ! head -n 1 "$err" | grep -qE "^banmian ($sub): "; then
    why="stderr does not start with 'banmian $sub: '"
  elif [ "$want" -eq 2 ] && [ $multiline -eq 0 ] && [ "$(grep -vc ': warning: ' "$err")" -ne 1 ]; then
    why="expected a one-line message, got $(grep -vc ': warning: ' "$err") error lines"
  elif [ "$want" -eq 0 ] && [ -n "$msg" ] && ! grep -q ": warning: " "$err"; then
    why="expected a warning"
  elif [ -n "$stdout_has" ] && ! grep -qF -- "$stdout_has" "$out"; then
    why="stdout lacks '$stdout_has'"
  elif [ -n "$then" ] && ! (cd "$TMP" && eval "$then"); then
    why="post-condition failed: $then"
  fi
  if [ -z "$why" ]; then
    passed=$((passed + 1))
    [ -n "$pending" ] && echo "NOTE $name passes now: remove its --pending marker ($pending)"
    [ "$VERBOSE" = 1 ] && echo "ok   $name (${elapsed} ms): $(grep -v ': warning: ' "$err" | head -c 200 | head -n 1)"
  elif [ -n "$pending" ]; then
    pending_count=$((pending_count + 1))
    echo "PENDING $name: $why — known bug: $pending"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL $name: $why (${elapsed} ms)"
    echo "     command: banmian $*"
    echo "     stderr:  $(head -c 600 "$err" | head -n 5)"
  fi
}

# shellcheck source=tests/bad-input/cases.sh
source "$HERE/cases.sh"

[ $pending_count -gt 0 ] && echo "bad-input: $pending_count known bugs pending (listed above)"
echo "bad-input: $passed passed, $failed failed"
[ $failed -eq 0 ]
