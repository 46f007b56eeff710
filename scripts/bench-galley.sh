#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Issue 16's galley benchmark: `banmian typeset` of 200,000 unique 字 (scripts/make-galley-
# corpus.py) into a 16-em, 6-column PDF, RUNS times; prints wall, CPU (user + sys) and peak RSS
# of each run and the median wall. Timing is a benchmark, never a test.
#   scripts/bench-galley.sh [BANMIAN] [RUNS]     (default build/bin/banmian, 11)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/bin/banmian}
runs=${2:-11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/make-galley-corpus.py "$tmp/corpus.txt" >/dev/null
walls=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" env SOURCE_DATE_EPOCH=1 "$bin" typeset \
    "$tmp/corpus.txt" --measure 16 --columns 6 --pdf "$tmp/out.pdf" 2>/dev/null
  read -r wall user sys rss <"$tmp/t"
  printf 'run %2d: wall %s s, cpu %.2f s, peak RSS %d MB\n' "$i" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024))
  walls+=("$wall")
done
printf 'median wall: %s s; PDF %s bytes, sha256 %s\n' \
  "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")" \
  "$(stat -c %s "$tmp/out.pdf")" "$(sha256sum "$tmp/out.pdf" | cut -c1-16)"
