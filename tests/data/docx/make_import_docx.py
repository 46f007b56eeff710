# SPDX-License-Identifier: MIT
# Writes the .docx fixtures of the importer tests (tests/unit/import, tests/cli/import_contract.sh)
# with zipfile (python-docx is not in the stack): OOXML parts written by hand, as Word writes
# them, so each file shows one thing the importer must keep.
#   title-block.docx     引题 above the Title, Subtitle, author line, a paragraph with a bold
#                        lead-in, a Heading 2 小标题, a bold run in mid-paragraph
#   subtitle-later.docx  Title, author line, then the Subtitle; a 本报讯 dateline; w:b w:val="0"
#   dateline.docx        本报北京…电 dateline; bold through a character style (Strong); the w:
#                        namespace bound to another prefix; the main part found via _rels/.rels
# Run: python3 make_import_docx.py (in this folder)
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def content_types(main):
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/{main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''


def rels(main):
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>
</Relationships>'''


def styles(w="w"):
    return f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<{w}:styles xmlns:{w}="{W_NS}">
<{w}:style {w}:type="paragraph" {w}:default="1" {w}:styleId="a"><{w}:name {w}:val="Normal"/></{w}:style>
<{w}:style {w}:type="paragraph" {w}:styleId="2"><{w}:name {w}:val="heading 2"/><{w}:rPr><{w}:b/></{w}:rPr></{w}:style>
<{w}:style {w}:type="paragraph" {w}:styleId="a3"><{w}:name {w}:val="Title"/></{w}:style>
<{w}:style {w}:type="paragraph" {w}:styleId="a5"><{w}:name {w}:val="Subtitle"/></{w}:style>
<{w}:style {w}:type="character" {w}:styleId="a7"><{w}:name {w}:val="Strong"/><{w}:rPr><{w}:b/></{w}:rPr></{w}:style>
</{w}:styles>'''


def p(runs, style=None, w="w"):
    ppr = f'<{w}:pPr><{w}:pStyle {w}:val="{style}"/></{w}:pPr>' if style else ''
    return f'<{w}:p>{ppr}{runs}</{w}:p>'


def r(text, bold=None, char_style=None, w="w"):
    props = ''
    if char_style:
        props += f'<{w}:rStyle {w}:val="{char_style}"/>'
    if bold is True:
        props += f'<{w}:b/><{w}:bCs/>'
    elif bold is False:
        props += f'<{w}:b {w}:val="0"/>'
    rpr = f'<{w}:rPr><{w}:rFonts {w}:hint="eastAsia"/>{props}</{w}:rPr>'
    return f'<{w}:r>{rpr}<{w}:t xml:space="preserve">{text}</{w}:t></{w}:r>'


def write(name, body, w="w", main="word/document.xml"):
    document = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<{w}:document xmlns:{w}="{W_NS}"><{w}:body>{body}<{w}:sectPr/></{w}:body></{w}:document>'''
    with zipfile.ZipFile(name, 'w') as z:
        for part, data in (('[Content_Types].xml', content_types(main)), ('_rels/.rels', rels(main)),
                           (main, document), ('word/styles.xml', styles(w))):
            zi = zipfile.ZipInfo(part, date_time=(2026, 1, 1, 0, 0, 0))  # reproducible bytes
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


write('title-block.docx', ''.join([
    p(r('市图书馆“童书漂流 书润乡梦”')),
    p(r('图书捐赠活动') + r('举行'), 'a3'),
    p(r('三千册图书送到乡村学校'), 'a5'),
    p(r('作者：宋永祥')),
    p(r('精心培育挖掘，做好集聚文章。', bold=True) + r('我市持续优化营商环境，平台企业加快集聚。')),
    p(r('一、平台经济蓬勃发展'), '2'),
    p(r('全市平台企业达到') + r('一百二十家', bold=True) + r('，带动就业三万人。')),
]))

write('subtitle-later.docx', ''.join([
    p(r('滨州市国学文化发展研究会成立'), 'a3'),
    p(r('记者 刘清春')),
    p(r('传承优秀传统文化'), 'a5'),
    p(r('　　本报讯（记者 刘清春 通讯员 李晓旭）') + r('11月24日，研究会召开成立大会。', bold=False)),
    p(r('会议选举产生了会长、理事会理事和监事会监事。')),
]))

write('dateline.docx', ''.join([
    p(r('黄河三角洲迎来候鸟迁徙高峰', w='ns0'), 'a3', w='ns0'),
    p(r('本报北京11月30日电（记者 赵六）', w='ns0') + r('今冬首批白鹤抵达。', char_style='a7', w='ns0') +
      r('保护区监测到的鸟类已超过六十万只。', w='ns0'), w='ns0'),
]), w='ns0', main='word/main.xml')
