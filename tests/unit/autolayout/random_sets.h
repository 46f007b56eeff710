// SPDX-License-Identifier: MIT
#pragma once
// Random story sets for 智能组版 at the page's capacity, shared by the benchmark and the tests
// (the same instance numbers give the same stories in both): a lead of 1,500–3,000 字, seconds
// of 600–1,500, briefs of 100–600 (log-uniform), paragraphs resampled from the seed copy, a third
// of the stories with a 4:3 or 3:2 photo placeholder, the set scaled to ≈ the seed page's 5.1 k 字
// and 2 photos.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "layout/autolayout/autolayout.h"
#include "layout/model/document.h"

namespace bm::testing {

/// All body paragraphs of the seed copy, to resample from.
inline std::vector<std::u16string> seedParagraphs(const model::Document& seed) {
    std::vector<std::u16string> out;
    for (const auto& a : seed.articles)
        for (const auto& p : a.paragraphs)
            if (p.size() >= 20) out.push_back(p);
    return out;
}

inline int logUniform(std::mt19937& rng, int lo, int hi) {
    const double u = static_cast<double>(rng() % 100000) / 100000.0;
    return static_cast<int>(std::exp(std::log(lo) + u * (std::log(hi) - std::log(lo))));
}

/// A story of about `chars` 字 from resampled paragraphs (the last one cut to length).
inline model::Article story(const std::string& id, const model::Article& headFrom, int chars,
                            const std::vector<std::u16string>& pool, std::mt19937& rng) {
    model::Article a = headFrom;
    a.id = id;
    a.paragraphs.clear();
    a.tracking.clear();
    a.flushParagraphs.clear();
    // The head story's rich text (bold lead-ins, 小标题) addresses its own paragraphs.
    a.charRanges.clear();
    a.paragraphStyles.clear();
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

/// A random set of n stories on `emptied` (the seed page without frames, labels and rules).
inline std::pair<model::Document, autolayout::Request> randomSet(const model::Document& emptied,
                                                                 int n, std::uint32_t instance) {
    const auto pool = seedParagraphs(emptied);
    std::mt19937 rng(1000u * static_cast<unsigned>(n) + instance);
    model::Document doc = emptied;
    const auto heads = doc.articles;
    doc.articles.clear();
    auto& images = doc.pages[0].images;
    const model::ImageFrame photoTemplate = images.front();
    images.clear();
    std::vector<int> lengths;
    const int seconds = n >= 4 ? 1 + static_cast<int>(rng() % 3) : 0;
    for (int i = 0; i < n; ++i)
        lengths.push_back(i == 0         ? logUniform(rng, 1500, 3000)
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
        doc.articles.push_back(
            story(id, heads[static_cast<size_t>(i) % heads.size()], chars, pool, rng));
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

}  // namespace bm::testing
