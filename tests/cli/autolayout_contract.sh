#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian autolayout` (智能组版): on the seed stories and an empty 对开 page it writes a document
# in which every story is placed, nothing overlaps (the export's warning), nothing is overset,
# and the speech leads on top; the same seed gives byte-identical output; --json lists every
# candidate's frames and score components; --all writes OUT-1…OUT-K.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# An empty page: the seed page without its frames, label and rules (photos stay, to go with
# their stories).
python3 - samples/seed-page.bmdoc.json "$T/empty.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for p in d["pages"]:
    p["articleFrames"] = []; p["labels"] = []; p["rules"] = []
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
cp -r samples/photos "$T/"

"$BANMIAN" autolayout "$T/empty.json" --page 1 --budget 600 -o "$T/a.json" >"$T/out.txt"
grep -q '^candidate 1: score [0-9.]* (fill ' "$T/out.txt"
"$BANMIAN" autolayout "$T/empty.json" --page 1 --budget 600 -o "$T/b.json" >/dev/null
cmp "$T/a.json" "$T/b.json"

# Every story placed once, the speech on top and widest; no overlap or overset in the export.
python3 - "$T/a.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
frames = d["pages"][0]["articleFrames"]
ids = sorted(f["article"] for f in frames)
assert ids == sorted(a["id"] for a in d["articles"]), ids
speech = next(f for f in frames if f["article"] == "speech")["rects"][0]
assert speech["line"] == 0, speech
assert all(f["rects"][0]["span"] <= speech["span"] for f in frames)
PY
"$BANMIAN" export "$T/a.json" --png "$T/a.png" --dpi 30 --layout-json "$T/layout.json" 2>"$T/err.txt"
! grep -qi "overlap\|overset" "$T/err.txt"

# JSON: every candidate with its frames and named score components.
"$BANMIAN" autolayout "$T/empty.json" --page 1 --budget 600 --candidates 3 --json -o "$T/c.json" >/dev/null
python3 - "$T/c.json" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
assert 1 <= len(j["candidates"]) <= 3
for c in j["candidates"]:
    assert set(c["components"]) == {"fill", "copyfit", "hierarchy", "bumps", "balance", "shape", "wish"}
    assert len(c["frames"]) == 6
    for f in c["frames"]:
        assert 10 <= f["measureZi"] <= 24.05, f
PY
"$BANMIAN" autolayout "$T/empty.json" --page 1 --budget 600 --candidates 2 --all -o "$T/all.json" >/dev/null
[ -s "$T/all-1.json" ] && [ -s "$T/all-2.json" ]

# Too much copy: exit 2 with the demand in numbers, no file written.
python3 - "$T/empty.json" "$T/big.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = next(a for a in d["articles"] if a["id"] == "speech")
for n in (2, 3):
    c = dict(s); c["id"] = "speech-%d" % n; d["articles"].append(c)
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
set +e
"$BANMIAN" autolayout "$T/big.json" --page 1 --budget 100 -o "$T/big-out.json" 2>"$T/big.txt"
rc=$?
set -e
[ "$rc" = 2 ]
grep -q "^banmian autolayout: no layout fits: the stories need [0-9]*–[0-9]* column-lines" "$T/big.txt"
[ ! -e "$T/big-out.json" ]
echo ok
