# SPDX-License-Identifier: MIT
# Writes sample.docx, the small Word fixture of tests/app/test_docx_import.cpp: Chinese-Word style
# ids (a3 = Title, a5 = Subtitle, 1 = heading 1), runs split mid-paragraph, an entity, a tab, a
# line break, a deleted run (w:delText) and a text box repeated in mc:Fallback. document.xml is
# deflated, the other parts are stored. Run: python3 make_sample_docx.py
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="Subtitle"/></w:style>
</w:styles>'''

def p(text_runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{text_runs}</w:p>'

def r(text, preserve=False):
    sp = ' xml:space="preserve"' if preserve else ''
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t{sp}>{text}</w:t></w:r>'

body = ''.join([
    p(r('滨州市国学文化') + r('发展研究会成立'), 'a3'),
    p(r('传承优秀传统文化'), 'a5'),
    p(r('　　本报讯（记者 刘清春）') + r('11月24日，研究会召开成立大会。')),
    p(r('会议选举产生了会长、理事会理事和监事会监事。') + '<w:r><w:br/></w:r>' +
      r('研究会将&amp;整合资源&lt;国学&gt;。')),
    p(r('第三段') + '<w:r><w:tab/></w:r>' + r('含制表符。') +
      '<w:r><w:delText>删除的文字</w:delText></w:r>'),
    p('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
      p(r('文本框文字。')) + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>' +
      '<w:txbxContent>' + p(r('文本框文字。')) + '</w:txbxContent></w:pict></mc:Fallback>' +
      '</mc:AlternateContent></w:r>'),
    p(''),
    p(r('各位领导、各位嘉宾：')),
])
document = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'''

with zipfile.ZipFile('sample.docx', 'w') as z:
    z.writestr('[Content_Types].xml', content_types, compress_type=zipfile.ZIP_STORED)
    z.writestr('_rels/.rels', rels, compress_type=zipfile.ZIP_STORED)
    z.writestr('word/document.xml', document, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr('word/styles.xml', styles, compress_type=zipfile.ZIP_DEFLATED)
