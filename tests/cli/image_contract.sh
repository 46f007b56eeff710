#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian image`: the inspector's picture fields (fit, zoom, focus, PDF page) on the command
# line. They land in the document through the editor's edit, the exported layout JSON places
# the picture accordingly (zoom 2 halves the effective ppi; fit shows the whole photo inside the
# frame, undistorted); what is not given stays; bad input exits 2 with one line and writes
# nothing.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
SEED=samples/seed-page.bmdoc.json
cp -r samples/. "$T/"  # the document names its photos relative to itself
DOC=$T/seed-page.bmdoc.json

"$BANMIAN" image "$DOC" --item img-tree -o "$T/same.json" >/dev/null  # saved unchanged
"$BANMIAN" image "$DOC" --item img-tree --zoom 2 --focus 0.25,0.75 -o "$T/a.json" >"$T/out.txt"
grep -q "img-tree: fill, zoom 2, focus 0.25,0.75" "$T/out.txt"
python3 - "$T/a.json" "$T/same.json" <<'PY'
import json, sys
a, seed = (json.load(open(p)) for p in sys.argv[1:3])
def img(d, i): return [x for p in d["pages"] for x in p["images"] if x["id"] == i][0]
t = img(a, "img-tree")
assert t["zoom"] == 2 and t["focusX"] == 0.25 and t["focusY"] == 0.75, t
assert img(a, "img-job-fair") == img(seed, "img-job-fair"), "the other picture is untouched"
PY

# The export places it so: zoom 2 halves the effective resolution; fit shows it all, undistorted.
"$BANMIAN" export "$DOC" --png "$T/s.png" --dpi 20 --layout-json "$T/s.json" >/dev/null
"$BANMIAN" export "$T/a.json" --png "$T/a.png" --dpi 20 --layout-json "$T/a-layout.json" >/dev/null
"$BANMIAN" image "$DOC" --item img-tree --fit fit -o "$T/b.json" >/dev/null
"$BANMIAN" export "$T/b.json" --png "$T/b.png" --dpi 20 --layout-json "$T/b-layout.json" >/dev/null
python3 - "$T/s.json" "$T/a-layout.json" "$T/b-layout.json" <<'PY'
import json, sys
def pic(path):
    d = json.load(open(path))
    return [x for p in d["pages"] for x in p.get("pictures", []) if x["frame"] == "img-tree"][0]
s, a, b = (pic(p) for p in sys.argv[1:4])
assert abs(a["ppi"] - s["ppi"] / 2) <= 1, (s["ppi"], a["ppi"])
f, p = b["frameRect"], b["placed"]
assert p["w"] <= f["w"] + 0.01 and p["h"] <= f["h"] + 0.01, (f, p)  # inside the frame
assert b["distortion"] <= 0.01 and s["distortion"] <= 0.01
PY

# Back to the defaults gives the document as it was (saved unchanged: the same writer).
"$BANMIAN" image "$T/a.json" --item img-tree --fit auto --zoom 100% --focus 0.5,0.5 -o "$T/c.json" >/dev/null
cmp "$T/c.json" "$T/same.json"

# Bad input: exit 2, one line naming the problem, no output file.
bad() {
  set +e
  "$BANMIAN" image "$DOC" "$@" -o "$T/bad.json" 2>"$T/err.txt" >/dev/null
  rc=$?
  set -e
  [ "$rc" = 2 ] || { echo "expected exit 2 for $*, got $rc"; exit 1; }
  [ "$(wc -l <"$T/err.txt")" = 1 ] || { cat "$T/err.txt"; exit 1; }
  [ ! -e "$T/bad.json" ]
}
bad --item nobody --zoom 2
grep -q "unknown picture frame 'nobody'" "$T/err.txt"
bad --item img-tree --fit squash
grep -q -- "--fit: expected auto, fill, fit or stretch" "$T/err.txt"
bad --item img-tree --zoom 50
grep -q "zoom" "$T/err.txt"
bad --item img-tree --focus 0.5
grep -q -- "--focus: expected X,Y" "$T/err.txt"
bad --item img-tree --focus 0.5,2
grep -q "focus" "$T/err.txt"
bad --item img-tree --pdf-page 2
grep -q "is not a PDF" "$T/err.txt"
bad --zoom 2
grep -q -- "--item ID" "$T/err.txt"
echo ok
