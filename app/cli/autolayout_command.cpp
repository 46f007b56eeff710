// SPDX-License-Identifier: MIT
// banmian autolayout DOC --page N [--articles ID[:P[:IMAGE]],…] [--candidates K] [--seed S]
//                    [--budget EVALS] [--apply K] [--json] [--all] -o OUT
// 智能组版 on the command line: proposes ranked layouts of the stories on page N and writes the
// document with one applied (or each to OUT-1…OUT-K with --all, or the candidates as JSON with
// --json). Deterministic for a seed: the search runs on an evaluation budget, not a clock.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/autolayout/autolayout.h"
#include "layout/flow/style_text.h"
#include "layout/model/serialize.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian autolayout: %s\n", message.c_str());
    return 2;
}

/// "speech:1,job-fair:3:img-job-fair,tree" → requests (priority and photo optional).
Result<std::vector<autolayout::ArticleRequest>> parseArticles(const model::Document& doc,
                                                              const std::string& text) {
    std::vector<std::string> ids;
    std::vector<std::pair<std::string, std::string>> extras;  // priority, photo
    size_t start = 0;
    while (start <= text.size()) {
        const size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        start = comma + 1;
        if (item.empty()) return Error{"--articles: empty story id in '" + text + "'"};
        const size_t c1 = item.find(':');
        const size_t c2 = c1 == std::string::npos ? c1 : item.find(':', c1 + 1);
        ids.push_back(item.substr(0, c1));
        extras.push_back({c1 == std::string::npos ? "" : item.substr(c1 + 1, c2 - c1 - 1),
                          c2 == std::string::npos ? "" : item.substr(c2 + 1)});
        if (!doc.article(ids.back())) return Error{"unknown article '" + ids.back() + "'"};
    }
    auto out = autolayout::defaultPriorities(doc, ids);
    for (size_t i = 0; i < out.size(); ++i) {
        if (!extras[i].first.empty()) {
            auto p = parseInteger("articles", extras[i].first, 1, 5);
            if (!p) return Error{p.error() + " (the priority of " + ids[i] + ")"};
            out[i].priority = static_cast<int>(*p);
        }
        out[i].photoId = extras[i].second;
    }
    return out;
}

nlohmann::json rectJson(const model::GridRect& r) {
    return {{"column", r.column + 1}, {"span", r.span}, {"line", r.line + 1}, {"lines", r.lines}};
}

nlohmann::json candidateJson(const autolayout::Candidate& c, int rank) {
    nlohmann::json j;
    j["rank"] = rank;
    j["score"] = c.score.score();
    j["components"] = {
        {"fill", c.score.fill},   {"copyfit", c.score.copyfit}, {"hierarchy", c.score.hierarchy},
        {"bumps", c.score.bumps}, {"balance", c.score.balance}, {"shape", c.score.shape},
        {"wish", c.score.wish}};
    j["structure"] = c.structure;
    // Fill as the desk counts it: modules + separator lines over the free cells (s9).
    j["fill"] = {{"ratio", c.fill.ratio()},
                 {"moduleRatio", c.fill.moduleRatio()},
                 {"freeCells", c.fill.freeCells},
                 {"moduleCells", c.fill.moduleCells},
                 {"separatorCells", c.fill.separatorCells},
                 {"emptyColumnLines", c.fill.emptyColumnLines}};
    j["frames"] = nlohmann::json::array();
    for (const auto& m : c.modules) {
        nlohmann::json f = {{"article", m.articleId},
                            {"priority", m.priority},
                            {"frame", rectJson(m.frame)},
                            {"textColumns", m.textColumns},
                            {"measureZi", m.measureZi},
                            {"headlineSizePt", m.headlineSize / 1000.0},
                            {"headlineLines", m.headlineLines},
                            {"headlineWhite", m.headlineWhite},
                            {"trackingMilliEm", m.trackingMilliEm},
                            {"bodyLines", m.bodyLines}};
        if (!m.photoId.empty())
            f["photo"] = {
                {"id", m.photoId}, {"area", rectJson(m.photo)}, {"ppi", std::round(m.photoPpi)}};
        j["frames"].push_back(std::move(f));
    }
    return j;
}

std::string numbered(const std::string& out, size_t k) {
    const size_t dot = out.rfind('.');
    const size_t slash = out.rfind('/');
    const bool ext = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return ext ? out.substr(0, dot) + "-" + std::to_string(k) + out.substr(dot)
               : out + "-" + std::to_string(k);
}

Result<bool> writeApplied(const model::Document& doc, int pageIndex, const autolayout::Candidate& c,
                          const std::string& path) {
    model::Document out = doc;
    auto applied = model::applyEdit(out, model::Batch{autolayout::toEdits(doc, pageIndex, c)});
    if (!applied) return Error{applied.error()};
    auto saved = model::saveDocument(out, path);
    if (!saved) return Error{saved.error()};
    return true;
}

}  // namespace

int runAutolayout(int argc, char** argv) {
    auto args = parseArgs(argc, argv,
                          {"page", "articles", "candidates", "seed", "budget", "apply", "output"},
                          {"json", "all"});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("page")) return fail("--page is required");
    if (!args->has("output")) return fail("-o OUT is required");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());
    auto page = parsePageIndex(*args->get("page"), doc->pages.size());
    if (!page) return fail(page.error());
    const int pageIndex = static_cast<int>(*page);
    autolayout::Request request;
    if (auto list = args->get("articles")) {
        auto parsed = parseArticles(*doc, *list);
        if (!parsed) return fail(parsed.error());
        request.articles = std::move(*parsed);
    } else {
        const auto ids = autolayout::unplacedArticles(*doc);
        if (ids.empty()) return fail("no unplaced stories; name them with --articles");
        request.articles = autolayout::defaultPriorities(*doc, ids);
        autolayout::attachPhotos(doc->pages[pageIndex], request.articles);
    }
    struct Numeric {
        const char* name;
        long min, max;
        long* into;
    };
    long candidates = 5, seed = 1, budget = request.budget, apply = 1;
    for (const Numeric& n :
         {Numeric{"candidates", 1, 20, &candidates}, Numeric{"seed", 0, 4294967295L, &seed},
          Numeric{"budget", 1, 1000000, &budget}, Numeric{"apply", 1, 20, &apply}})
        if (auto v = args->get(n.name)) {
            auto parsed = parseInteger(n.name, *v, n.min, n.max);
            if (!parsed) return fail(parsed.error());
            *n.into = *parsed;
        }
    request.candidates = static_cast<int>(candidates);
    request.seed = static_cast<std::uint32_t>(seed);
    request.budget = static_cast<int>(budget);
    request.documentDir = std::filesystem::absolute(args->positional[0]).parent_path().string();

    fonts::FontRegistry registry;
    flow::TextSetter setter(registry);
    place::TrialCache cache(setter);
    auto result = autolayout::propose(*doc, pageIndex, request, cache);
    if (!result) return fail(result.error());
    if (result->candidates.empty()) return fail("no layout fits: " + result->diagnostic);
    const auto& cs = result->candidates;
    for (size_t i = 0; i < cs.size(); ++i) {
        const auto& s = cs[i].score;
        std::printf(
            "candidate %zu: score %.1f (fill %.1f, copyfit %.1f, hierarchy %.1f, bumps %.1f, "
            "balance %.1f, shape %.1f) %s\n",
            i + 1, s.score(), s.fill, s.copyfit, s.hierarchy, s.bumps, s.balance, s.shape,
            cs[i].structure.c_str());
        const auto& f = cs[i].fill;
        std::printf("  fill %.1f %% (modules %.1f %% + separator lines), %d empty column-lines\n",
                    100 * f.ratio(), 100 * f.moduleRatio(), f.emptyColumnLines);
    }
    const std::string out = *args->get("output");
    if (args->has("json")) {
        nlohmann::json j;
        j["page"] = pageIndex + 1;
        j["freeArea"] = rectJson(result->freeArea);
        j["freeCells"] = result->freeCells;
        j["evaluations"] = result->stats.evaluations;
        j["candidates"] = nlohmann::json::array();
        for (size_t i = 0; i < cs.size(); ++i)
            j["candidates"].push_back(candidateJson(cs[i], int(i) + 1));
        std::ofstream f(out);
        f << j.dump(2) << "\n";
        if (!f) return fail("cannot write " + out);
        return 0;
    }
    if (args->has("all")) {
        for (size_t i = 0; i < cs.size(); ++i)
            if (auto w = writeApplied(*doc, pageIndex, cs[i], numbered(out, i + 1)); !w)
                return fail(w.error());
        return 0;
    }
    if (apply > static_cast<long>(cs.size()))
        return fail("--apply " + std::to_string(apply) + ": only " + std::to_string(cs.size()) +
                    " candidates");
    if (auto w = writeApplied(*doc, pageIndex, cs[apply - 1], out); !w) return fail(w.error());
    return 0;
}

}  // namespace bm::cli
