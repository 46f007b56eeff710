// SPDX-License-Identifier: MIT
// 智能组版 (issue 15 targets: ≥ 98 % of the free grid filled, every story fitting, 5 candidates
// for 8 stories ≤ 1 s on one core). An empty 对开 page (the seed page's grid and 报眉, no frames,
// label or rules); the six seed stories with their two photos; and random sets of 4, 8 and 12
// stories of realistic lengths (a lead of 1,500–3,000 字, seconds of 600–1,500, briefs of
// 100–600, log-uniform) whose paragraphs are resampled from the seed copy, a third of them with a
// 4:3 or 3:2 photo, the set scaled to the page's capacity as a desk does when it budgets a page.
// Counters: candidates found, fill (frame and photo cells over free cells; the rest are the
// separator lines between stacked stories), stories fitting in the real relayout, legal layouts
// seen. Each iteration starts with a cold trial cache.
#include <benchmark/benchmark.h>

#include <cmath>
#include <functional>
#include <random>

#include "layout/autolayout/autolayout.h"
#include "layout/flow/style_text.h"
#include "layout/model/serialize.h"
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

/// All body paragraphs of the seed copy, to resample from.
std::vector<std::u16string> seedParagraphs() {
    std::vector<std::u16string> out;
    for (const auto& a : empty().doc.articles)
        for (const auto& p : a.paragraphs)
            if (p.size() >= 20) out.push_back(p);
    return out;
}

int logUniform(std::mt19937& rng, int lo, int hi) {
    const double u = static_cast<double>(rng() % 100000) / 100000.0;
    return static_cast<int>(std::exp(std::log(lo) + u * (std::log(hi) - std::log(lo))));
}

/// A story of about `chars` 字 from resampled paragraphs (the last one cut to length).
model::Article story(const std::string& id, const model::Article& headFrom, int chars,
                     std::mt19937& rng) {
    static const auto pool = seedParagraphs();
    model::Article a = headFrom;
    a.id = id;
    a.paragraphs.clear();
    a.tracking.clear();
    a.flushParagraphs.clear();
    a.headlineSize.reset();
    int left = chars;
    while (left > 0) {
        std::u16string p = pool[rng() % pool.size()];
        if (static_cast<int>(p.size()) > left) p = p.substr(0, std::max(10, left)) + u"。";
        left -= static_cast<int>(p.size());
        a.paragraphs.push_back(std::move(p));
    }
    return a;
}

/// A random set of n stories at the page's capacity (≈ the seed page's 5.1 k 字 and 2 photos).
std::pair<model::Document, autolayout::Request> randomSet(int n, std::uint32_t instance) {
    std::mt19937 rng(1000u * static_cast<unsigned>(n) + instance);
    model::Document doc = empty().doc;
    const auto heads = doc.articles;
    doc.articles.clear();
    auto& images = doc.pages[0].images;
    const model::ImageFrame photoTemplate = images.front();
    images.clear();
    std::vector<int> lengths;
    const int seconds = n >= 4 ? 1 + static_cast<int>(rng() % 3) : 0;
    for (int i = 0; i < n; ++i)
        lengths.push_back(i == 0 ? logUniform(rng, 1500, 3000)
                                 : i <= seconds ? logUniform(rng, 600, 1500)
                                                : logUniform(rng, 100, 600));
    int photos = 0;
    std::vector<bool> hasPhoto(n, false);
    for (int i = 0; i < n; ++i) hasPhoto[i] = rng() % 3 == 0, photos += hasPhoto[i];
    // Budget: 5,100 字 of copy with two photos fill the page; a photo is worth ≈ 500 字.
    const double budget = 5100.0 + 1000.0 - 500.0 * photos;
    double total = 0;
    for (int l : lengths) total += l;
    autolayout::Request request;
    for (int i = 0; i < n; ++i) {
        const int chars = std::max(100, static_cast<int>(lengths[i] * budget / total));
        const std::string id = "s" + std::to_string(i + 1);
        doc.articles.push_back(story(id, heads[static_cast<size_t>(i) % heads.size()], chars, rng));
        autolayout::ArticleRequest r;
        r.id = id;
        r.priority = i == 0 ? 1 : (i <= seconds ? 2 : (i <= seconds + 2 ? 3 : 4));
        if (hasPhoto[i]) {
            model::ImageFrame im = photoTemplate;
            im.id = "img-" + id;
            im.path.clear();  // a placeholder of the right shape
            // 4 columns ≈ 490 pt wide: 4:3 is ≈ 27 lines of 13.5 pt, 3:2 ≈ 24.
            im.area = {0, 4, 0, (rng() % 2 ? 27 : 24) + im.captionLines};
            images.push_back(im);
            r.photoId = im.id;
        }
        request.articles.push_back(r);
    }
    return {doc, request};
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
    double found = 0, fill = 0, fitting = 0, stories = 0, legal = 0, runs = 0, solved = 0;
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
            int cells = 0;
            for (const auto& m : c.modules) cells += m.area.span * m.area.lines;
            fill += static_cast<double>(cells) / (result->freeArea.span * result->freeArea.lines);
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
