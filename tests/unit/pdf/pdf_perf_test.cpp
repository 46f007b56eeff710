// SPDX-License-Identifier: MIT
// Export timings (hidden: run with `bm_tests_pdf "[perf]"`). Synthetic broadsheet pages: body
// text in Noto Serif CJK SC with a realistic number of distinct characters, headlines in Noto
// Sans CJK SC, kickers in AR PL UKai.
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <string>

#include "fonts/face.h"
#include "layout/render/pdf/font_subsetter.h"
#include "layout/render/pdf/pdf_export.h"
#include "pdf_test_support.h"

using namespace bm;
using namespace bm::pdf;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time of the whole process (all threads): on a shared, loaded machine wall time mostly
// measures the other processes, CPU time much less so.
double cpuMs() {
    timespec ts{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Characters U+4E00 + k·stride: `distinct` of them, a stand-in for a page's vocabulary.
std::vector<char32_t> vocabulary(const fonts::Face& face, size_t distinct, unsigned stride) {
    std::vector<char32_t> out;
    for (char32_t cp = 0x4E00; out.size() < distinct && cp < 0x9FA5; cp += stride)
        if (face.hasCodepoint(cp)) out.push_back(cp);
    return out;
}

// Lines of `perLine` characters set solid (plus a little justification on every fourth line).
void addText(page::PageDisplay& page, const fonts::FontRegistry& reg, fonts::FaceId id,
             const std::vector<char32_t>& vocab, size_t glyphs, Length size, Length x0, Length y0,
             size_t perLine, size_t& seed) {
    const fonts::Face& face = reg.face(id);
    page::GlyphRun run;
    Length y = y0;
    size_t inLine = 0;
    Length x = x0;
    run.face = id;
    run.size = size;
    for (size_t i = 0; i < glyphs; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        const char32_t cp = vocab[(seed >> 33) % vocab.size()];
        const std::uint32_t g = face.glyphFor(cp);
        run.add(g, {x, y}, std::u16string(1, static_cast<char16_t>(cp)));
        x += toLength(face.advance(g), size, face.unitsPerEm()) + ((y / size) % 4 == 0 ? 123 : 0);
        if (++inLine == perLine) {
            page.items.push_back(std::move(run));
            run = page::GlyphRun{};
            run.face = id;
            run.size = size;
            inLine = 0;
            x = x0;
            y += size * 3 / 2;
        }
    }
    if (!run.glyphs.empty()) page.items.push_back(std::move(run));
}

page::PageDisplay broadsheet(const test::TestFonts& f, size_t bodyGlyphs, size_t bodyVocab,
                             size_t seed) {
    page::PageDisplay p;
    p.width = fromMm(350);
    p.height = fromMm(500);
    const auto body = vocabulary(f.registry.face(f.serif), bodyVocab, 7);
    const auto head = vocabulary(f.registry.face(f.sans), 150, 131);
    const auto kick = vocabulary(f.registry.face(f.kai), 100, 173);
    addText(p, f.registry, f.serif, body, bodyGlyphs, 9000, 20000, 100000, 50, seed);
    addText(p, f.registry, f.sans, head, 150, 36000, 20000, 40000, 15, seed);
    addText(p, f.registry, f.kai, kick, 100, 14000, 20000, 80000, 25, seed);
    for (int i = 0; i < 40; ++i)
        p.items.push_back(page::RuleItem{{20000, 90000 + i * 30000}, {900000, 90000 + i * 30000}});
    return p;
}

size_t glyphCount(const std::vector<page::PageDisplay>& pages) {
    size_t n = 0;
    for (const auto& p : pages)
        for (const auto& it : p.items)
            if (const auto* r = std::get_if<page::GlyphRun>(&it)) n += r->glyphs.size();
    return n;
}

struct Timing {
    double best = 1e9;
    double median = 0;
    double cpuMedian = 0;
    size_t bytes = 0;
};

Timing timeExport(const std::vector<page::PageDisplay>& pages, const fonts::FontRegistry& reg) {
    std::vector<double> t, cpu;
    Timing out;
    for (int i = 0; i < 9; ++i) {
        const auto start = Clock::now();
        const double cpuStart = cpuMs();
        auto r = exportPdf(pages, reg, PdfOptions{});
        cpu.push_back(cpuMs() - cpuStart);
        t.push_back(msSince(start));
        REQUIRE(r.ok());
        out.bytes = r->size();
    }
    std::sort(t.begin(), t.end());
    std::sort(cpu.begin(), cpu.end());
    out.best = t.front();
    out.median = t[t.size() / 2];
    out.cpuMedian = cpu[cpu.size() / 2];
    return out;
}

// Subsetting alone, serially, in CPU time.
double timeSubsets(const std::vector<page::PageDisplay>& pages, const fonts::FontRegistry& reg) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> glyphs;
    for (const auto& p : pages)
        for (const auto& it : p.items)
            if (const auto* r = std::get_if<page::GlyphRun>(&it))
                glyphs[r->face.value].insert(glyphs[r->face.value].end(), r->glyphs.begin(),
                                             r->glyphs.end());
    double best = 1e9;
    for (int i = 0; i < 5; ++i) {
        const double start = cpuMs();
        for (auto& [face, gs] : glyphs) REQUIRE(subsetFace(reg.face(fonts::FaceId{face}), gs).ok());
        best = std::min(best, cpuMs() - start);
    }
    return best;
}

void report(const char* what, const std::vector<page::PageDisplay>& pages,
            const fonts::FontRegistry& reg) {
    const Timing t = timeExport(pages, reg);
    const double subsets = timeSubsets(pages, reg);
    std::printf(
        "%s: %zu pages, %zu glyphs: export wall median %.1f ms (best %.1f ms), CPU "
        "median %.1f ms, of which subsetting (serial, CPU) %.1f ms; %zu bytes\n",
        what, pages.size(), glyphCount(pages), t.median, t.best, t.cpuMedian, subsets, t.bytes);
}

}  // namespace

TEST_CASE("export timings", "[.][perf]") {
    test::TestFonts f;
    report("broadsheet page", {broadsheet(f, 9750, 1500, 1)}, f.registry);
    std::vector<page::PageDisplay> issue;
    for (size_t i = 0; i < 40; ++i) issue.push_back(broadsheet(f, 4750, 1500 + 40 * i, i + 1));
    report("issue", issue, f.registry);
}
