#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Lists every English UI string of app/gui (tr("…") and translate(ctx, "…")) that has no
# 简体中文 in the translator's tables (app/gui/zh_*.cpp): file<TAB>string.
#   tests/support/tr_scan.py SOURCE_DIR
import re,glob,sys
src=sys.argv[1]
tables=''.join(open(f).read() for f in sorted(glob.glob(src+'/app/gui/zh_*.cpp')))
def lits(text):
    out=set()
    for m in re.finditer(r'\b(?:tr|translate\("[^"]*",)\s*\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)[,)]', text):
        s=''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
        out.add(s)
    return out
known=set()
for m in re.finditer(r'\{\s*((?:"(?:[^"\\]|\\.)*"\s*)+),\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\}', tables):
    known.add(''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))))
missing=set()
for f in sorted(glob.glob(src+'/app/gui/*.cpp')):
    if 'zh_' in f: continue
    for s in lits(open(f).read()):
        if s not in known: missing.add((f.split('/')[-1],s))
for f,s in sorted(missing): print(f+'\t'+s)
