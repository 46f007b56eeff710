#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian import` and `banmian replace` (issue 14): .docx and .txt copy becomes new, unplaced
# articles with every part of the title block in its field; find/replace over the two-page issue
# prints its count, honours --article / --page / --regex / --case / --word, and a replace back
# gives the original document.
set -euo pipefail
BANMIAN=$1
DATA=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ISSUE=samples/two-page-issue.bmdoc.json

"$BANMIAN" import "$DATA/docx/title-block.docx" "$DATA/docx/subtitle-later.docx" \
  "$DATA/docx/dateline.docx" samples/speech.txt --into "$DATA/docs/minimal.json" -o "$T/in.json" \
  >"$T/import.out"
grep -q $'^title-block\tdocx\t图书捐赠活动举行\t3 paragraphs$' "$T/import.out"
grep -q $'^speech\tUTF-8\t\t' "$T/import.out"
python3 - "$T/in.json" "$DATA/docs/minimal.json" <<'PY'
import json, sys
d, before = (json.load(open(p)) for p in sys.argv[1:3])
a = {x["id"]: x for x in d["articles"]}
assert len(d["articles"]) == len(before["articles"]) + 4, list(a)
t = a["title-block"]
assert t["kicker"] == "市图书馆“童书漂流 书润乡梦”", t
assert t["headline"] == "图书捐赠活动举行"
assert t["subheadline"] == "三千册图书送到乡村学校"
assert t["byline"] == "宋永祥"
assert t["paragraphs"][0].startswith("精心培育挖掘，做好集聚文章。")
assert t["paragraphs"][1] == "一、平台经济蓬勃发展"
s = a["subtitle-later"]
assert s["subheadline"] == "传承优秀传统文化" and s["byline"] == "记者 刘清春", s
assert s["dateline"] == "本报讯（记者 刘清春 通讯员 李晓旭）"
assert s["paragraphs"][0] == "11月24日，研究会召开成立大会。"
assert a["dateline"]["dateline"] == "本报北京11月30日电（记者 赵六）"
sp = a["speech"]
assert sp["headline"] == "", "the salutation is not the 主题"
assert sp["paragraphs"][0].startswith("各位领导、各位嘉宾"), sp["paragraphs"][0]
assert 0 in sp.get("flushParagraphs", []), "the salutation is set flush"
placed = {f["article"] for p in d["pages"] for f in p["articleFrames"]}
assert not placed & {"title-block", "subtitle-later", "dateline", "speech"}, "new articles are unplaced"
PY
# Imported twice: the second copy gets its own id.
"$BANMIAN" import "$DATA/docx/dateline.docx" --into "$T/in.json" -o "$T/in2.json" | grep -q '^dateline-2'

# Find/replace over the issue, a page, an article; the count is printed.
all=$("$BANMIAN" replace "$ISSUE" --find 滨州 --replace 濱州 -o "$T/all.json")
page=$("$BANMIAN" replace "$ISSUE" --find 滨州 --replace 濱州 --page 1 -o "$T/page.json")
one=$("$BANMIAN" replace "$ISSUE" --find 滨州 --replace 濱州 --article speech -o "$T/one.json")
[ "$all" -gt "$page" ] && [ "$page" -ge "$one" ] && [ "$one" -gt 0 ] || { echo "counts $all $page $one"; exit 1; }
[ "$("$BANMIAN" replace "$T/all.json" --find 滨州 --replace x -o "$T/none.json")" = 0 ]
back=$("$BANMIAN" replace "$T/all.json" --find 濱州 --replace 滨州 -o "$T/back.json")
[ "$back" = "$all" ]
python3 - "$T/back.json" "$ISSUE" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
assert a["articles"] == b["articles"], "replacing back gives the issue's text again"
PY
# Regex with groups, case and whole word.
n=$("$BANMIAN" replace "$ISSUE" --find '(\d+)月(\d+)日' --replace '$1/$2' --regex -o "$T/dates.json")
[ "$n" -gt 0 ]
grep -qE '[0-9]+/[0-9]+' "$T/dates.json"
! grep -qE '[0-9]+月[0-9]+日' "$T/dates.json"
[ "$("$BANMIAN" replace "$T/in.json" --find 'CAT' --replace dog --case -o "$T/c.json")" = 0 ]
echo ok
