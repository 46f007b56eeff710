#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Writes the galley benchmark's corpus (issue 16): about 200,000 字 of Chinese prose in which no
# sentence repeats, so the shaping caches get no free hits, made deterministically from the
# vocabulary of the seed page's six articles (samples/seed-page.bmdoc.json).
#   scripts/make-galley-corpus.py OUT.txt [CHARS]
import json
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000

with open(os.path.join(here, "..", "samples", "seed-page.bmdoc.json"), encoding="utf-8") as f:
    doc = json.load(f)

PUNCT = set("，。、；：？！“”‘’（）《》—…·「」")
words = []
for article in doc["articles"]:
    for para in article.get("paragraphs", []):
        text = para if isinstance(para, str) else para.get("text", "")
        run = ""
        for ch in text + "。":
            if ch in PUNCT or ch.isspace():
                # cut the phrase into words of 2 to 4 characters
                i = 0
                while i < len(run):
                    n = 2 + (i // 2) % 3
                    if len(run[i:i + n]) >= 2:
                        words.append(run[i:i + n])
                    i += n
                run = ""
            else:
                run += ch
words = sorted(set(words))

rng = random.Random(20261203)
seen = set()
chars = 0
paragraphs = []
while chars < target:
    sentences = []
    for _ in range(rng.randint(3, 8)):
        while True:
            clauses = []
            for _ in range(rng.randint(1, 4)):
                clauses.append("".join(rng.choice(words) for _ in range(rng.randint(2, 6))))
            s = "，".join(clauses) + rng.choice("。。。；！？")
            if s not in seen:
                seen.add(s)
                break
        sentences.append(s)
    p = "".join(sentences)
    paragraphs.append(p)
    chars += len(p)

with open(out, "w", encoding="utf-8") as f:
    # A blank line ends a paragraph for `banmian typeset` (README); joined by single newlines the
    # whole corpus would be one 200,000-character paragraph.
    f.write("\n\n".join(paragraphs) + "\n")
print(f"{out}: {chars} characters in {len(paragraphs)} paragraphs, {len(seen)} unique sentences")
