#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `banmian typeset`: plain output is exactly the paragraph's characters line by line; --json
# lines that are not a paragraph's last satisfy indent + width == measure; errors exit 2.
set -euo pipefail
BANMIAN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$BANMIAN" typeset samples/speech.txt --measure 16 > "$T/out.txt"
python3 - samples/speech.txt "$T/out.txt" <<'PY'
import sys
src = [p.replace("\n", "") for p in open(sys.argv[1], encoding="utf-8").read().strip().split("\n\n")]
out = [p.replace("\n", "") for p in open(sys.argv[2], encoding="utf-8").read().strip().split("\n\n")]
assert src == out, "the lines do not give back the paragraphs"
print(f"{len(src)} paragraphs round-trip")
PY
"$BANMIAN" typeset samples/speech.txt --measure 13 --size 10.5 --json > "$T/out.json"
python3 - "$T/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
measure = 13 * 10.5
n = 0
for p in d["paragraphs"]:
    for l in p["lines"][:-1]:
        assert abs(l["indent"] + l["width"] - measure) < 0.0015, l
        n += 1
    assert p["lines"][-1]["indent"] + p["lines"][-1]["width"] <= measure + 0.0015
print(f"{n} justified lines end exactly at the measure")
PY
printf '今天上午，市委书记来到企业调研，详细了解生产经营、技术创新和安全生产等情况。\n' | "$BANMIAN" typeset - --measure 13 > "$T/pk1.txt"
diff <(printf '今天上午，市委书记来到\n企业调研，详细了解生产经营、\n技术创新和安全生产等情况。\n') "$T/pk1.txt"
# Long words at 8 em stay inside the measure with the hyphenation patterns and without them
# (BANMIAN_HYPHEN_DICT names a missing file): then the emergency break is reported, saying why.
printf '美国学者表示，internationalization是最长的英文单词之一。\n' > "$T/long.txt"
for dict in "" /nonexistent/hyph_en_US.dic; do
  BANMIAN_HYPHEN_DICT=$dict "$BANMIAN" typeset "$T/long.txt" --measure 8 --indent 0 --json \
    > "$T/long.json" 2> "$T/long.err"
  python3 - "$T/long.json" <<'PY'
import json, sys
for p in json.load(open(sys.argv[1]))["paragraphs"]:
    for l in p["lines"]:
        assert l["indent"] + l["width"] <= 72 + 0.0015, l
PY
done
grep -q "paragraph 1: line .*emergency break in «.*no hyphenation patterns at /nonexistent" "$T/long.err"
set +e
"$BANMIAN" typeset samples/speech.txt --measure abc 2> "$T/err.txt"; rc=$?
set -e
[ "$rc" = 2 ] && grep -q -- "--measure expects a number" "$T/err.txt"
echo "typeset contract holds"
