// SPDX-License-Identifier: MIT
// fuzz_docx: bytes → bm::gui::importDocxBytes (the editor's Qt-free .docx importer: ZIP reader
// on zlib + WordprocessingML scanner) and importPlainText on the same bytes. An imported article
// must be clean (a headline, no empty paragraphs, no line breaks or edge spaces inside a
// paragraph) and must survive a save and reload as part of a document: whatever the importer
// lets in, the editor must be able to save and open again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "gui/docx_import.h"
#include "layout/model/serialize.h"
#include "layout/model/templates.h"

using namespace bm;

namespace {

bool edgeSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\u3000' || c == u'\u00A0';
}

void checkArticle(const gui::ImportedArticle& a, const char* what) {
    const std::string w(what);
    BM_FUZZ_CHECK(!a.headline.empty(), w + ": empty headline");
    for (const auto& p : a.paragraphs) {
        BM_FUZZ_CHECK(!p.empty(), w + ": empty paragraph");
        BM_FUZZ_CHECK(p.find(u'\n') == std::u16string::npos,
                      w + ": a paragraph holds a line break");
        BM_FUZZ_CHECK(!edgeSpace(p.front()) && !edgeSpace(p.back()),
                      w + ": a paragraph starts or ends with a space");
    }

    // Into a document, saved and loaded again: must give the same document.
    model::Document doc = model::newDocument();
    model::Article art;
    art.id = "imported";
    art.headline = a.headline;
    art.subheadline = a.subheadline;
    art.paragraphs = a.paragraphs;
    doc.articles.push_back(art);
    const std::string json = model::serializeDocument(doc);
    auto back = model::parseDocument(json, "imported.json");
    BM_FUZZ_CHECK(back.ok(), w + ": the imported article cannot be saved and loaded again: " +
                                 (back.ok() ? std::string() : back.error()));
    BM_FUZZ_CHECK(*back == doc, w + ": the imported article changed in a save and reload");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    auto docx = gui::importDocxBytes(bytes, "fuzz.docx");
    if (docx)
        checkArticle(*docx, "importDocxBytes");
    else
        BM_FUZZ_CHECK(docx.error().rfind("fuzz.docx", 0) == 0,
                      "the error does not name the file: " + docx.error());

    auto text = gui::importPlainText(std::string_view(reinterpret_cast<const char*>(data), size),
                                     "fuzz.txt");
    if (text)
        checkArticle(*text, "importPlainText");
    else
        BM_FUZZ_CHECK(text.error().rfind("fuzz.txt", 0) == 0,
                      "the error does not name the file: " + text.error());
    return 0;
}
