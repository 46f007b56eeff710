#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The seed page as PNG and as PDF (rendered by poppler) agree pixel by pixel: one display list.
# Also: qpdf --check, every font embedded and subset (no Type 3), and the PDF's text gives back
# every paragraph of every article.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DOC=samples/seed-page.bmdoc.json
"$BANMIAN" export "$DOC" --png "$T/page.png" --dpi 60
"$BANMIAN" export "$DOC" --pdf "$T/page.pdf"
pdftoppm -r 60 -gray "$T/page.pdf" "$T/poppler"
python3 tests/cli/compare_png_pgm.py "$T/page.png" "$T"/poppler*.pgm
qpdf --check "$T/page.pdf" > /dev/null
fonts=$(pdffonts "$T/page.pdf" | tail -n +3)
echo "$fonts"
if echo "$fonts" | grep -q "Type 3"; then echo "Type 3 font found"; exit 1; fi
if echo "$fonts" | awk '{print $(NF-4), $(NF-3)}' | grep -qv "yes yes"; then echo "font not embedded+subset"; exit 1; fi
pdftotext -raw "$T/page.pdf" "$T/page.txt"
python3 - "$T/page.txt" samples/src/seed-page.json <<'PY'
import json, re, sys
text = re.sub(r"\s+", "", open(sys.argv[1], encoding="utf-8").read())
seed = json.load(open(sys.argv[2], encoding="utf-8"))
missing = 0
count = 0
for a in seed["articles"]:
    paras = list(a["paragraphs"])
    if a.get("dateline"):
        paras[0] = a["dateline"] + paras[0]
    for p in paras:
        count += 1
        if re.sub(r"\s+", "", p) not in text:
            missing += 1
            print("missing from the PDF text:", a["id"], p[:30])
print(f"{count - missing} of {count} paragraphs found in the PDF text")
sys.exit(1 if missing else 0)
PY
