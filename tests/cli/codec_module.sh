#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The codec module (issue 16): `banmian` itself links none of the libraries that read PDF ads,
# TIFF, EXIF, .docx or call OpenCC; it loads libbanmian-codecs.so from its own directory when a
# file needs them. A run that needs none (the galley) works without the module; one that needs it
# and cannot have it exits 2 with one line naming the file it looked for.
set -euo pipefail
BANMIAN=$1
DATA=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

if ldd "$BANMIAN" | grep -E 'qpdf|poppler|tiff|exif|libzip|xml2|opencc|crypto|gnutls'; then
  echo "banmian links a codec library itself"
  exit 1
fi

# Beside the module: a page with a TIFF, an EXIF photo and a PDF ad exports, the ad as a form.
"$BANMIAN" export "$DATA/pictures/pictures.bmdoc.json" --pdf "$T/p.pdf" \
  --allow-preflight-errors 2>/dev/null
grep -aq '/Fx1 ' "$T/p.pdf"

# A copy without the module: the galley needs no codec; a .docx does, and says what is missing.
mkdir "$T/bin"
cp "$BANMIAN" "$T/bin/banmian"
printf '版面测试。\n' | "$T/bin/banmian" typeset - --measure 10 >/dev/null
nodocx() {
  set +e
  "$T/bin/banmian" import "$DATA/docx/title-block.docx" --into "$DATA/docs/minimal.json" \
    -o "$T/out.json" 2>"$T/err.txt" >/dev/null
  local rc=$?
  set -e
  [ "$rc" = 2 ] || { echo "exit $rc, expected 2"; cat "$T/err.txt"; exit 1; }
  [ "$(wc -l <"$T/err.txt")" = 1 ] || { cat "$T/err.txt"; exit 1; }
  grep -q "$1" "$T/err.txt" || { cat "$T/err.txt"; exit 1; }
  [ ! -e "$T/out.json" ]
}
nodocx "libbanmian-codecs.so not found beside $T/bin/banmian: importing .docx files needs it"
# An EXIF photo is never drawn upright by mistake: without the module it is a named placeholder.
"$T/bin/banmian" export "$DATA/pictures/pictures.bmdoc.json" --png "$T/p.png" 2>"$T/err.txt"
grep -q "reading a JPEG's EXIF orientation needs it; drawn as a placeholder" "$T/err.txt" ||
  { cat "$T/err.txt"; exit 1; }
# A file of that name that is no module is refused the same way.
echo "not a library" >"$T/bin/libbanmian-codecs.so"
nodocx "$T/bin/libbanmian-codecs.so cannot be loaded (.*): importing .docx files needs it"
