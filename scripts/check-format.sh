#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quality gate: clang-format-14 --dry-run --Werror over the C++ sources (layout/, fonts/, app/,
# tests/ *.h *.cpp) against the repository's .clang-format. Prints every file that is not
# formatted (with clang-format's first complaints) and a summary; exits 1 if any is off.
#   scripts/check-format.sh            check
#   scripts/check-format.sh --list     only the names of the files that are off
#   scripts/check-format.sh --fix      reformat them in place (the lead's call: one commit)
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-14}
mode=${1:-check}
if ! command -v "$CLANG_FORMAT" >/dev/null; then
  echo "check-format: $CLANG_FORMAT not found (Debian package clang-format-14)" >&2
  exit 2
fi
if [ ! -f .clang-format ]; then
  echo "check-format: no .clang-format at the repository root; clang-format would use its LLVM default" >&2
fi

mapfile -t files < <(git ls-files --cached --others --exclude-standard -- \
  'layout/*.h' 'layout/*.cpp' 'fonts/*.h' 'fonts/*.cpp' 'app/*.h' 'app/*.cpp' 'tests/*.h' 'tests/*.cpp' | sort -u)
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! out=$("$CLANG_FORMAT" --dry-run --Werror "$f" 2>&1); then
    bad+=("$f")
    case $mode in
      --list) echo "$f" ;;
      --fix) "$CLANG_FORMAT" -i "$f" ;;
      *) echo "$f: $(grep -c 'error:' <<<"$out") places, first: $(grep -m1 'error:' <<<"$out" | sed 's/^[^:]*:\([0-9]*:[0-9]*\):.*/line \1/')" ;;
    esac
  fi
done
echo "check-format: ${#files[@]} files checked, ${#bad[@]} not formatted"
[ ${#bad[@]} -eq 0 ] || [ "$mode" = --fix ]
