// SPDX-License-Identifier: MIT
// Layout rules of one page: LAY-OVERLAP (from the page occupancy model of layout/place, the same
// one the editor's gestures and the canvas use), LAY-WRAP-COLLISION (set lines under a picture
// that does not wrap, or under a label: labels never push text away), LAY-OFF-PAGE and
// LAY-OFF-TYPEAREA (rules, the only items in page coordinates).
#include <algorithm>
#include <cstdlib>
#include <map>

#include "layout/check/check_detail.h"
#include "layout/place/occupancy.h"

namespace bm::check::detail {

namespace {

bool intersects(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

bool inside(const Rect& r, const Rect& box) {
    return r.x >= box.x - 1 && r.y >= box.y - 1 && r.x + r.w <= box.x + box.w + 1 &&
           r.y + r.h <= box.y + box.h + 1;
}

std::string cells(const std::optional<model::GridRect>& g) {
    if (!g) return "";
    const auto range = [](int a, int n) {
        return n > 1 ? std::to_string(a + 1) + "–" + std::to_string(a + n) : std::to_string(a + 1);
    };
    return "（栏 " + range(g->column, g->span) + "，行 " + range(g->line, g->lines) + "）";
}

const char* kindZh(place::ItemKind k) {
    switch (k) {
        case place::ItemKind::Article:
            return "文框";
        case place::ItemKind::Image:
            return "图片";
        case place::ItemKind::Label:
            return "标签";
        case place::ItemKind::Rule:
            return "线条";
        case place::ItemKind::Header:
            return "报眉";
    }
    return "";
}

Location itemLocation(const model::Document& doc, int pageIndex, const place::PageItem& item) {
    Location l = pageLocation(doc, pageIndex);
    if (item.kind != place::ItemKind::Header) l.frame = item.id;
    l.article = item.articleId;
    return l;
}

// Text under a picture or a label is reported by LAY-WRAP-COLLISION (from the set lines).
bool reportedByWrapRule(const place::PageItem& a, const place::PageItem& b) {
    auto textUnder = [](const place::PageItem& x, const place::PageItem& y) {
        return x.kind == place::ItemKind::Article &&
               (y.kind == place::ItemKind::Label || (y.kind == place::ItemKind::Image && !y.wraps));
    };
    return textUnder(a, b) || textUnder(b, a);
}

Rect boundingBox(const Rect& a, const Rect& b) {
    const Length x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return {x, y, std::max(a.right(), b.right()) - x, std::max(a.bottom(), b.bottom()) - y};
}

model::GridRect boundingCells(const model::GridRect& a, const model::GridRect& b) {
    const int column = std::min(a.column, b.column), line = std::min(a.line, b.line);
    return {column, std::max(a.column + a.span, b.column + b.span) - column, line,
            std::max(a.line + a.lines, b.line + b.lines) - line};
}

// One finding per pair of objects: a frame of several rects (an L shape) is one occupancy item
// per rect, and its overlaps with the same neighbour are merged (the cells' bounding range).
void overlapRule(const model::Document& doc, int pageIndex, Emit& emit) {
    const auto occ = place::pageOccupancy(doc, doc.pages[static_cast<size_t>(pageIndex)]);
    struct Pair {
        place::Overlap overlap;
        double areaPt2 = 0;
    };
    std::vector<Pair> pairs;
    for (const auto& o : occ.overlaps) {
        const place::PageItem &a = occ.items[o.a], &b = occ.items[o.b];
        if (reportedByWrapRule(a, b)) continue;
        const double area = static_cast<double>(o.area.w) / 1000.0 * o.area.h / 1000.0;
        auto same = [&](const place::PageItem& x, const place::PageItem& y) {
            return x.kind == y.kind && x.id == y.id;
        };
        auto it = std::find_if(pairs.begin(), pairs.end(), [&](const Pair& p) {
            const place::PageItem &pa = occ.items[p.overlap.a], &pb = occ.items[p.overlap.b];
            return (same(pa, a) && same(pb, b)) || (same(pa, b) && same(pb, a));
        });
        if (it == pairs.end()) {
            pairs.push_back({o, area});
            continue;
        }
        it->areaPt2 += area;
        it->overlap.area = boundingBox(it->overlap.area, o.area);
        if (it->overlap.grid && o.grid)
            it->overlap.grid = boundingCells(*it->overlap.grid, *o.grid);
        else
            it->overlap.grid.reset();
    }
    for (const auto& p : pairs) {
        const place::PageItem &a = occ.items[p.overlap.a], &b = occ.items[p.overlap.b];
        Finding& f = emit.add("LAY-OVERLAP", itemLocation(doc, pageIndex, a),
                              std::string("文章压框：") + kindZh(a.kind) + "“" + a.id + "”与" +
                                  kindZh(b.kind) + "“" + b.id + "”重叠" + cells(p.overlap.grid),
                              place::describeOverlap(occ, p.overlap));
        f.related.push_back(itemLocation(doc, pageIndex, b));
        f.data = {{"areaPt2", p.areaPt2}};
    }
}

void wrapCollisionRule(const model::Document& doc, const page::PageLayout& pl, int pageIndex,
                       Emit& emit) {
    const model::Page& page = doc.pages[static_cast<size_t>(pageIndex)];
    struct Obstacle {
        std::string id;
        Rect rect;
        const char* zh;
    };
    std::vector<Obstacle> obstacles;
    for (const auto& img : page.images)
        if (!img.wrap) obstacles.push_back({img.id, model::gridRectToPage(page, img.area), "图片"});
    for (const auto& label : page.labels)
        obstacles.push_back({label.id, model::gridRectToPage(page, label.area), "标签"});
    if (obstacles.empty()) return;
    const Length size = page.grid.bodySize;
    for (const Obstacle& ob : obstacles) {
        std::map<std::pair<std::string, std::string>, int> hits;  // (article, frame) → lines
        std::map<std::pair<std::string, std::string>, int> first;
        for (const auto& line : pl.lines) {
            if (line.articleId.empty()) continue;
            const Rect box{line.x, line.baseline - size * 8 / 10, line.width, size * 9 / 10};
            if (!intersects(box, ob.rect)) continue;
            const auto key = std::make_pair(line.articleId, line.frameId);
            if (hits[key]++ == 0) first[key] = line.paragraph;
        }
        for (const auto& [key, n] : hits) {
            Location l = pageLocation(doc, pageIndex);
            l.article = key.first;
            l.frame = key.second;
            Finding& f =
                emit.add("LAY-WRAP-COLLISION", l,
                         std::string("文字压图：") + std::to_string(n) + " 行文字压在" + ob.zh +
                             "“" + ob.id + "”上",
                         std::to_string(n) + " lines of text are printed under '" + ob.id + "'");
            Location r = pageLocation(doc, pageIndex);
            r.frame = ob.id;
            f.related.push_back(r);
            f.data = {{"lines", n}};
        }
    }
}

void offPageRules(const model::Document& doc, int pageIndex, Emit& emit) {
    const model::Page& page = doc.pages[static_cast<size_t>(pageIndex)];
    const Rect trim{0, 0, page.width, page.height};
    const auto header = place::headerArea(doc, page);
    for (const auto& rule : page.rules) {
        const Length half = rule.width / 2;
        const Length x0 = std::min(rule.from.x, rule.to.x) - half,
                     y0 = std::min(rule.from.y, rule.to.y) - half;
        const Rect box{x0, y0, std::max(rule.from.x, rule.to.x) + half - x0,
                       std::max(rule.from.y, rule.to.y) + half - y0};
        // A rule along the edge of the type area is a frame rule: its centre line counts.
        const Rect line{std::min(rule.from.x, rule.to.x), std::min(rule.from.y, rule.to.y),
                        std::abs(rule.to.x - rule.from.x), std::abs(rule.to.y - rule.from.y)};
        Location l = pageLocation(doc, pageIndex);
        l.frame = rule.id;
        if (!inside(box, trim)) {
            if (emit.on("LAY-OFF-PAGE"))
                emit.add("LAY-OFF-PAGE", l, "出界：线条“" + rule.id + "”超出成品尺寸",
                         "Rule '" + rule.id + "' extends past the trim");
        } else if (!inside(line, page.typeArea) && !(header && inside(line, *header)) &&
                   emit.on("LAY-OFF-TYPEAREA")) {
            emit.add("LAY-OFF-TYPEAREA", l, "出版心：线条“" + rule.id + "”在版心之外",
                     "Rule '" + rule.id + "' lies outside the type area");
        }
    }
}

}  // namespace

void checkPageLayout(const model::Document& doc, const page::DocumentLayout& layout, int pageIndex,
                     Emit& emit) {
    if (emit.on("LAY-OVERLAP")) overlapRule(doc, pageIndex, emit);
    if (emit.on("LAY-WRAP-COLLISION") && pageIndex < static_cast<int>(layout.pages.size()))
        wrapCollisionRule(doc, layout.pages[static_cast<size_t>(pageIndex)], pageIndex, emit);
    offPageRules(doc, pageIndex, emit);
}

}  // namespace bm::check::detail
