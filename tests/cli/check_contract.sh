#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian check` and the export gate (issue 11): documents built to break one rule each are
# caught with the rule id and exit 1; the seed page passes; --json is deterministic; a print
# PDF with preflight errors is refused (exit 2, no file) unless --allow-preflight-errors; the
# plain profile only warns.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# One page (版次 given), articles and page items merged in from JSON fragments.
python3 - "$T" <<'EOF'
import json, sys, os
out = sys.argv[1]
text = "今天天气很好，我们一起去公园散步。"
def art(aid, paras=1, sentences=3, **kw):
    a = {"id": aid, "paragraphs": [text * sentences] * paras}
    a.update(kw)
    return a
def page(pid="p1", number=1, **kw):
    p = {"id": pid, "number": number, "width": "390mm", "height": "545mm",
         "typeArea": {"x": "20mm", "y": "30mm", "w": "350mm", "h": "490mm"},
         "grid": {"columns": 8, "gutter": 8.018, "bodySize": 9},
         "header": {"show": True, "paperName": "滨州日报", "date": "2024年11月22日 星期五",
                    "pageName": "要闻"}}
    p.update(kw)
    return p
def fr(fid, aid, c, s, l, n, cols=1, seq=0):
    return {"id": fid, "article": aid, "sequence": seq,
            "rects": [{"column": c, "span": s, "line": l, "lines": n, "textColumns": cols}]}
def doc(name, articles, pages):
    d = {"format": "banmian-document", "version": 2, "styles": {
            "body": {"size": 9}, "headline": {"font": "hei", "bold": True, "size": 30,
                                               "align": "center", "indentEm": 0}},
         "articles": articles, "pages": pages}
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(d, f, ensure_ascii=False)
doc("clean", [art("a")], [page(articleFrames=[fr("f", "a", 0, 4, 0, 2)])])
doc("overset", [art("a", 6, 20)], [page(articleFrames=[fr("f", "a", 0, 2, 0, 10)])])
doc("overlap", [art("a"), art("b", sentences=4)],
    [page(articleFrames=[fr("fa", "a", 0, 4, 0, 31), fr("fb", "b", 3, 3, 20, 21)])])
doc("label-over-text", [art("a", 6, 8)],
    [page(articleFrames=[fr("f", "a", 0, 4, 0, 40)],
          labels=[{"id": "lab", "column": 0, "span": 2, "line": 2, "lines": 4, "text": "专题"}])])
# A four-letter word (no emergency break points) in a third of one grid column: a long URL
# no longer overruns, the line breaker breaks it.
doc("overrun", [art("a", paragraphs=["文字WWWW文字。"])],
    [page(articleFrames=[fr("f", "a", 0, 1, 0, 20, cols=3)])])
doc("headline-clipped", [art("a", paragraphs=[], headline="第一行标题文字\n第二行标题文字")],
    [page(articleFrames=[fr("f", "a", 0, 4, 0, 3)])])
doc("jump-missing", [art("a", 4, 10)],
    [page(articleFrames=[fr("f1", "a", 0, 2, 0, 10, seq=0)]),
     page("p2", 1, articleFrames=[fr("f2", "a", 0, 2, 0, 40, seq=1)])])
doc("jump-target", [art("a", paragraphs=[text + "（下转第9版）"])],
    [page(articleFrames=[fr("f", "a", 0, 4, 0, 20)])] + [page("p%d" % n, n) for n in (2, 3, 4)])
doc("empty-frame", [art("a")],
    [page(articleFrames=[fr("f1", "a", 0, 4, 0, 20, seq=0), fr("f2", "a", 4, 4, 0, 20, seq=1)])])
doc("pictures", [], [page(images=[
    {"id": "ph1", "column": 0, "span": 2, "line": 0, "lines": 10, "path": ""},
    {"id": "ph2", "column": 2, "span": 2, "line": 0, "lines": 10, "path": "photos/none.jpg"},
    {"id": "ad", "column": 4, "span": 2, "line": 0, "lines": 10, "path": "ad.gif"}])])
with open(os.path.join(out, "ad.gif"), "wb") as f:
    f.write(b"GIF89a\x01\0\x01\0")
doc("tofu", [art("a", paragraphs=["今天\ue000我们出发。"])],
    [page(articleFrames=[fr("f", "a", 0, 4, 0, 20)])])
doc("off-page", [], [page(rules=[{"id": "r", "from": {"x": 0, "y": 100}, "to": {"x": 0, "y": 300}, "width": 4}])])
doc("folio", [], [page("p1", 1), page("p2", 2), page("p4", 4), page("p5", 5)])
doc("header", [], [page("p1", 1), page("p2", 2, header={"show": True, "paperName": "滨州日报",
                                                           "date": "", "pageName": "要闻"})])
doc("date", [], [page("p1", 1), page("p2", 2, header={"show": True, "paperName": "滨州日报",
                                                         "date": "2024年11月20日 星期四",
                                                         "pageName": "要闻"})])
doc("duplicate", [art("a"), art("a-copy"), art("job-fair")],
    [page(articleFrames=[fr("fa", "a", 0, 4, 0, 20), fr("fc", "a-copy", 4, 4, 0, 20)])])
doc("proofing", [art("a", paragraphs=["今天,我们出发。这是我的的书。"])],
    [page(articleFrames=[fr("f", "a", 0, 4, 0, 20)])])
EOF

# expect DOC EXIT RULE… : banmian check DOC --json exits EXIT and reports every RULE.
expect() {
  local doc=$1 want=$2; shift 2
  local rc=0
  "$BANMIAN" check "$T/$doc.json" --json >"$T/$doc.out" 2>"$T/$doc.err" || rc=$?
  [ "$rc" -eq "$want" ] || fail "$doc: exit $rc, expected $want ($(head -c 300 "$T/$doc.err"))"
  for rule in "$@"; do
    grep -q "\"rule\": \"$rule\"" "$T/$doc.out" || fail "$doc: no $rule in $(grep '"rule"' "$T/$doc.out" | tr -d ' \n')"
  done
}
expect clean 0
[ "$(grep -c '"rule"' "$T/clean.out")" -eq 0 ] || fail "clean: findings $(grep '"rule"' "$T/clean.out")"
expect overset 1 LAY-OVERSET
expect overlap 1 LAY-OVERLAP
expect label-over-text 1 LAY-WRAP-COLLISION
expect overrun 1 LAY-OVERRUN
expect headline-clipped 1 LAY-HEADLINE-CLIPPED
expect jump-missing 1 LAY-JUMP-MISSING FUR-FOLIO
expect jump-target 1 LAY-JUMP-TARGET
expect empty-frame 1 LAY-EMPTY-FRAME
expect pictures 1 IMG-EMPTY IMG-MISSING IMG-FORMAT
expect tofu 1 PRN-GLYPH-MISSING
expect off-page 1 LAY-OFF-PAGE
expect folio 1 FUR-FOLIO
expect header 1 FUR-HEADER-EMPTY
expect date 1 FUR-DATE
expect duplicate 0 LAY-DUPLICATE LAY-UNPLACED       # a warning and an info: no error
expect proofing 0 ZH-HALFWIDTH-PUNCT ZH-REPEAT      # warnings
# --fail-on moves the threshold.
"$BANMIAN" check "$T/duplicate.json" --fail-on warning >/dev/null && fail "duplicate: --fail-on warning should exit 1"
"$BANMIAN" check "$T/overset.json" --profile proof-only >/dev/null || fail "proof-only should ignore overset"

# Text output: one line per finding and the summary.
"$BANMIAN" check "$T/overset.json" >"$T/overset.txt" || true
grep -q 'error    LAY-OVERSET         文字未排完：超出 ' "$T/overset.txt" || fail "text line: $(cat "$T/overset.txt")"
grep -q '^1 error, 0 warnings, 0 info; 1 blocks export under x1a$' "$T/overset.txt" || fail "summary: $(tail -1 "$T/overset.txt")"

# The seed page: no error; two runs give byte-identical JSON; check never changes the document.
SEED=samples/seed-page.bmdoc.json
cp "$SEED" "$T/seed-before.json"
"$BANMIAN" check "$SEED" --json >"$T/seed1.json" || fail "seed page: exit $?"
"$BANMIAN" check "$SEED" --json >"$T/seed2.json"
cmp -s "$T/seed1.json" "$T/seed2.json" || fail "two runs differ"
cmp -s "$SEED" "$T/seed-before.json" || fail "check changed the document"
grep -q '"error": 0' "$T/seed1.json" || fail "seed page has errors"
# --page keeps one page's findings.
"$BANMIAN" check "$T/folio.json" --page 1 --json >"$T/page1.json" || fail "--page 1 has errors"

# Export gate: x1a refuses (exit 2, no file); --allow-preflight-errors writes and says so; the
# plain profile warns; the seed page exports.
rc=0; "$BANMIAN" export "$T/pictures.json" --pdf "$T/p.pdf" 2>"$T/gate.err" || rc=$?
[ "$rc" -eq 2 ] || fail "gate: exit $rc"
[ ! -e "$T/p.pdf" ] || fail "gate: a file was written"
grep -q 'refused' "$T/gate.err" && grep -q 'IMG-EMPTY' "$T/gate.err" || fail "gate: $(cat "$T/gate.err")"
"$BANMIAN" export "$T/pictures.json" --pdf "$T/p.pdf" --allow-preflight-errors 2>"$T/allow.err" || fail "allow: exit $?"
[ -s "$T/p.pdf" ] && grep -q 'allow-preflight-errors' "$T/allow.err" || fail "allow: $(cat "$T/allow.err")"
"$BANMIAN" export "$T/overset.json" --pdf "$T/o.pdf" --profile plain 2>"$T/plain.err" || fail "plain: exit $?"
grep -q 'warning: .*LAY-OVERSET' "$T/plain.err" || fail "plain: $(cat "$T/plain.err")"
# Placeholders block x1a even under a profile whose blockExport lacks the image class.
python3 - "$T/pictures.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1])); d["checks"] = {"profile": "print-basic"}
json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False)
EOF
"$BANMIAN" export "$T/pictures.json" --pdf "$T/p2.pdf" 2>/dev/null && fail "print-basic let a placeholder through"
"$BANMIAN" export "$SEED" --pdf "$T/seed.pdf" 2>"$T/seed.err" || fail "seed export: $(cat "$T/seed.err")"
echo "check contract: ok"
