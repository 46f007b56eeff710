// SPDX-License-Identifier: MIT
// Placement and copy-fit on the seed page (issue 9 targets: planning a drop ≤ 16 ms, auto-fit of
// all six articles ≤ 50 ms). The editor's session has laid the page out (shaped paragraphs are
// cached); "cold" starts a new trial cache for every plan, "warm" keeps it (a drag re-plans the
// ghost at every grid step with the same cache).
#include <benchmark/benchmark.h>

#include "layout/flow/style_text.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"
#include "layout/place/fit.h"
#include "layout/place/planner.h"

using namespace bm;

namespace {

struct Seed {
    fonts::FontRegistry registry;
    page::LayoutSession session{registry};
    model::Document doc;
    Seed() {
        auto d = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
        if (!d) throw std::runtime_error(d.error());
        doc = *d;
        if (!session.layout(doc)) throw std::runtime_error("layout failed");
    }
};

Seed& seed() {
    static Seed s;
    return s;
}

/// The seed page without one article's frame, and the drop that puts it back at its cell.
std::pair<model::Document, place::DropRequest> withoutFrame(const std::string& frameId) {
    model::Document d = seed().doc;
    auto& frames = d.pages[0].articleFrames;
    place::DropRequest r;
    for (auto it = frames.begin(); it != frames.end(); ++it)
        if (it->id == frameId) {
            r.articleId = it->articleId;
            r.column = it->rects[0].area.column;
            r.line = it->rects[0].area.line;
            frames.erase(it);
            break;
        }
    return {d, r};
}

void planDrop(benchmark::State& state, const std::string& frameId, bool warm) {
    auto [doc, request] = withoutFrame(frameId);
    place::TrialCache shared(seed().session.setter());
    for (auto _ : state) {
        place::TrialCache fresh(seed().session.setter());
        auto plan = place::planDrop(doc, request, warm ? shared : fresh);
        if (!plan || plan->refusal) state.SkipWithError("the drop was refused");
        benchmark::DoNotOptimize(plan);
    }
}

void BM_PlanDropSpeechCold(benchmark::State& s) { planDrop(s, "f-speech", false); }
void BM_PlanDropSpeechWarm(benchmark::State& s) { planDrop(s, "f-speech", true); }
void BM_PlanDropPlatformCold(benchmark::State& s) { planDrop(s, "f-platform", false); }
BENCHMARK(BM_PlanDropSpeechCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanDropSpeechWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlanDropPlatformCold)->Unit(benchmark::kMillisecond);

/// Every frame one grid line shorter: all six articles overset and need 紧排.
void BM_AutoFitSixArticles(benchmark::State& state) {
    model::Document doc = seed().doc;
    for (auto& f : doc.pages[0].articleFrames) f.rects.back().area.lines -= 1;
    int fitted = 0;
    for (auto _ : state) {
        place::TrialCache cache(seed().session.setter());
        fitted = 0;
        for (const auto& a : doc.articles) {
            auto fit = place::autoFit(doc, a.id, cache);
            if (!fit) state.SkipWithError(fit.error().c_str());
            fitted += fit->fits ? 1 : 0;
        }
    }
    state.counters["fitted"] = fitted;
}
BENCHMARK(BM_AutoFitSixArticles)->Unit(benchmark::kMillisecond);

}  // namespace
