// SPDX-License-Identifier: MIT
// .docx → article: the package (docx_package), its XML (docx_xml), then the title block.
#include "layout/codecs/codec_impl.h"
#include "layout/codecs/docx_package.h"
#include "layout/codecs/docx_xml.h"
#include "layout/import/import.h"
#include "layout/import/import_detail.h"

namespace bm::import {

using namespace detail;

namespace {

int find(const std::vector<Para>& paras, Kind kind) {
    for (size_t i = 0; i < paras.size(); ++i)
        if (paras[i].kind == kind) return static_cast<int>(i);
    return -1;
}

/// The 主题: the first Title; else a Heading at the very top (or under one short line, the
/// 引题); else a short first line, as in plain text; -1 when there is none.
int headlineIndex(const std::vector<Para>& paras) {
    if (const int title = find(paras, Kind::Title); title >= 0) return title;
    if (paras[0].kind == Kind::Heading) return 0;
    if (paras.size() > 1 && paras[1].kind == Kind::Heading && isShortLine(paras[0].text)) return 1;
    if (paras.size() > 1 && isShortLine(paras[0].text) && !isAuthorLine(paras[0].text) &&
        datelineLength(paras[0].text) == 0)
        return 0;
    return -1;
}

/// A paragraph that may stand in the title block between the 主题 and a 副题.
bool titleBlockLine(const Para& p) {
    return p.kind == Kind::Subtitle || isAuthorLine(p.text) ||
           (p.kind == Kind::Body && isShortLine(p.text) && datelineLength(p.text) == 0);
}

void addLine(std::u16string& field, const Para& p) {
    if (!field.empty()) field += u'\n';
    field += joinedLines(p, u"\n");
}

ImportedArticle assemble(const std::vector<Para>& paras) {
    ImportedArticle out;
    const int head = headlineIndex(paras);
    std::vector<Para> body;
    size_t next = 0;
    if (head >= 0) {
        const bool kicker = head >= 1 && paras[head - 1].kind != Kind::Heading &&
                            isShortLine(paras[head - 1].text) &&
                            !isAuthorLine(paras[head - 1].text) &&
                            datelineLength(paras[head - 1].text) == 0;
        const int before = kicker ? head - 1 : head;
        body.assign(paras.begin(), paras.begin() + before);  // odd copy above the title block
        if (kicker) out.kicker = joinedLines(paras[head - 1], u" ");
        out.headline = joinedLines(paras[head], u"\n");
        // The title block runs to its last Subtitle (a 副题 need not follow the 主题 directly).
        size_t end = static_cast<size_t>(head) + 1;
        for (size_t i = end; i < paras.size() && titleBlockLine(paras[i]); ++i)
            if (paras[i].kind == Kind::Subtitle) end = i + 1;
        for (size_t i = static_cast<size_t>(head) + 1; i < end; ++i) {
            if (paras[i].kind != Kind::Subtitle && isAuthorLine(paras[i].text) &&
                out.byline.empty())
                out.byline = bylineOf(joinedLines(paras[i], u" "));
            else
                addLine(out.subheadline, paras[i]);
        }
        next = end;
    }
    body.insert(body.end(), paras.begin() + static_cast<long>(next), paras.end());
    addBody(out, body);
    return out;
}

}  // namespace

}  // namespace bm::import

namespace bm::codecs {

using namespace import;
using namespace import::detail;

Result<ImportedArticle> importDocx(std::string_view bytes, const std::string& label) {
    auto package = Package::open(bytes, label);
    if (!package) return Error{package.error()};
    std::string mainPart = "word/document.xml";
    auto rels = package->read("_rels/.rels");
    if (!rels) return Error{rels.error()};
    if (*rels) {
        auto target = mainDocumentPart(**rels);
        if (!target) return Error{label + ": " + target.error()};
        mainPart = *target;
    }
    auto document = package->read(mainPart);
    if (!document) return Error{document.error()};
    if (!*document) return Error{label + ": not a Word document (no " + mainPart + ")"};
    Styles styles;
    auto stylesXml = package->read("word/styles.xml");
    if (!stylesXml) return Error{stylesXml.error()};
    if (*stylesXml) {
        auto read = readStyles(**stylesXml);
        if (!read) return Error{label + ": " + read.error()};
        styles = std::move(*read);
    }
    auto raw = readParagraphs(**document, styles);
    if (!raw) return Error{label + ": " + raw.error()};
    std::vector<Para> paras;
    for (const Para& p : *raw) {
        Para t = trimmed(p);
        if (!joinedLines(t, u"").empty()) paras.push_back(std::move(t));
    }
    if (paras.empty()) return Error{label + ": the document has no text"};
    return assemble(paras);
}

}  // namespace bm::codecs
