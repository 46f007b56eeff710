// SPDX-License-Identifier: MIT
#pragma once
// The seed page emptied for 智能组版: no article frames, no label and no rules (an empty 对开
// page with its 报眉), the two photos still on it to go with their stories.
#include <map>

#include "layout/autolayout/autolayout.h"
#include "unit/place/place_fixture.h"

namespace bm::testing {

struct AutoLayoutFixture : PlaceFixture {
    model::Document emptyPage() const {
        model::Document d = cleared();
        d.pages[0].labels.clear();
        d.pages[0].rules.clear();
        return d;
    }

    autolayout::Request seedRequest(const model::Document& doc) const {
        autolayout::Request r;
        r.articles = autolayout::defaultPriorities(doc, autolayout::unplacedArticles(doc));
        autolayout::attachPhotos(doc.pages[0], r.articles);
        r.budget = 600;
        r.documentDir = std::string(BM_SOURCE_DIR) + "/samples";  // the photos' pixel sizes
        return r;
    }

    /// Share of the free cells owned by a different story in `a` and `b` (§3.7).
    static double disagreement(const autolayout::Candidate& a, const autolayout::Candidate& b,
                               int freeCells) {
        std::map<std::pair<int, int>, std::string> owner;
        for (const auto& m : a.modules)
            for (int y = m.area.line; y < m.area.line + m.area.lines; ++y)
                for (int x = m.area.column; x < m.area.column + m.area.span; ++x)
                    owner[{x, y}] = m.articleId;
        int differ = 0;
        for (const auto& m : b.modules)
            for (int y = m.area.line; y < m.area.line + m.area.lines; ++y)
                for (int x = m.area.column; x < m.area.column + m.area.span; ++x) {
                    auto it = owner.find({x, y});
                    differ += it == owner.end() || it->second != m.articleId;
                }
        return static_cast<double>(differ) / freeCells;
    }

    /// The separator rules of candidate `c` applied in `out`, as a page editor draws them: one
    /// along every separator line, one in the gutter between every two side-by-side modules
    /// (over all the lines they share), and no vertical rule running across a horizontal one.
    static void expectRules(const model::Document& out, const autolayout::Candidate& c) {
        const model::Page& page = out.pages[0];
        const Length half = page.grid.gutter / 2;
        std::vector<model::RuleFrame> across, down;
        for (const auto& r : page.rules) {
            if (r.id.rfind("rule-auto-", 0) != 0) continue;
            CHECK(r.width == model::RuleFrame{}.width);  // the house weight
            (r.from.y == r.to.y ? across : down).push_back(r);
        }
        for (const auto& gap : c.gaps) {
            const Rect box = model::gridRectToPage(page, gap);
            INFO("separator line at column " << gap.column << ", line " << gap.line);
            CHECK(std::any_of(across.begin(), across.end(), [&](const auto& r) {
                return r.from.y > box.y && r.from.y < box.y + box.h && r.from.x <= box.x &&
                       r.from.x >= box.x - half && r.to.x >= box.x + box.w &&
                       r.to.x <= box.x + box.w + half;
            }));
        }
        for (const auto& a : c.modules)
            for (const auto& b : c.modules) {
                if (a.area.column + a.area.span != b.area.column) continue;
                const int top = std::max(a.area.line, b.area.line);
                const int end = std::min(a.area.line + a.area.lines, b.area.line + b.area.lines);
                if (top >= end) continue;
                INFO(a.articleId << " beside " << b.articleId);
                const Length x = model::columnX(page, b.area.column) - half;
                const Length y0 = model::lineTop(page, top);
                const Length y1 = model::lineTop(page, end - 1) + page.grid.bodySize;
                CHECK(std::any_of(down.begin(), down.end(), [&](const auto& r) {
                    return r.from.x == x && r.to.x == x && r.from.y <= y0 && r.to.y >= y1;
                }));
            }
        for (const auto& v : down)
            for (const auto& h : across) {
                const bool crosses = v.from.x > h.from.x && v.from.x < h.to.x &&
                                     h.from.y > v.from.y && h.from.y < v.to.y;
                CHECK_FALSE(crosses);
            }
    }
};

}  // namespace bm::testing
