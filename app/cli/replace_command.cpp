// SPDX-License-Identifier: MIT
// banmian replace DOC --find RE --replace TEXT [--article ID | --page N] [--regex] [--case]
//                 [--word] -o OUT
// Find/replace (查找/替换) for batch corrections, through the engine's find/replace
// (layout/search) and its one ReplaceAll edit, as the editor does. Prints the number of
// replacements; 0 matches still writes OUT (unchanged), so a script can run it unconditionally.
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/base/utf.h"
#include "layout/model/serialize.h"
#include "layout/search/find_replace.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian replace: %s\n", message.c_str());
    return 2;
}

}  // namespace

int runReplace(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"find", "replace", "article", "page", "output"},
                          {"regex", "case", "word"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("find")) return fail("--find TEXT is required");
    if (!args->has("replace")) return fail("--replace TEXT is required (it may be empty)");
    if (!args->has("output")) return fail("-o OUT is required");
    if (args->has("article") && args->has("page"))
        return fail("give --article ID or --page N, not both");
    auto find = utf8ToUtf16(*args->get("find"));
    auto replace = utf8ToUtf16(*args->get("replace"));
    if (!find || !replace) return fail("--find and --replace must be UTF-8");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());

    search::Scope scope;
    if (auto id = args->get("article")) {
        scope.kind = search::Scope::Kind::Article;
        scope.articleId = *id;
    } else if (auto page = args->get("page")) {
        auto n = parseInteger("page", *page, 1, 100000);
        if (!n) return fail(n.error());
        scope.kind = search::Scope::Kind::Page;
        scope.pageIndex = static_cast<int>(*n) - 1;
    }
    const search::Query query{*find, *replace, args->has("regex"), args->has("case"),
                              args->has("word")};
    auto plan = search::planReplaceAll(*doc, query, scope);
    if (!plan) return fail(plan.error());
    if (plan->count > 0)
        if (auto applied = model::applyEdit(*doc, plan->edit); !applied)
            return fail(applied.error());
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    std::printf("%d\n", plan->count);
    return 0;
}

}  // namespace bm::cli
