// SPDX-License-Identifier: MIT
// banmian import FILE… --into DOC -o OUT
// The editor's Import (导入稿件) on the command line, through the same engine importer
// (layout/import): each .docx or .txt becomes a new, unplaced article in the bin of DOC, with
// its 引题/主题/副题, byline, dateline and paragraphs. Prints one line per article (id, the
// encoding of a text file, headline, paragraph count). Any bad file stops the run: nothing is
// written.
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/base/utf.h"
#include "layout/import/import.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian import: %s\n", message.c_str());
    return 2;
}

}  // namespace

int runImport(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"into", "output"}, {});
    if (!args) return fail(args.error());
    if (args->positional.empty()) return fail("expected at least one FILE (.docx or .txt)");
    if (!args->has("into")) return fail("--into DOC is required");
    if (!args->has("output")) return fail("-o OUT is required");
    auto doc = model::loadDocument(*args->get("into"));
    if (!doc) return fail(doc.error());
    for (const std::string& path : args->positional) {
        auto imported = import::importFile(path);
        if (!imported) return fail(imported.error());
        model::Article article = import::toArticle(*imported, import::articleIdFor(path, *doc));
        const std::string id = article.id;
        if (auto added = model::applyEdit(*doc, model::AddArticle{std::move(article), -1}); !added)
            return fail(path + ": " + added.error());
        std::printf("%s\t%s\t%s\t%zu paragraphs\n", id.c_str(),
                    imported->encoding.empty() ? "docx" : imported->encoding.c_str(),
                    utf16ToUtf8(imported->headline).c_str(), imported->paragraphs.size());
    }
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    return 0;
}

}  // namespace bm::cli
