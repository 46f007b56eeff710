// SPDX-License-Identifier: MIT
// Stress (issue 6): a 32-page issue with 100 article frames per page — 3,200 articles of about
// 160 字 of body each, in 8 columns × 13 rows of frames on every 对开 page — is
// saved, loaded, laid out cold and exported to one PDF. Reports the time of each stage, the lines
// set, the PDF size and the process's peak memory; relayout_s (not part of the pass) is a second
// layout of the unchanged issue in the same session, what the editor pays on every edit.
//
//   build/bin/bm_bench --benchmark_filter=Stress
//
// Run it alone (with the filter): peak_rss_MiB is the process's high-water mark.
// BM_STRESS_DOC=/tmp/stress.bmdoc.json keeps the document, e.g. for `banmian export` under time.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "layout/model/serialize.h"
#include "layout/model/templates.h"
#include "layout/page/layout_session.h"
#include "layout/render/pdf/pdf_export.h"

using namespace bm;

namespace {

constexpr int kPages = 32;
constexpr int kFramesPerPage = 100;
constexpr int kRows = 13;  // 8 columns × 13 rows = 104 slots, the first 100 used

// About a frame's worth of the seed page's real copy, starting at a different paragraph for each
// frame; every paragraph is tagged with the frame's place so that no two paragraphs are the same
// text and the layout really shapes all of them (the measured-paragraph cache gets no hits).
model::Article stressArticle(const model::Document& seed, const std::string& id, int page,
                             int frame) {
    const model::Article& source = seed.articles[static_cast<size_t>(frame) % seed.articles.size()];
    model::Article a;
    a.id = id;
    a.headline = source.headline;
    const std::string tag = std::to_string(page + 1) + "-" + std::to_string(frame + 1) + " ";
    const std::u16string tag16(tag.begin(), tag.end());
    size_t chars = 0;
    for (size_t i = 0; chars < 160 && i < source.paragraphs.size(); ++i) {
        const auto& para =
            source
                .paragraphs[(i + static_cast<size_t>(page * 7 + frame)) % source.paragraphs.size()];
        a.paragraphs.push_back(tag16 + para);
        chars += para.size();
    }
    return a;
}

model::Document stressDocument() {
    auto seed = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/seed-page.bmdoc.json");
    if (!seed) throw std::runtime_error(seed.error());
    model::Document doc = model::newDocument();
    doc.title = "stress: 32 pages x 100 frames";
    doc.pages.clear();
    for (int p = 0; p < kPages; ++p) {
        model::Page page = model::duikai8Template("p" + std::to_string(p + 1), p + 1);
        const int rowLines = model::gridLines(page) / kRows;
        for (int f = 0; f < kFramesPerPage; ++f) {
            const std::string id = "a" + std::to_string(p) + "_" + std::to_string(f);
            doc.articles.push_back(stressArticle(*seed, id, p, f));
            model::ArticleFrame frame;
            frame.id = "f" + std::to_string(p) + "_" + std::to_string(f);
            frame.articleId = id;
            // A headline in a one-column frame of 7 lines would leave no room for the body: the
            // stress is on body text, so the headlines stay in the document but are not shown.
            frame.showHeadline = false;
            frame.rects.push_back(
                {{f % page.grid.columns, 1, (f / page.grid.columns) * rowLines, rowLines}, 1, {}});
            page.articleFrames.push_back(std::move(frame));
        }
        doc.pages.push_back(std::move(page));
    }
    return doc;
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_Stress32Pages100Frames(benchmark::State& state) {
    // BM_STRESS_DOC=path keeps the generated document there (to export it with banmian).
    const char* keep = std::getenv("BM_STRESS_DOC");
    const std::string path =
        keep ? std::string(keep)
             : (std::filesystem::temp_directory_path() / "banmian-stress.bmdoc.json").string();
    if (auto saved = model::saveDocument(stressDocument(), path); !saved) {
        state.SkipWithError(saved.error().c_str());
        return;
    }
    fonts::FontRegistry registry;
    double load = 0, layout = 0, pdf = 0, relayout = 0, passPeak = 0;
    benchmark::IterationCount passes = 0;
    size_t pdfBytes = 0, lines = 0;
    for (auto _ : state) {
        using clock = std::chrono::steady_clock;
        const auto t0 = clock::now();
        auto doc = model::loadDocument(path);
        if (!doc) {
            state.SkipWithError(doc.error().c_str());
            break;
        }
        const auto t1 = clock::now();
        page::LayoutSession session(registry);  // cold: every paragraph shaped
        auto laid = session.layout(*doc);
        if (!laid) {
            state.SkipWithError(laid.error().c_str());
            break;
        }
        const auto t2 = clock::now();
        std::vector<const page::PageDisplay*> pages;  // as the editor and the CLI export them
        for (const auto& p : (*laid)->pages) {
            pages.push_back(&p.display);
            lines += p.lines.size();
        }
        auto bytes = pdf::exportPdf(pdf::PagePointerSource(std::move(pages)), registry, {});
        if (!bytes) {
            state.SkipWithError(bytes.error().c_str());
            break;
        }
        const auto t3 = clock::now();
        pdfBytes = bytes->size();
        load += seconds(t1 - t0);
        layout += seconds(t2 - t1);
        pdf += seconds(t3 - t2);
        // Not part of the pass: the editor's relayout when every article is unchanged (the
        // session reuses each flow and only rebuilds the pages), with the first layout dropped;
        // after the last pass, so that the pass's peak memory is read before it.
        if (++passes < state.max_iterations) continue;
        passPeak = peakRssMiB();
        state.PauseTiming();
        *laid = nullptr;
        const auto r0 = clock::now();
        if (!session.layout(*doc)) state.SkipWithError("relayout failed");
        relayout = seconds(clock::now() - r0);
        state.ResumeTiming();
    }
    if (!keep) std::filesystem::remove(path);
    const double n = static_cast<double>(state.iterations());
    state.counters["load_s"] = load / n;
    state.counters["layout_s"] = layout / n;
    state.counters["pdf_s"] = pdf / n;
    state.counters["relayout_s"] = relayout;
    state.counters["lines"] = static_cast<double>(lines) / n;
    state.counters["pdf_MiB"] = static_cast<double>(pdfBytes) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = passPeak;
}
BENCHMARK(BM_Stress32Pages100Frames)->Unit(benchmark::kSecond)->Iterations(2)->UseRealTime();

}  // namespace
