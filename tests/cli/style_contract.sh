#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian style` (issue 14): the 正文 palettes from the command line. The lead-in of a seed-page
# paragraph gets 着重号, a word a tint, a paragraph becomes a 小标题; the document keeps them,
# exports, and a --plain over the same text gives the ranges back as they were.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp -r samples "$T/"
cd "$T/samples"
[ "$("$BANMIAN" style seed-page.bmdoc.json --article speech --text 铝业 --emphasis -o a.json)" -gt 1 ]
[ "$("$BANMIAN" style a.json --article platform-economy --paragraph 2 --text 工业、农业 --tint 50 \
  -o b.json)" = 1 ]
[ "$("$BANMIAN" style b.json --article speech --paragraph 2 --paragraph-style subhead -o c.json)" = 0 ]
python3 - c.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
a = {x["id"]: x for x in d["articles"]}
sp = a["speech"]
dots = [r for r in sp["characterStyles"] if r.get("emphasis")]
assert dots and all(sp["paragraphs"][r["paragraph"]][r["begin"]:r["end"]] == "铝业" for r in dots), dots
assert {"paragraph": 1, "style": "subhead"} in sp["paragraphStyles"], sp["paragraphStyles"]
pe = a["platform-economy"]
tint = [r for r in pe["characterStyles"] if r.get("tint") == 50]
assert len(tint) == 1 and pe["paragraphs"][1][tint[0]["begin"]:tint[0]["end"]] == "工业、农业", tint
PY
"$BANMIAN" export c.json --pdf c.pdf >/dev/null
pdftotext c.pdf c.txt
grep -q 工业、农业基础雄厚 c.txt  # the dots are marks, not text
"$BANMIAN" style c.json --article speech --text 铝业 --plain -o d.json >/dev/null
python3 - d.json seed-page.bmdoc.json <<'PY'
import json, sys
d, before = (json.load(open(p)) for p in sys.argv[1:3])
sp = {x["id"]: x for x in d["articles"]}["speech"]
sb = {x["id"]: x for x in before["articles"]}["speech"]
assert sp.get("characterStyles", []) == sb.get("characterStyles", []), sp.get("characterStyles")
PY
echo "style contract: ok"
