// SPDX-License-Identifier: MIT
// banmian headline DOC --article ID [--size 字号|PT|default] [--font song|hei|kai|default]
//                  [--width PERCENT] [--frame FRAME [--span N|whole] [--show yes|no]] -o OUT
// The inspector's 主题 type fields on the command line, through the same two edits
// (SetArticleHeadline, SetFrameOptions): a 48 pt lead and a 20 pt 简讯 on one page, a 长/扁
// headline, a headline spanning part of its frame. What is not given stays as it is.
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/model/chinese_sizes.h"
#include "layout/model/edit.h"
#include "layout/model/page_objects.h"
#include "layout/model/serialize.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian headline: %s\n", message.c_str());
    return 2;
}

}  // namespace

int runHeadline(int argc, char** argv) {
    auto args = parseArgs(
        argc, argv, {"article", "size", "font", "width", "frame", "span", "show", "output"}, {});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("output")) return fail("-o OUT is required");
    if (!args->has("article")) return fail("--article ID is required");
    if ((args->has("span") || args->has("show")) && !args->has("frame"))
        return fail("--span and --show need --frame FRAME");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());
    const std::string articleId = *args->get("article");
    const model::Article* article = doc->article(articleId);
    if (!article) return fail("unknown article '" + articleId + "'");

    model::SetArticleHeadline type{articleId, article->headlineSize, article->headlineFont,
                                   article->headlineScale};
    if (auto size = args->get("size")) {
        if (*size == "default") {
            type.size.reset();
        } else if (auto parsed = model::parseTypeSize(*size)) {
            type.size = *parsed;
        } else {
            return fail(
                "--size: expected a 字号 (初号 … 小五), points (26, 10.5pt) or default, got '" +
                *size + "'");
        }
    }
    if (auto font = args->get("font")) {
        if (*font == "default")
            type.font.reset();
        else if (*font == "song")
            type.font = model::FontRole::Song;
        else if (*font == "hei")
            type.font = model::FontRole::Hei;
        else if (*font == "kai")
            type.font = model::FontRole::Kai;
        else
            return fail("--font: expected song, hei, kai or default, got '" + *font + "'");
    }
    if (auto width = args->get("width")) {
        auto n = parseInteger("width", *width, 50, 200);
        if (!n) return fail(n.error());
        type.widthPercent = static_cast<int>(*n);
    }
    if (auto applied = model::applyEdit(*doc, type); !applied) return fail(applied.error());

    if (auto frameId = args->get("frame")) {
        const auto found = model::findArticleFrame(*doc, *frameId);
        if (!found) return fail("unknown frame '" + *frameId + "'");
        const model::ArticleFrame* frame = found->frame;
        const std::string& pageId = doc->pages[found->pageIndex].id;
        if (frame->articleId != articleId)
            return fail("frame '" + *frameId + "' shows article '" + frame->articleId + "', not '" +
                        articleId + "'");
        model::SetFrameOptions options{pageId, frame->id, frame->showHeadline, frame->headlineSpan,
                                       frame->balance};
        if (auto span = args->get("span")) {
            if (*span == "whole") {
                options.headlineSpan = 0;
            } else {
                auto n = parseInteger("span", *span, 1, 1000);
                if (!n) return fail(n.error());
                options.headlineSpan = static_cast<int>(*n);
            }
        }
        if (auto show = args->get("show")) {
            if (*show != "yes" && *show != "no")
                return fail("--show: expected yes or no, got '" + *show + "'");
            options.showHeadline = *show == "yes";
        }
        if (auto applied = model::applyEdit(*doc, options); !applied) return fail(applied.error());
    }
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    return 0;
}

}  // namespace bm::cli
