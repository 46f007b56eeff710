#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes the sample documents in samples/ from the seed articles (samples/src/seed-page.json).

    python3 scripts/make-samples.py            # writes samples/*.bmdoc.json

The page geometry is the 对开 8 栏 template of layout/model/templates.cpp: 8 base columns of 13 字
(9 pt), gutter 8.018 pt, 103 grid lines at a pitch of 13.5 pt. Frames are given in grid units;
rules are computed here in page coordinates from the same grid, so they sit in the gutters and in
the empty grid line between two stories.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "samples", "src", "seed-page.json")
OUT = os.path.join(ROOT, "samples")

# 对开 8 栏 (duikai8Template): 390 × 545 mm trim, 350 × 490 mm type area, 天头 30 mm.
MM = 72 / 25.4
PAGE_W = round(390 * MM, 3)
PAGE_H = round(545 * MM, 3)
TA_X = round(20 * MM, 3)
TA_Y = round(30 * MM, 3)
TA_W = round(350 * MM, 3)
TA_H = round(490 * MM, 3)
BODY = 9.0
PITCH = BODY * 1.5
GUTTER = round((350 * MM - 8 * 13 * BODY) / 7, 3)
COL_W = (TA_W - 7 * GUTTER) / 8
LINES = int((TA_H - BODY) / PITCH) + 1  # 103


def col_x(c):
    """Left edge of base column c (page coordinates)."""
    return TA_X + c * (COL_W + GUTTER)


def gutter_x(c):
    """Middle of the gutter left of base column c."""
    return round(col_x(c) - GUTTER / 2, 3)


def line_top(n):
    return TA_Y + n * PITCH


def line_mid(n):
    """Middle of the white of grid line n (n may be x.5: the middle of two empty grid lines)."""
    return round(line_top(n) + BODY / 2, 3)


def r3(v):
    return round(v, 3)


# ---------------------------------------------------------------------------------------------
# Styles: the defaults of newDocument() (templates.cpp) plus a display style for page labels.

def style(font, size, align="justify", indent=0, bold=False, line_gap=0.5, tracking=0):
    return {"font": font, "family": "", "bold": bold, "size": size, "align": align,
            "preset": "paper-kaiming", "trackingEm": tracking, "indentEm": indent,
            "lineGapEm": line_gap}


STYLES = {
    "body": style("song", 9, "justify", 2),
    "kicker": style("kai", 14, "center"),
    "headline": style("hei", 30, "center", bold=True, line_gap=0.2),
    "subheadline": style("kai", 14, "center"),
    "byline": style("kai", 10.5, "center"),
    "dateline": style("hei", 9, "justify", 2),
    "caption": style("kai", 9, "justify"),
    "credit": style("song", 7.875, "right"),
    "header": style("song", 9, "left"),
    "jump": style("song", 9, "right"),
    # 栏头: the page label 稳进新好, set vertically (one character a line) in a black box.
    "label": style("hei", 40, "center", bold=True, line_gap=0.3),
}


# ---------------------------------------------------------------------------------------------
# Articles from the seed file.

def load_articles():
    with open(SRC, encoding="utf-8") as f:
        seed = json.load(f)
    out = {}
    for a in seed["articles"]:
        paragraphs = a["paragraphs"]
        flush = [i for i, p in enumerate(paragraphs) if p.endswith("：") and "。" not in p]
        credit = a.get("credit") or ""
        out[a["id"]] = {
            "id": a["id"],
            "kicker": a.get("kicker") or "",
            "headline": a.get("headline") or "",
            "subheadline": a.get("subheadline") or "",
            "byline": a.get("byline") or "",
            "dateline": a.get("dateline") or "",
            "paragraphs": paragraphs,
            "credit": credit,
            # seed-page-README.md: job-fair's credit runs in; tree-warming's stands on its own line.
            "creditRunIn": a["id"] == "job-fair" and bool(credit),
            "flushParagraphs": flush,
            "tracking": [],
        }
        leads = lead_ins(paragraphs) if a["id"] == "platform-economy" else []
        if leads:
            out[a["id"]]["characterStyles"] = leads
    return out


# seed-page-README.md: the platform-economy article opens three paragraphs with a 黑体 lead-in
# sentence (精细统筹谋划，做足特色文章。 …) run into the text after it: character ranges (v2).
LEAD_INS = ["精细统筹谋划，做足特色文章。", "精心培育挖掘，做好集聚文章。", "精准聚焦发力，做优创新文章。"]


def lead_ins(paragraphs):
    out = []
    for i, p in enumerate(paragraphs):
        for lead in LEAD_INS:
            if p.startswith(lead):
                out.append({"paragraph": i, "begin": 0, "end": len(lead), "font": "hei"})
    return out


def article(arts, aid, new_id=None, **changes):
    a = json.loads(json.dumps(arts[aid]))
    if new_id:
        a["id"] = new_id
    a.update(changes)
    return a


# ---------------------------------------------------------------------------------------------
# Page pieces.

def page(pid, number, page_name, date="2024年11月22日　星期五"):
    return {
        "id": pid, "number": number,
        "width": PAGE_W, "height": PAGE_H,
        "typeArea": {"x": TA_X, "y": TA_Y, "w": TA_W, "h": TA_H},
        "grid": {"columns": 8, "gutter": GUTTER, "bodySize": BODY, "lineGapEm": 0.5},
        "header": {"show": True, "paperName": "滨州日报", "date": date, "pageName": page_name},
        "articleFrames": [], "images": [], "rules": [], "labels": [],
    }


def rect(column, span, line, lines, text_columns=1, measure=None):
    r = {"column": column, "span": span, "line": line, "lines": lines, "textColumns": text_columns}
    if measure is not None:
        r["measureEm"] = measure
    return r


def frame(fid, aid, rects, sequence=0, show_headline=True, headline_span=0, balance=True):
    return {"id": fid, "article": aid, "sequence": sequence, "rects": rects,
            "showHeadline": show_headline, "headlineSpan": headline_span, "balance": balance}


def image(iid, column, span, line, lines, caption="", credit="", caption_lines=2, standoff=3,
          wrap=True, path=""):
    return {"id": iid, "column": column, "span": span, "line": line, "lines": lines, "path": path,
            "caption": caption, "credit": credit, "captionLines": caption_lines,
            "standoff": standoff, "wrap": wrap}


def label(lid, column, span, line, lines, text, style_name="label", inverse=True):
    return {"id": lid, "column": column, "span": span, "line": line, "lines": lines,
            "text": text, "style": style_name, "inverse": inverse}


def hrule(rid, line, col_from, col_to, width=0.5):
    """A horizontal rule in the empty grid line `line` (x.5: between two empty grid lines), from
    base column col_from to col_to (inclusive)."""
    y = line_mid(line)
    return {"id": rid, "from": {"x": r3(col_x(col_from)), "y": y},
            "to": {"x": r3(col_x(col_to) + COL_W), "y": y}, "width": width}


def vrule(rid, column, line_from, line_to, width=0.5):
    """A vertical rule in the gutter left of base column `column`, over grid lines line_from..line_to."""
    x = gutter_x(column)
    return {"id": rid, "from": {"x": x, "y": r3(line_top(line_from))},
            "to": {"x": x, "y": r3(line_top(line_to) + BODY)}, "width": width}


def document(title, articles, pages, comment):
    return {"_comment": comment, "format": "banmian-document", "version": 2, "title": title,
            "styles": STYLES, "articles": articles, "pages": pages}


def write(name, doc):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))


# ---------------------------------------------------------------------------------------------
# 1. The seed page.

def seed_page(arts):
    """One 对开 8 栏 page with all six seed articles, each at its printed measure.

    The 8 base columns are 13 字 wide, so only job-fair (13 字) sits on them directly; the other
    measures are set with measureEm in wider rects: 16 字 × 5 in 6 base columns (speech), 15, 15.25
    and 15.5 字 × 5 in 6 base columns (library, guoxue, platform), 15 字 × 4 in 5 base columns
    (tree-warming: its 12 lines fill four columns evenly). Top: the speech, and beside it a strip
    with the page label, the job-fair photo and the job-fair item; under the speech the library
    item. Bottom: three full-width bands, platform economy and guoxue with their decks at the
    left, tree-warming with its photo at the right.
    """
    p = page("p3", 3, "要闻")
    A = [
        article(arts, "speech"),
        # Narrow decks: break where the phrase breaks, not where the measure ends.
        article(arts, "job-fair", headline="省会经济圈\n求职招聘直通车\n“开”进滨州"),
        article(arts, "library-books"),
        article(arts, "tree-warming"),
        article(arts, "guoxue-society", headline="滨州市国学文化\n发展研究会成立"),
        article(arts, "platform-economy", headline="滨州省级平台经济\n产业集聚区\n数量居全省第一",
                subheadline="市发展改革委加快优势产业集聚，\n推动平台经济高质量发展"),
    ]
    f = p["articleFrames"]
    img = p["images"]
    r = p["rules"]
    # Top left: the speech, 5 columns of 16 字 over base columns 0–5 (lines 0–51).
    f.append(frame("f-speech", "speech", [rect(0, 6, 0, 52, 5, 16)]))
    r.append(hrule("rule-speech-library", 52.5, 0, 5))
    # Under it: the library item, 5 columns of 15 字 (lines 54–63).
    f.append(frame("f-library", "library-books", [rect(0, 6, 54, 10, 5, 15)]))
    # Right strip (base columns 6–7): label, job-fair photo, job-fair item (2 × 13 字).
    p["labels"].append(label("label-wjxh", 6, 2, 0, 16, "稳\n进\n新\n好"))
    # The printed page's photos are not available: samples/photos holds grey stand-ins made to
    # the frames' proportions at 240 ppi, so the seed page prints without placeholder boxes.
    img.append(image("img-job-fair", 6, 2, 17, 27, caption="招聘活动现场。", caption_lines=1,
                     path="photos/job-fair.jpg"))
    f.append(frame("f-job-fair", "job-fair", [rect(6, 2, 45, 19, 2, 13)]))
    r.append(vrule("rule-strip", 6, 0, 63))
    r.append(hrule("rule-top-bottom", 64.5, 0, 7))
    # Bottom band 1: platform economy, deck in base columns 0–1, text 5 × 15.5 字 (lines 66–79).
    f.append(frame("f-platform", "platform-economy",
                   [rect(0, 2, 66, 11, 1, 15.5), rect(2, 6, 66, 14, 5, 15.5)]))
    r.append(hrule("rule-platform-tree", 80.5, 0, 7))
    # Bottom band 2: tree-warming, 4 × 15 字 in base columns 0–4 (lines 84–92; 12 lines fill
    # four columns evenly), its photo in base columns 5–7 (lines 82–94).
    f.append(frame("f-tree", "tree-warming", [rect(0, 5, 84, 9, 4, 15)]))
    img.append(image("img-tree", 5, 3, 82, 13, caption="园林绿化管理人员为树木缠裹保暖。",
                     caption_lines=1, path="photos/tree-warming.jpg"))
    r.append(hrule("rule-tree-guoxue", 95.5, 0, 7))
    # Bottom band 3: guoxue society, deck in base columns 0–1, text 5 × 15.25 字 (lines 97–102).
    f.append(frame("f-guoxue", "guoxue-society",
                   [rect(0, 2, 97, 6, 1, 15.25), rect(2, 6, 97, 6, 5, 15.25)]))
    return document("滨州日报 第3版 要闻（样张）", A, [p],
                    "The seed page (samples/src/seed-page.json) set as one 对开 8 栏 page; "
                    "generated by scripts/make-samples.py")


def two_page_issue(arts):
    """Pages 3 and 4 of an issue: the speech starts on page 3 and continues on page 4.

    Page 3 (要闻): the speech's deck and first 32 lines of 5 columns (下转第4版), the library item
    under it, the strip with the page label, the job-fair photo and item, and a half-page
    advertisement. Page 4 (综合): the rest of the speech (上接第3版) next to a small
    advertisement, then platform economy, tree-warming and guoxue in full-width bands, and a
    half-page advertisement. Every seed article appears once; advertisements (empty image
    frames without wrap) fill what an inside page of a local daily would give to them.
    """
    A = [
        article(arts, "speech"),
        article(arts, "job-fair", headline="省会经济圈\n求职招聘直通车\n“开”进滨州"),
        article(arts, "library-books"),
        article(arts, "tree-warming"),
        article(arts, "guoxue-society", headline="滨州市国学文化\n发展研究会成立"),
        article(arts, "platform-economy", headline="滨州省级平台经济\n产业集聚区\n数量居全省第一",
                subheadline="市发展改革委加快优势产业集聚，\n推动平台经济高质量发展"),
    ]
    p3 = page("p3", 3, "要闻")
    f, img, r = p3["articleFrames"], p3["images"], p3["rules"]
    # The speech starts here: deck + 32 lines in 5 × 16 字; the last line of its last column
    # becomes 下转第4版.
    f.append(frame("f-speech-1", "speech", [rect(0, 6, 0, 42, 5, 16)], sequence=0))
    r.append(hrule("rule3-speech-library", 42.5, 0, 5))
    f.append(frame("f-library", "library-books", [rect(0, 6, 44, 10, 5, 15)]))
    p3["labels"].append(label("label-wjxh", 6, 2, 0, 16, "稳\n进\n新\n好"))
    img.append(image("img-job-fair", 6, 2, 17, 17, caption="招聘活动现场。", caption_lines=1))
    f.append(frame("f-job-fair", "job-fair", [rect(6, 2, 35, 19, 2, 13)]))
    r.append(vrule("rule3-strip", 6, 0, 53))
    r.append(hrule("rule3-ad", 54.5, 0, 7))
    img.append(image("ad-p3", 0, 8, 56, 47, caption="广告", caption_lines=1, wrap=False))

    p4 = page("p4", 4, "综合")
    f, img, r = p4["articleFrames"], p4["images"], p4["rules"]
    # The rest of the speech: 上接第3版 opens its first column; no deck on a continuation.
    f.append(frame("f-speech-2", "speech", [rect(0, 6, 0, 10, 5, 16)], sequence=1,
                   show_headline=False))
    img.append(image("ad-p4-small", 6, 2, 0, 10, caption="广告", caption_lines=1, wrap=False))
    r.append(hrule("rule4-speech-platform", 10.5, 0, 7))
    f.append(frame("f-platform", "platform-economy",
                   [rect(0, 2, 12, 11, 1, 15.5), rect(2, 6, 12, 14, 5, 15.5)]))
    r.append(hrule("rule4-platform-tree", 26.5, 0, 7))
    f.append(frame("f-tree", "tree-warming", [rect(0, 5, 30, 9, 4, 15)]))
    img.append(image("img-tree", 5, 3, 28, 13, caption="园林绿化管理人员为树木缠裹保暖。",
                     caption_lines=1))
    r.append(hrule("rule4-tree-guoxue", 41.5, 0, 7))
    f.append(frame("f-guoxue", "guoxue-society",
                   [rect(0, 2, 43, 6, 1, 15.25), rect(2, 6, 43, 6, 5, 15.25)]))
    r.append(hrule("rule4-ad", 49.5, 0, 7))
    img.append(image("ad-p4", 0, 8, 51, 52, caption="广告", caption_lines=1, wrap=False))
    return document("滨州日报 第3—4版（样张：跨版转文）", A, [p3, p4],
                    "Two pages with the speech continued from page 3 to page 4 (下转/上接); "
                    "generated by scripts/make-samples.py")


def l_shape_wrap(arts):
    """A page set on the grid's own 13-字 columns (no measureEm), so frame, photo and column
    edges line up: the speech as an L-shaped frame (a 6-column rect under its deck, then an
    8-column rect across the page), with a photo wrapped in the middle of its first rect; the
    notch of the L holds the page label and the job-fair item; under the L, the other stories.
    """
    A = [
        article(arts, "speech"),
        article(arts, "job-fair", headline="省会经济圈\n求职招聘直通车\n“开”进滨州"),
        article(arts, "library-books"),
        article(arts, "tree-warming"),
        article(arts, "guoxue-society"),
        article(arts, "platform-economy", headline="滨州省级平台经济产业集聚区\n数量居全省第一"),
    ]
    p = page("p5", 5, "经济")
    f, img, r = p["articleFrames"], p["images"], p["rules"]
    # The L: rect 0 = base columns 0–5, lines 0–50 (deck on top), rect 1 = all 8 columns,
    # lines 51–60, under the notch.
    f.append(frame("f-speech", "speech", [rect(0, 6, 0, 51, 6), rect(0, 8, 51, 10, 8)]))
    # The wrapped photo: base columns 2–4 of rect 0, lines 14–36; the text of those three
    # columns runs above and below it, columns 0–1 and 5 run past it.
    img.append(image("img-forum", 2, 3, 14, 23, caption="高峰论坛现场。", caption_lines=1))
    # The notch (base columns 6–7, lines 0–48): label, job-fair photo and job-fair item.
    p["labels"].append(label("label-wjxh", 6, 2, 0, 8, "稳进新好", style_name="headline"))
    img.append(image("img-job-fair", 6, 2, 9, 20, caption="招聘活动现场。", caption_lines=1))
    f.append(frame("f-job-fair", "job-fair", [rect(6, 2, 30, 19, 2)]))
    r.append(vrule("rule-notch", 6, 0, 48))
    r.append(hrule("rule-notch-bottom", 49.5, 6, 7))
    r.append(hrule("rule-l-bottom", 61, 0, 7))
    # Under the L: platform economy and guoxue (base columns 0–3), tree-warming with its photo
    # and library (base columns 4–7).
    f.append(frame("f-platform", "platform-economy", [rect(0, 4, 62, 28, 4)]))
    f.append(frame("f-guoxue", "guoxue-society", [rect(0, 4, 92, 11, 4)]))
    r.append(vrule("rule-bottom-mid", 4, 62, 102))
    img.append(image("img-tree", 4, 4, 62, 17, caption="园林绿化管理人员为树木缠裹保暖。",
                     caption_lines=1))
    f.append(frame("f-tree", "tree-warming", [rect(4, 4, 80, 10, 4)]))
    f.append(frame("f-library", "library-books", [rect(4, 4, 92, 11, 4)]))
    r.append(hrule("rule-platform-guoxue", 90.5, 0, 3))
    r.append(hrule("rule-tree-library", 90.5, 4, 7))
    return document("滨州日报 第5版（样张：L形稿与绕图）", A, [p],
                    "An L-shaped article and a photo wrapped by its text, on the 13-字 grid; "
                    "generated by scripts/make-samples.py")


def main():
    arts = load_articles()
    write("seed-page.bmdoc.json", seed_page(arts))
    write("two-page-issue.bmdoc.json", two_page_issue(arts))
    write("l-shape-wrap.bmdoc.json", l_shape_wrap(arts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
