// SPDX-License-Identifier: MIT
// The seed page: first layout, full relayout, relayout after moving one frame, PNG at 150 dpi,
// PDF export.
#include <benchmark/benchmark.h>

#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"
#include "layout/render/pdf/pdf_export.h"
#include "layout/render/raster/png_encode.h"
#include "layout/render/raster/raster.h"

using namespace bm;

namespace {

struct Seed {
    fonts::FontRegistry registry;
    model::Document doc;
    Seed() {
        auto d = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
        if (!d) throw std::runtime_error(d.error());
        doc = *d;
    }
};

Seed& seed() {
    static Seed s;
    return s;
}

// A copy of the document in which every article frame is one grid line shorter: laying out the
// two alternately re-flows every article (measured paragraphs stay cached).
model::Document everyFrameChanged(const model::Document& d) {
    model::Document c = d;
    for (auto& p : c.pages)
        for (auto& f : p.articleFrames) f.rects.back().area.lines -= 1;
    return c;
}

void BM_SeedFirstLayout(benchmark::State& state) {
    auto& s = seed();
    for (auto _ : state) {
        page::LayoutSession session(s.registry);  // cold: shapes every paragraph
        benchmark::DoNotOptimize(session.layout(s.doc));
    }
}
BENCHMARK(BM_SeedFirstLayout)->Unit(benchmark::kMillisecond);

void BM_SeedFullRelayout(benchmark::State& state) {
    auto& s = seed();
    const model::Document other = everyFrameChanged(s.doc);
    page::LayoutSession session(s.registry);
    session.layout(s.doc);
    session.layout(other);
    bool flip = false;
    for (auto _ : state) {
        benchmark::DoNotOptimize(session.layout(flip ? other : s.doc));
        flip = !flip;
    }
}
BENCHMARK(BM_SeedFullRelayout)->Unit(benchmark::kMillisecond);

void BM_SeedRelayoutAfterMovingOneFrame(benchmark::State& state) {
    auto& s = seed();
    model::Document moved = s.doc;
    moved.pages[0].articleFrames.back().rects.back().area.lines -= 2;
    page::LayoutSession session(s.registry);
    session.layout(s.doc);
    session.layout(moved);
    bool flip = false;
    for (auto _ : state) {
        benchmark::DoNotOptimize(session.layout(flip ? moved : s.doc));
        flip = !flip;
    }
}
BENCHMARK(BM_SeedRelayoutAfterMovingOneFrame)->Unit(benchmark::kMillisecond);

void BM_SeedPng150(benchmark::State& state) {
    auto& s = seed();
    page::LayoutSession session(s.registry);
    auto layout = *session.layout(s.doc);
    for (auto _ : state) {
        auto raster = render::rasterizePage(layout->pages[0].display, s.registry, {150});
        benchmark::DoNotOptimize(render::encodePng(*raster));
    }
}
BENCHMARK(BM_SeedPng150)->Unit(benchmark::kMillisecond);

void BM_SeedPdf(benchmark::State& state) {
    auto& s = seed();
    page::LayoutSession session(s.registry);
    auto layout = *session.layout(s.doc);
    std::vector<page::PageDisplay> pages{layout->pages[0].display};
    for (auto _ : state) benchmark::DoNotOptimize(pdf::exportPdf(pages, s.registry, {}));
}
BENCHMARK(BM_SeedPdf)->Unit(benchmark::kMillisecond);

}  // namespace
BENCHMARK_MAIN();
