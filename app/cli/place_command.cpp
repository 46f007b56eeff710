// SPDX-License-Identifier: MIT
// banmian place DOC --article ID --page N --at COLUMN,LINE [--span S] -o OUT
// The editor's drop planner on the command line: the frame lands in the free region at the
// cell (1-based column and line, as the inspector shows 第N栏, 第N行), sized so the article fits
// when the region allows. Writes a document in which no two items overlap, or exits 2 naming
// why nothing fits.
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/flow/style_text.h"
#include "layout/model/serialize.h"
#include "layout/place/occupancy.h"
#include "layout/place/planner.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian place: %s\n", message.c_str());
    return 2;
}

/// "3,10" → {3, 10}.
Result<std::pair<long, long>> parseCell(const std::string& text) {
    const auto comma = text.find(',');
    if (comma == std::string::npos)
        return Error{"--at expects COLUMN,LINE (e.g. 1,20), got '" + text + "'"};
    auto column = parseInteger("at", text.substr(0, comma), 1, 64);
    if (!column) return Error{column.error() + " (the column of --at)"};
    auto line = parseInteger("at", text.substr(comma + 1), 1, 100000);
    if (!line) return Error{line.error() + " (the line of --at)"};
    return std::make_pair(*column, *line);
}

/// The first collision of the document, described, or empty.
std::string firstOverlap(const model::Document& doc) {
    for (const auto& page : doc.pages) {
        const auto occ = place::pageOccupancy(doc, page);
        if (!occ.overlaps.empty())
            return "page " + std::to_string(page.number) + ": " +
                   place::describeOverlap(occ, occ.overlaps.front());
    }
    return {};
}

std::string range(int first, int count) {
    return std::to_string(first + 1) + (count > 1 ? "-" + std::to_string(first + count) : "");
}

}  // namespace

int runPlace(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"article", "page", "at", "span", "output"}, {});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    for (const char* required : {"article", "page", "at", "output"})
        if (!args->has(required))
            return fail(std::string("--") + required + " is required" +
                        (std::string(required) == "output" ? " (-o OUT)" : ""));
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());
    auto page = parsePageIndex(*args->get("page"), doc->pages.size());
    if (!page) return fail(page.error());
    const long pageNo = static_cast<long>(*page) + 1;
    auto cell = parseCell(*args->get("at"));
    if (!cell) return fail(cell.error());
    place::DropRequest request;
    request.articleId = *args->get("article");
    if (!doc->article(request.articleId))
        return fail("unknown article '" + request.articleId + "'");
    request.pageIndex = static_cast<int>(*page);
    request.column = static_cast<int>(cell->first - 1);
    request.line = static_cast<int>(cell->second - 1);
    if (auto span = args->get("span")) {
        auto s = parseInteger("span", *span, 1, 64);
        if (!s) return fail(s.error());
        request.span = static_cast<int>(*s);
    }
    // The contract is a document without overlaps: one that has them already is refused.
    if (const std::string o = firstOverlap(*doc); !o.empty())
        return fail("the document already has overlapping items (" + o + ")");

    fonts::FontRegistry registry;
    flow::TextSetter setter(registry);
    place::TrialCache cache(setter);
    auto plan = place::planDrop(*doc, request, cache);
    if (!plan) return fail(plan.error());
    if (plan->refusal) return fail("nothing fits: " + plan->refusal->message());
    if (auto applied = model::applyEdit(*doc, plan->place); !applied) return fail(applied.error());
    if (const std::string o = firstOverlap(*doc); !o.empty())
        return fail("internal error: the planned frame overlaps (" + o + ")");
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());

    const model::FrameRect& r = plan->place.frame.rects[0];
    std::printf("placed %s as frame %s on page %ld: columns %s, lines %s, %d text column%s; %s\n",
                request.articleId.c_str(), plan->place.frame.id.c_str(), pageNo,
                range(r.area.column, r.area.span).c_str(), range(r.area.line, r.area.lines).c_str(),
                r.textColumns, r.textColumns == 1 ? "" : "s",
                plan->fits ? "fits"
                           : ("+" + std::to_string(plan->oversetChars) + " 字 overset (" +
                              std::to_string(plan->oversetLines) + " lines)")
                                 .c_str());
    return 0;
}

}  // namespace bm::cli
