// SPDX-License-Identifier: MIT
// The checker (issue 11): a full check of the seed page, the re-check after moving one frame
// (incremental: one article and one page), and a full check of a 32-page issue. The layouts are
// made before timing; the checker's own work is measured (image files are probed, not decoded).
#include <benchmark/benchmark.h>

#include <stdexcept>

#include "layout/check/checker.h"
#include "layout/model/serialize.h"
#include "layout/page/layout_session.h"

using namespace bm;

namespace {

const std::string kSamples = std::string(BM_SOURCE_DIR) + "/samples";

struct Laid {
    model::Document doc;
    std::shared_ptr<const page::DocumentLayout> layout;
};

fonts::FontRegistry& registry() {
    static fonts::FontRegistry r;
    return r;
}

Laid laidOut(model::Document doc) {
    page::LayoutSession session(registry());
    session.setDocumentDir(kSamples);
    auto l = session.layout(doc);
    if (!l) throw std::runtime_error(l.error());
    return {std::move(doc), *l};
}

model::Document seedDocument() {
    auto d = model::loadDocument(kSamples + "/seed-page.bmdoc.json");
    if (!d) throw std::runtime_error(d.error());
    return *d;
}

/// The seed page with its frame f-tree moved one column (the drag the editor re-checks after).
model::Document seedMoved() {
    model::Document d = seedDocument();
    for (auto& f : d.pages[0].articleFrames)
        if (f.id == "f-tree")
            for (auto& r : f.rects) r.area.line += 3;
    return d;
}

/// A 32-版 issue: the seed page 32 times, each with its own articles (a mark in the headline
/// and the first paragraph keeps the stories distinct, as an issue's are).
model::Document issue32() {
    const model::Document seed = seedDocument();
    model::Document d = seed;
    d.pages.clear();
    d.articles.clear();
    for (int n = 1; n <= 32; ++n) {
        const std::string s = "-" + std::to_string(n);
        std::u16string mark = u"（）";
        mark.insert(1, 1, char16_t(u'0' + n % 10));
        for (model::Article a : seed.articles) {
            a.id += s;
            a.headline.insert(0, mark);
            if (!a.paragraphs.empty()) a.paragraphs[0].insert(0, mark);
            d.articles.push_back(std::move(a));
        }
        model::Page p = seed.pages[0];
        p.id = "p" + std::to_string(n);
        p.number = n;
        for (auto& f : p.articleFrames) {
            f.id += s;
            f.articleId += s;
        }
        for (auto& i : p.images) i.id += s;
        for (auto& r : p.rules) r.id += s;
        for (auto& l : p.labels) l.id += s;
        d.pages.push_back(std::move(p));
    }
    return d;
}

void fullCheck(benchmark::State& state, const Laid& laid) {
    size_t findings = 0;
    for (auto _ : state) {
        check::Checker checker(&registry());  // cold: every article and page
        checker.setDocumentDir(kSamples);
        auto r = checker.check(laid.doc, *laid.layout);
        findings = r.findings.size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["findings"] = double(findings);
}

void BM_CheckSeedFull(benchmark::State& state) {
    static const Laid seed = laidOut(seedDocument());
    fullCheck(state, seed);
}
BENCHMARK(BM_CheckSeedFull)->Unit(benchmark::kMillisecond);

void BM_CheckSeedAfterMovingOneFrame(benchmark::State& state) {
    static const Laid seed = laidOut(seedDocument());
    static const Laid moved = laidOut(seedMoved());
    check::Checker checker(&registry());
    checker.setDocumentDir(kSamples);
    checker.check(seed.doc, *seed.layout);
    bool flip = false;
    size_t articles = 0, pages = 0;
    for (auto _ : state) {
        flip = !flip;
        const Laid& l = flip ? moved : seed;
        benchmark::DoNotOptimize(checker.check(l.doc, *l.layout));
        articles = checker.articlesRechecked();
        pages = checker.pagesRechecked();
    }
    state.counters["articlesRechecked"] = double(articles);
    state.counters["pagesRechecked"] = double(pages);
}
BENCHMARK(BM_CheckSeedAfterMovingOneFrame)->Unit(benchmark::kMillisecond);

void BM_Check32PageIssueFull(benchmark::State& state) {
    static const Laid issue = laidOut(issue32());
    fullCheck(state, issue);
}
BENCHMARK(BM_Check32PageIssueFull)->Unit(benchmark::kMillisecond);

void BM_Check32PageIssueUnchanged(benchmark::State& state) {
    static const Laid issue = laidOut(issue32());
    check::Checker checker(&registry());
    checker.setDocumentDir(kSamples);
    checker.check(issue.doc, *issue.layout);
    for (auto _ : state) benchmark::DoNotOptimize(checker.check(issue.doc, *issue.layout));
}
BENCHMARK(BM_Check32PageIssueUnchanged)->Unit(benchmark::kMillisecond);

}  // namespace
