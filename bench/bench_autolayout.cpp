// SPDX-License-Identifier: MIT
// 智能组版 (issue 15 targets: ≥ 98 % of the free grid filled, every story fitting, 5 candidates
// for 8 stories ≤ 1 s on one core). An empty 对开 page (the seed page's grid and 报眉, no frames,
// label or rules); the six seed stories with their two photos; and random sets of 4, 8 and 12
// stories of realistic lengths (a lead of 1,500–3,000 字, seconds of 600–1,500, briefs of
// 100–600, log-uniform) whose paragraphs are resampled from the seed copy, a third of them with a
// 4:3 or 3:2 photo, the set scaled to the page's capacity as a desk does when it budgets a page.
// Counters: candidates found; fill of the best candidate as the desk counts it (modules and the
// separator lines between stacked stories, where the rules print, over the free cells);
// fill_modules (module cells only, the figure before session 9); empty_lines (column-lines the
// relayout leaves empty inside the modules); stories fitting in the real relayout; legal layouts
// seen. Each iteration starts with a cold trial cache.
#include <benchmark/benchmark.h>

#include <cmath>
#include <functional>
#include <random>

#include "layout/autolayout/autolayout.h"
#include "layout/flow/style_text.h"
#include "layout/model/serialize.h"
#include "unit/autolayout/random_sets.h"
#include "layout/place/fit.h"

using namespace bm;

namespace {

struct Empty {
    fonts::FontRegistry registry;
    flow::TextSetter setter{registry};
    model::Document doc;
    Empty() {
        auto d = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
        if (!d) throw std::runtime_error(d.error());
        doc = *d;
        for (auto& p : doc.pages) {
            p.articleFrames.clear();
            p.labels.clear();
            p.rules.clear();
        }
    }
};

Empty& empty() {
    static Empty e;
    return e;
}

std::pair<model::Document, autolayout::Request> randomSet(int n, std::uint32_t instance) {
    return testing::randomSet(empty().doc, n, instance);
}

std::pair<model::Document, autolayout::Request> seedSet() {
    model::Document doc = empty().doc;
    autolayout::Request r;
    r.articles = autolayout::defaultPriorities(doc, autolayout::unplacedArticles(doc));
    autolayout::attachPhotos(doc.pages[0], r.articles);
    r.documentDir = std::string(BM_SOURCE_DIR) + "/samples";  // the photos' pixel sizes
    return {doc, r};
}

void run(benchmark::State& state, const std::function<std::pair<model::Document,
                                                                 autolayout::Request>(int)>& make,
         int instances, bool firstOnly) {
    double found = 0, fill = 0, fillModules = 0, emptyLines = 0, fitting = 0, stories = 0,
           legal = 0, runs = 0, solved = 0;
    int k = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto [doc, request] = make(k++ % instances);
        if (firstOnly) request.candidates = 1, request.stopAfterLegal = 1;
        place::TrialCache cache(empty().setter);
        state.ResumeTiming();
        auto result = autolayout::propose(doc, 0, request, cache);
        state.PauseTiming();
        if (!result) {
            state.SkipWithError(result.error().c_str());
            break;
        }
        runs += 1;
        found += static_cast<double>(result->candidates.size());
        legal += result->stats.feasible;
        if (!result->candidates.empty()) {
            solved += 1;
            const auto& c = result->candidates.front();
            fill += c.fill.ratio();
            fillModules += c.fill.moduleRatio();
            emptyLines += c.fill.emptyColumnLines;
            model::Document out = doc;
            (void)model::applyEdit(out, model::Batch{autolayout::toEdits(doc, 0, c)});
            for (const auto& m : c.modules) {
                auto f = place::copyFit(out, m.articleId, cache);
                fitting += f && f->fits();
                stories += 1;
            }
        }
        state.ResumeTiming();
    }
    state.counters["solved"] = runs > 0 ? solved / runs : 0;
    state.counters["candidates"] = runs > 0 ? found / runs : 0;
    state.counters["fill"] = solved > 0 ? fill / solved : 0;
    state.counters["fill_modules"] = solved > 0 ? fillModules / solved : 0;
    state.counters["empty_lines"] = solved > 0 ? emptyLines / solved : 0;
    state.counters["fitting"] = stories > 0 ? fitting / stories : 0;
    state.counters["legal"] = runs > 0 ? legal / runs : 0;
}

void BM_AutoLayoutSeedFirst(benchmark::State& state) {
    run(state, [](int) { return seedSet(); }, 1, true);
}
void BM_AutoLayoutSeedFive(benchmark::State& state) {
    run(state, [](int) { return seedSet(); }, 1, false);
}
void BM_AutoLayoutRandomFirst(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    run(state, [n](int i) { return randomSet(n, static_cast<std::uint32_t>(i)); }, 10, true);
}
void BM_AutoLayoutRandomFive(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    run(state, [n](int i) { return randomSet(n, static_cast<std::uint32_t>(i)); }, 10, false);
}

}  // namespace

BENCHMARK(BM_AutoLayoutSeedFirst)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_AutoLayoutSeedFive)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_AutoLayoutRandomFirst)->Arg(4)->Arg(8)->Arg(12)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_AutoLayoutRandomFive)->Arg(4)->Arg(8)->Arg(12)->Unit(benchmark::kMillisecond)->Iterations(10);
