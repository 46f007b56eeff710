#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian` runs its subcommands without loading Qt, and `banmian DOC` still opens the editor
# (banmian-editor, next to it): the window comes up on the seed page and grabs a screenshot.
#   tests/cli/editor_launch.sh BANMIAN_EXE DATA_DIR
set -euo pipefail
EXE=$1
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/banmian-editor-launch.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

if ldd "$EXE" | grep -q 'libQt'; then
  echo "FAIL: $EXE links Qt (the command line must start without it):"
  ldd "$EXE" | grep libQt
  exit 1
fi

QT_QPA_PLATFORM=offscreen BANMIAN_SCREENSHOT="$TMP/shot.png" timeout 120 \
  "$EXE" "$ROOT/samples/seed-page.bmdoc.json" >"$TMP/out.txt" 2>&1 || {
  echo "FAIL: banmian DOC did not start the editor:"; cat "$TMP/out.txt"; exit 1; }
if [ ! -s "$TMP/shot.png" ] || [ "$(head -c 8 "$TMP/shot.png" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
  echo "FAIL: the editor started by banmian saved no screenshot"; cat "$TMP/out.txt"; exit 1
fi

# Without the editor next to it, banmian says so (exit 2) instead of failing silently.
mkdir "$TMP/lonely"
cp "$EXE" "$TMP/lonely/banmian"
set +e
"$TMP/lonely/banmian" "$ROOT/samples/seed-page.bmdoc.json" 2>"$TMP/err.txt"
rc=$?
set -e
if [ $rc -ne 2 ] || ! grep -q "cannot start the editor" "$TMP/err.txt"; then
  echo "FAIL: a missing banmian-editor gave exit $rc and: $(cat "$TMP/err.txt")"; exit 1
fi
# A word that is neither a subcommand nor a file is an error, not an editor that aborts.
set +e
"$EXE" no-such-word 2>"$TMP/err.txt"
rc=$?
set -e
if [ $rc -ne 2 ] || ! grep -q "banmian no-such-word: no such file or command" "$TMP/err.txt"; then
  echo "FAIL: banmian no-such-word gave exit $rc and: $(cat "$TMP/err.txt")"; exit 1
fi

# Without a display the editor says so (exit 2) instead of aborting in Qt.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$EXE" "$ROOT/samples/seed-page.bmdoc.json" \
  2>"$TMP/err.txt"
rc=$?
DISPLAY=:987 env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$EXE" "$ROOT/samples/seed-page.bmdoc.json" \
  2>"$TMP/err2.txt"
rc2=$?
set -e
if [ $rc -ne 2 ] || ! grep -q "cannot open the editor: no display" "$TMP/err.txt"; then
  echo "FAIL: the editor without DISPLAY gave exit $rc and: $(cat "$TMP/err.txt")"; exit 1
fi
if [ $rc2 -ne 2 ] || ! grep -q "cannot reach display :987" "$TMP/err2.txt"; then
  echo "FAIL: the editor with an unreachable display gave exit $rc2 and: $(cat "$TMP/err2.txt")"; exit 1
fi
echo "editor_launch: ok"
