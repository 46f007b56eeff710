// SPDX-License-Identifier: MIT
#pragma once
// The seed page (samples/seed-page.bmdoc.json) with a font registry and a trial cache, for the
// placement and copy-fit tests; `cleared()` is the same page with no article frames (a fresh
// page with its 报眉, label, photos and rules).
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "fonts/font_registry.h"
#include "layout/flow/article_flow.h"
#include "layout/flow/style_text.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/place/occupancy.h"
#include "layout/place/trials.h"

namespace bm::testing {

inline model::Document loadSample(const std::string& name) {
    auto loaded = model::loadDocument(std::string(BM_SOURCE_DIR) + "/samples/" + name);
    if (!loaded) FAIL(loaded.error());
    return std::move(*loaded);
}

struct PlaceFixture {
    fonts::FontRegistry fonts;
    flow::TextSetter setter{fonts};
    place::TrialCache cache{setter};
    model::Document seed = loadSample("seed-page.bmdoc.json");

    model::Document cleared() const {
        model::Document d = seed;
        for (auto& p : d.pages) p.articleFrames.clear();
        return d;
    }

    flow::ArticleFlow flowOf(const model::Document& doc, const std::string& articleId) {
        const auto* a = doc.article(articleId);
        REQUIRE(a);
        auto f = flow::flowArticle(doc, *a, flow::articleChain(doc, articleId), setter);
        if (!f) FAIL(f.error());
        return std::move(*f);
    }

    static size_t overlaps(const model::Document& doc) {
        size_t n = 0;
        for (const auto& p : doc.pages) n += place::pageOccupancy(doc, p).overlaps.size();
        return n;
    }
};

inline const char* const kSeedArticles[] = {"speech",       "library-books",  "job-fair",
                                            "tree-warming", "guoxue-society", "platform-economy"};

}  // namespace bm::testing
