// SPDX-License-Identifier: MIT
// banmian style DOC --article ID [--paragraph N] [--text STRING] [--font song|hei|kai|fangsong]
//               [--bold] [--size PERCENT] [--emphasis] [--super | --sub] [--tint PERCENT]
//               [--plain] [--paragraph-style NAME] -o OUT
// Character and paragraph styles from the command line (the 正文 dock's palettes): the text
// chosen (every occurrence of --text, else the whole paragraph or every paragraph) gets exactly
// the attributes given, as SetCharAttrs edits; --paragraph-style sets paragraph N's style (小标题
// = subhead). One Batch, as one undo step in the editor. Prints how many ranges were styled.
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/base/utf.h"
#include "layout/model/edit.h"
#include "layout/model/format_detail.h"
#include "layout/model/serialize.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian style: %s\n", message.c_str());
    return 2;
}

// The character attributes the options name; nullopt when none is given.
Result<std::optional<model::CharAttrs>> attrsFrom(const ParsedArgs& args) {
    model::CharAttrs a;
    bool any = args.has("plain");
    if (auto font = args.get("font")) {
        bool known = false;
        for (const auto& [role, name] : model::format_detail::kFonts)
            if (*font == name) {
                a.font = role;
                known = true;
            }
        if (!known) return Error{"--font: '" + *font + "' is not song, hei, kai or fangsong"};
        any = true;
    }
    if (auto size = args.get("size")) {
        auto n = parseInteger("size", *size, 50, 200);
        if (!n) return Error{n.error()};
        a.sizePercent = static_cast<int>(*n);
        any = true;
    }
    if (auto tint = args.get("tint")) {
        auto n = parseInteger("tint", *tint, 0, 100);
        if (!n) return Error{n.error()};
        a.tintPercent = static_cast<int>(*n);
        any = true;
    }
    if (args.has("super") && args.has("sub")) return Error{"give --super or --sub, not both"};
    if (args.has("super")) a.script = model::Script::Super;
    if (args.has("sub")) a.script = model::Script::Sub;
    a.bold = args.has("bold");
    a.emphasisDots = args.has("emphasis");
    any = any || a.bold || a.emphasisDots || a.script != model::Script::None;
    if (args.has("plain") && !a.plain())
        return Error{"--plain clears every attribute: give it alone"};
    if (!any) return std::optional<model::CharAttrs>{};
    return std::optional<model::CharAttrs>{a};
}

// [begin, end) ranges of paragraph p to style: every occurrence of `text`, or the whole.
std::vector<std::pair<int, int>> rangesIn(const std::u16string& para, const std::u16string& text) {
    std::vector<std::pair<int, int>> out;
    if (text.empty()) {
        if (!para.empty()) out.push_back({0, static_cast<int>(para.size())});
        return out;
    }
    for (size_t at = para.find(text); at != std::u16string::npos;
         at = para.find(text, at + text.size()))
        out.push_back({static_cast<int>(at), static_cast<int>(at + text.size())});
    return out;
}

}  // namespace

int runStyle(int argc, char** argv) {
    auto args = parseArgs(
        argc, argv,
        {"article", "paragraph", "text", "font", "size", "tint", "paragraph-style", "output"},
        {"bold", "emphasis", "super", "sub", "plain"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("article")) return fail("--article ID is required");
    if (!args->has("output")) return fail("-o OUT is required");
    auto attrs = attrsFrom(*args);
    if (!attrs) return fail(attrs.error());
    const auto paragraphStyle = args->get("paragraph-style");
    if (!*attrs && !paragraphStyle)
        return fail(
            "nothing to set: give character attributes (--font, --bold, …, --plain) "
            "or --paragraph-style NAME");
    if (paragraphStyle && !args->has("paragraph"))
        return fail("--paragraph-style needs --paragraph N");
    auto text = utf8ToUtf16(args->get("text").value_or(""));
    if (!text) return fail("--text must be UTF-8");
    if (args->has("text") && text->empty()) return fail("--text: the text to style is empty");
    if (args->has("text") && !*attrs)
        return fail("--text chooses characters: give character attributes too");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());
    const std::string id = *args->get("article");
    const model::Article* article = doc->article(id);
    if (!article) return fail("--article: no article '" + id + "' in the document");
    const long paragraphs = static_cast<long>(article->paragraphs.size());
    if (paragraphs == 0) return fail("--article: '" + id + "' has no body paragraphs");
    int first = 0, last = static_cast<int>(paragraphs) - 1;
    if (auto p = args->get("paragraph")) {
        auto n = parseInteger("paragraph", *p, 1, paragraphs);
        if (!n) return fail(n.error());
        first = last = static_cast<int>(*n) - 1;
    }

    model::Batch batch{{}, "Style"};
    int styled = 0;
    if (*attrs) {
        for (int p = first; p <= last; ++p)
            for (auto [b, e] : rangesIn(article->paragraphs[static_cast<size_t>(p)], *text)) {
                batch.edits.push_back(model::SetCharAttrs{id, p, b, e, **attrs});
                ++styled;
            }
        if (styled == 0)
            return fail("--text: '" + *args->get("text") + "' does not occur in the " +
                        (first == last ? "paragraph" : "article"));
    }
    if (paragraphStyle) batch.edits.push_back(model::SetParagraphStyle{id, first, *paragraphStyle});
    if (auto applied = model::applyEdit(*doc, model::Edit{std::move(batch)}); !applied)
        return fail(applied.error());
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    std::printf("%d\n", styled);
    return 0;
}

}  // namespace bm::cli
