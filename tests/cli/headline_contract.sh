#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian headline`: the inspector's 主题 type on the command line. A size given as a 字号 or in
# points lands in the document and in the exported page (the layout JSON's headline lines get
# taller); the other stories keep the document style; 长 字 makes the lines narrower; a span is
# set on the frame; bad input exits 2 with one line and writes nothing.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
SEED=samples/seed-page.bmdoc.json

"$BANMIAN" headline "$SEED" --article job-fair --size 一号 --font kai --width 80 \
  --frame f-job-fair --span 1 -o "$T/a.json"
python3 - "$T/a.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
a = {x["id"]: x for x in d["articles"]}
assert a["job-fair"]["headlineSize"] == 26, a["job-fair"]
assert a["job-fair"]["headlineFont"] == "kai"
assert a["job-fair"]["headlineScale"] == 80
assert "headlineSize" not in a["speech"]
f = [f for p in d["pages"] for f in p["articleFrames"] if f["id"] == "f-job-fair"][0]
assert f["headlineSpan"] == 1
PY

# Points, and back to the document style.
"$BANMIAN" headline "$T/a.json" --article job-fair --size 10.5pt -o "$T/b.json"
grep -q '"headlineSize": 10.5' "$T/b.json"
"$BANMIAN" headline "$T/b.json" --article job-fair --size default --font default --width 100 \
  --frame f-job-fair --span whole -o "$T/c.json"
python3 - "$T/c.json" "$SEED" <<'PY'
import json, sys
c, seed = (json.load(open(p)) for p in sys.argv[1:3])
assert c["articles"] == seed["articles"], "back to the document style gives the seed articles"
PY

# The exported layout: 长 80 % lines are narrower than the document-style ones.
"$BANMIAN" export "$SEED" --png "$T/seed.png" --layout-json "$T/seed-layout.json" >/dev/null
"$BANMIAN" headline "$SEED" --article speech --width 80 -o "$T/narrow.json"
"$BANMIAN" export "$T/narrow.json" --png "$T/narrow.png" --layout-json "$T/narrow-layout.json" >/dev/null
python3 - "$T/seed-layout.json" "$T/narrow-layout.json" <<'PY'
import json, sys
def widths(path):
    d = json.load(open(path))
    return [l["width"] for p in d["pages"] for f in p["frames"] for l in f.get("lines", [])
            if l["article"] == "speech" and l["role"] == "headline"]
before, after = widths(sys.argv[1]), widths(sys.argv[2])
assert before and len(before) == len(after), (before, after)
for b, a in zip(before, after):
    assert abs(a - 0.8 * b) <= 0.01 * b, (b, a)
PY

# Bad input: exit 2, one line naming the problem, no output file.
bad() {
  set +e
  "$BANMIAN" headline "$SEED" "$@" -o "$T/bad.json" 2>"$T/err.txt"
  rc=$?
  set -e
  [ "$rc" = 2 ] || { echo "expected exit 2 for $*, got $rc"; exit 1; }
  [ "$(wc -l <"$T/err.txt")" = 1 ] || { cat "$T/err.txt"; exit 1; }
  [ ! -e "$T/bad.json" ]
}
bad --article nobody --size 一号
grep -q "unknown article 'nobody'" "$T/err.txt"
bad --article speech --size 大号
grep -q -- "--size: expected a 字号" "$T/err.txt"
bad --article speech --width 30
grep -q "width" "$T/err.txt"
bad --article speech --frame f-job-fair --span 1
grep -q "shows article 'job-fair', not 'speech'" "$T/err.txt"
bad --article speech --frame f-speech --span 9
grep -q "headlineSpan" "$T/err.txt"
echo ok
