#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regenerates the seed corpora under tests/fuzz/corpus/ (the committed files are its output).

    python3 tests/fuzz/make_seeds.py          # from the repository root

Font seeds are subsets made with fontTools (Debian: python3-fonttools) from the Debian fonts the
project already installs (fonts-noto-cjk, fonts-arphic-ukai, fonts-dejavu-core); they are
skipped with a note when fontTools or a font is missing.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")
DATA = os.path.join(ROOT, "tests", "data")


def out(target, name, data):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


# fuzz_paragraph: 7-byte header (see fuzz_paragraph.cpp) + text.
def para_header(measure_em, preset=0, flags=0, indent_quarters=8, size_sel=0, tracking_sel=4, mode=0, spans=0, align=0,
                widths=0):
    m = round((measure_em * 1000 - 1000) * 65535 / 59000)
    m = max(0, min(65535, m))
    return bytes([m >> 8, m & 0xFF, preset, flags, indent_quarters, size_sel | (tracking_sel << 3),
                  mode | (spans << 2) | (align << 4) | (widths << 6)])


def em16(em):
    m = max(0, min(65535, round((em * 1000 - 1000) * 65535 / 59000)))
    return bytes([m >> 8, m & 0xFF])


def paragraphs():
    seed = json.load(open(os.path.join(DATA, "docs", "seed-page.json"), encoding="utf-8"))
    paras = []
    for a in seed["articles"]:
        paras.extend(a["paragraphs"][:2])
    short = [p for p in paras if len(p) <= 160][:6]
    cases = [
        ("seed-13em-kaiming", para_header(13), short[0]),
        ("seed-15.5em-newsgb-hang", para_header(15.5, preset=1, flags=0x01 | 0x04), short[1]),
        ("seed-8em-orphan-pushout", para_header(8, preset=2, flags=0x08 | 0x30), short[2]),
        ("seed-16em-realfont", para_header(16, preset=0, flags=0x80), short[3][:120]),
        ("seed-11em-realfont-none", para_header(11, preset=5, flags=0x80 | 0x01), short[4][:120]),
        ("mixed-latin-digits", para_header(9, preset=3, flags=0x40), "2024年GDP增长5.2%，WiFi覆盖率达99.9%（同比+3.1个百分点）。"),
        ("dashes-ellipses", para_header(6, preset=1, flags=0x05), "他说——“这不是结束……而是开始。”《人民日报》、《光明日报》——都报道了。"),
        ("narrow-1em", para_header(1, preset=4, indent_quarters=0), "窄栏测试，“引号”（括号）。"),
        ("wide-60em-center", para_header(60, preset=0, align=2), "居中对齐的一行。"),
        ("emoji-scripts-realfont", para_header(12, flags=0x80), "表情😀👍🏽👨‍👩‍👧与文字🇨🇳混排，العربية עברית हिन्दी ไทย 한국어。"),
        ("controls", para_header(10), "制表\t符\u0000空字符\u200b零宽\u00a0不换行\u3000全角空格 \r\n换行"),
        ("tracking-spans", para_header(13, spans=2) + bytes([2, 5, 0x00, 0x00, 10, 3, 0x01, 0x00]) , "紧排与松排的范围测试，第二段落文字。"),
        ("size-72pt", para_header(4, size_sel=7), "大字号标题"),
        ("wrap-widths", para_header(13, preset=1, widths=3) + em16(8) + em16(4.5) + em16(20),
         "图片绕排时每行的宽度不同：前两行窄，第三行更窄，之后恢复为宽栏，用来检验逐行宽度。"),
        ("size-1pt-tracking", para_header(30, size_sel=6, tracking_sel=31), "小字号加大字距的段落文字。"),
    ]
    for name, header, text in cases:
        out("fuzz_paragraph", name, header + text.encode("utf-8"))
    # UTF-16LE with lone surrogates; alphabet mode over every byte value.
    u16 = "孤立代理".encode("utf-16-le") + struct.pack("<H", 0xD800) + "字".encode("utf-16-le") + struct.pack("<H", 0xDC00)
    out("fuzz_paragraph", "utf16-lone-surrogates", para_header(5, mode=1) + u16)
    out("fuzz_paragraph", "alphabet-all", para_header(7, flags=0x05, mode=2) + bytes(range(256)))
    out("fuzz_paragraph", "invalid-utf8", para_header(5) + b"\xe4\xb8\xad\xff\xfe\xc0\x80\xed\xa0\x80\xe6\x96\x87")


def documents():
    shutil.copy(os.path.join(DATA, "docs", "minimal.json"), os.path.join(CORPUS, "fuzz_document", "minimal.json"))
    shutil.copy(os.path.join(DATA, "docs", "seed-page.json"), os.path.join(CORPUS, "fuzz_document", "seed-page.json"))
    for name in sorted(os.listdir(os.path.join(DATA, "bad-docs"))):
        shutil.copy(os.path.join(DATA, "bad-docs", name), os.path.join(CORPUS, "fuzz_document", name))
    # Every kind of frame on two pages, small enough to be laid out by the fuzzer.
    doc = {
        "format": "banmian-document", "version": 1, "title": "两版",
        "styles": {
            "body": {"font": "song", "size": 9, "preset": "news-gb", "indentEm": 2},
            "headline": {"font": "hei", "bold": True, "size": 24, "align": "center", "indentEm": 0},
            "kicker": {"font": "kai", "size": 12, "align": "center", "indentEm": 0},
            "caption": {"font": "kai", "size": 8, "align": "left", "indentEm": 0, "trackingEm": -0.05},
        },
        "articles": [
            {"id": "a1", "kicker": "引题", "headline": "主标题\n第二行", "subheadline": "副题",
             "byline": "本报记者 张三", "dateline": "本报讯（记者 李四）", "credit": "（摄影 王五）", "creditRunIn": True,
             "paragraphs": ["各位领导：", "第一段文字，“引号”与（括号）——破折号……省略号。", "2024年GDP增长5.2%。"],
             "flushParagraphs": [0], "tracking": [{"paragraph": 1, "begin": 0, "end": 4, "em": -0.05}]},
            {"id": "a2", "headline": "转版稿件", "paragraphs": ["接续的文字。" * 20]},
        ],
        "pages": [
            {"id": "p1", "number": 1, "width": "390mm", "height": "545mm",
             "typeArea": {"x": "20mm", "y": "30mm", "w": "350mm", "h": "490mm"},
             "grid": {"columns": 8, "gutter": 8.018, "bodySize": 9},
             "header": {"show": True, "paperName": "报名", "date": "2024年11月", "pageName": "要闻"},
             "articleFrames": [
                 {"id": "f1", "article": "a1", "rects": [{"column": 0, "span": 4, "line": 0, "lines": 20, "textColumns": 3},
                                                         {"column": 0, "span": 2, "line": 20, "lines": 10}]},
                 {"id": "f2", "article": "a2", "sequence": 0, "balance": False, "headlineSpan": 2,
                  "rects": [{"column": 4, "span": 4, "line": 0, "lines": 6, "textColumns": 2, "measureEm": 13}]}],
             "images": [{"id": "i1", "column": 4, "span": 2, "line": 10, "lines": 12, "path": "missing.jpg",
                         "caption": "图片说明", "credit": "新华社", "captionLines": 2, "standoff": 3, "wrap": True}],
             "rules": [{"id": "r1", "from": {"x": 60, "y": 400}, "to": {"x": 500, "y": 400}, "width": 0.5}],
             "labels": [{"id": "l1", "column": 6, "span": 2, "line": 10, "lines": 4, "text": "稳进新好", "inverse": True}]},
            {"id": "p2", "number": 2, "width": "390mm", "height": "545mm",
             "typeArea": {"x": "20mm", "y": "30mm", "w": "350mm", "h": "490mm"},
             "grid": {"columns": 6, "gutter": 10, "bodySize": 10.5, "lineGapEm": 0.75},
             "header": {"show": False},
             "articleFrames": [{"id": "f3", "article": "a2", "sequence": 1, "showHeadline": False,
                                "rects": [{"column": 0, "span": 3, "line": 0, "lines": 8}]}]},
        ],
    }
    out("fuzz_document", "two-pages-all-frames.json", json.dumps(doc, ensure_ascii=False, indent=1))


def fonts():
    sys_fonts = [
        ("noto-serif-sc-subset.otf", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2,
         "版面中文字测试，。、「」《》（）“”—…ABCabc123 ", ["--layout-features=*"]),
        ("noto-serif-sc-tiny.otf", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "版面",
         ["--layout-features=", "--no-hinting", "--desubroutinize"]),
        ("dejavu-sans-subset.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "ABCabc123 ,.",
         ["--layout-features=*"]),
        ("ukai-subset.ttf", "/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "楷体字。", []),
    ]
    try:
        from fontTools.ttLib import TTFont
        from fontTools.ttLib.ttCollection import TTCollection
    except ImportError:
        print("make_seeds: fontTools missing (apt-get install python3-fonttools): font seeds kept as they are")
        return
    d = os.path.join(CORPUS, "fuzz_font")
    os.makedirs(d, exist_ok=True)
    for name, path, index, text, extra in sys_fonts:
        if not os.path.exists(path):
            print("make_seeds: %s missing, %s kept as it is" % (path, name))
            continue
        subprocess.run([sys.executable, "-m", "fontTools.subset", path, "--font-number=%d" % index,
                        "--text=" + text, "--output-file=" + os.path.join(d, name)] + extra, check=True,
                       stderr=subprocess.DEVNULL)
    tiny, kai = os.path.join(d, "noto-serif-sc-tiny.otf"), os.path.join(d, "ukai-subset.ttf")
    if os.path.exists(tiny) and os.path.exists(kai):
        c = TTCollection()
        c.fonts = [TTFont(tiny), TTFont(kai)]
        c.save(os.path.join(d, "two-faces.ttc"))


def images():
    for name in sorted(os.listdir(os.path.join(DATA, "images"))):
        if name.endswith((".png", ".jpg")):
            shutil.copy(os.path.join(DATA, "images", name), os.path.join(CORPUS, "fuzz_image", name))
    shutil.copy(os.path.join(DATA, "pdf", "photo-cmyk.jpg"), os.path.join(CORPUS, "fuzz_image", "photo-cmyk-adobe.jpg"))


def docx():
    shutil.copy(os.path.join(DATA, "docx", "sample.docx"), os.path.join(CORPUS, "fuzz_docx", "sample.docx"))
    # Entities, a text box nesting a paragraph, mc:Fallback, styles by id and by name, stored entry.
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="x" xmlns:mc="y"><w:body>'
                '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>标题 &amp; &#x4E2D;&#25991;</w:t></w:r></w:p>'
                '<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr><w:r><w:t>副题</w:t></w:r></w:p>'
                '<w:p><w:r><w:t xml:space="preserve">  第一段</w:t><w:tab/><w:t>续</w:t><w:br/><w:t>第二行</w:t></w:r>'
                '<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>文本框</w:t></w:r></w:p></mc:Choice>'
                '<mc:Fallback><w:p><w:r><w:t>重复</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>'
                '<!-- comment --><w:p/></w:body></w:document>')
    styles = ('<w:styles xmlns:w="x"><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/></w:style>'
              '<w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>')
    path = os.path.join(CORPUS, "fuzz_docx", "entities-textbox.docx")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("word/document.xml", (2024, 1, 1, 0, 0, 0)), document, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr(zipfile.ZipInfo("word/styles.xml", (2024, 1, 1, 0, 0, 0)), styles, compress_type=zipfile.ZIP_STORED)
    out("fuzz_docx", "plain.txt", "标题\n\n第一段，\n硬换行的续行。\n\n第二段\nhard wrapped\nEnglish line\n\n\u3000\u3000第三段\n")
    out("fuzz_docx", "plain-bom-crlf.txt", b"\xef\xbb\xbf\xe6\xa0\x87\xe9\xa2\x98\r\n\r\nline one\r\nline two\r\n")


if __name__ == "__main__":
    for d in ("fuzz_document", "fuzz_paragraph", "fuzz_font", "fuzz_image", "fuzz_docx"):
        os.makedirs(os.path.join(CORPUS, d), exist_ok=True)
    paragraphs()
    documents()
    fonts()
    images()
    docx()
    print("make_seeds: wrote", CORPUS)
