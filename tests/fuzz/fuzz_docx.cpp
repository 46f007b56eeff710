// SPDX-License-Identifier: MIT
// fuzz_docx: bytes → bm::import::importDocx (the engine's .docx importer: libzip + libxml2's
// xmlTextReader + the title-block rules) and importText on the same bytes (BOM, UTF-8, ICU's
// charset detector for GB18030, the headline rule). An imported article must be clean (no empty
// paragraphs, no line breaks or edge spaces inside a paragraph, headings and bold runs inside
// the paragraphs) and must survive a save and reload as part of a document: whatever the
// importer lets in, the editor must be able to save and open again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "layout/import/import.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"

using namespace bm;

namespace {

bool edgeSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u3000' || c == u'\u00A0';
}

void checkArticle(const import::ImportedArticle& a, const char* what) {
    const std::string w(what);
    BM_FUZZ_CHECK(
        !a.headline.empty() || !a.paragraphs.empty() || !a.byline.empty() || !a.dateline.empty(),
        w + ": an article without text");
    for (const auto& p : a.paragraphs) {
        BM_FUZZ_CHECK(!p.empty(), w + ": empty paragraph");
        BM_FUZZ_CHECK(p.find(u'\n') == std::u16string::npos,
                      w + ": a paragraph holds a line break");
        BM_FUZZ_CHECK(!edgeSpace(p.front()) && !edgeSpace(p.back()),
                      w + ": a paragraph starts or ends with a space");
    }
    const int n = static_cast<int>(a.paragraphs.size());
    for (int h : a.headings) BM_FUZZ_CHECK(h >= 0 && h < n, w + ": a heading out of range");
    for (const auto& b : a.bold) {
        BM_FUZZ_CHECK(b.paragraph >= 0 && b.paragraph < n, w + ": a bold run out of range");
        BM_FUZZ_CHECK(
            b.begin < b.end &&
                b.end <= static_cast<int>(a.paragraphs[static_cast<size_t>(b.paragraph)].size()),
            w + ": a bold run outside its paragraph");
    }

    // Into a document, saved and loaded again: must give the same document.
    model::Document doc = model::newDocument();
    doc.articles.push_back(import::toArticle(a, "imported"));
    const std::string json = model::serializeDocument(doc);
    auto back = model::parseDocument(json, "imported.json");
    BM_FUZZ_CHECK(back.ok(), w + ": the imported article cannot be saved and loaded again: " +
                                 (back.ok() ? std::string() : back.error()));
    BM_FUZZ_CHECK(*back == doc, w + ": the imported article changed in a save and reload");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    auto docx = import::importDocx(bytes, "fuzz.docx");
    if (docx)
        checkArticle(*docx, "importDocx");
    else
        BM_FUZZ_CHECK(docx.error().rfind("fuzz.docx", 0) == 0,
                      "the error does not name the file: " + docx.error());

    auto text = import::importText(bytes, "fuzz.txt");
    if (text)
        checkArticle(*text, "importText");
    else
        BM_FUZZ_CHECK(text.error().rfind("fuzz.txt", 0) == 0,
                      "the error does not name the file: " + text.error());
    return 0;
}
