#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job: open the editor on the seed page; without a display, export it headless to
# out/seed-page.png, out/seed-page.pdf and out/seed-page.layout.json, and typeset the speech.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BANMIAN="$BUILD_DIR/bin/banmian"
DOC=samples/seed-page.bmdoc.json
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${BANMIAN_HEADLESS:-0}" != 1 ]; then
  exec "$BANMIAN" "$DOC"
fi
mkdir -p out
"$BANMIAN" export "$DOC" --png out/seed-page.png --layout-json out/seed-page.layout.json
"$BANMIAN" export "$DOC" --pdf out/seed-page.pdf
"$BANMIAN" typeset samples/speech.txt --measure 16 > out/speech-16em.txt
echo "demo: no display, so the seed page was exported headless:"
ls -l out/seed-page.png out/seed-page.pdf out/seed-page.layout.json out/speech-16em.txt
echo "demo: first lines of the speech set at 16 em (paper-kaiming):"
head -12 out/speech-16em.txt
