// SPDX-License-Identifier: MIT
// The separator rules (栏线) of an applied candidate, drawn as a page editor draws them: a
// horizontal rule along the middle of each separator line between stacked modules, and a
// vertical rule in the middle of the gutter between side-by-side modules (or a module and a
// fixed item), running from the rule or edge above to the rule or edge below and cut where a
// horizontal rule crosses it. Horizontal rules that end at a vertical one reach it, so the two
// join as on a hand-made page.
#include "layout/autolayout/separators.h"

#include <algorithm>

#include "layout/place/occupancy.h"

namespace bm::autolayout {

namespace {

enum class Kind { None, Module, Gap, Fixed };

struct Owner {
    Kind kind = Kind::None;
    int index = -1;
    bool operator==(const Owner&) const = default;
};

/// Who holds each grid cell: the candidate's modules and separator lines over the fixed items
/// (what stays on the page: other frames, labels, images that are no module's photo).
class Cells {
public:
    Cells(const model::Document& doc, const model::Page& page, const Candidate& c)
        : columns_(page.grid.columns),
          lines_(model::gridLines(page)),
          cells_(static_cast<size_t>(columns_) * lines_) {
        const auto items = place::pageItems(doc, page);
        for (size_t i = 0; i < items.size(); ++i) {
            const auto& item = items[i];
            if (!item.grid) continue;
            if (item.kind == place::ItemKind::Article &&
                std::any_of(c.modules.begin(), c.modules.end(),
                            [&](const Module& m) { return m.articleId == item.articleId; }))
                continue;  // the story's old frame: the toEdits batch removes it
            if (item.kind == place::ItemKind::Image &&
                std::any_of(c.modules.begin(), c.modules.end(),
                            [&](const Module& m) { return m.photoId == item.id; }))
                continue;  // moves into its story's module
            fill(*item.grid, {Kind::Fixed, static_cast<int>(i)});
        }
        for (size_t i = 0; i < c.gaps.size(); ++i)
            fill(c.gaps[i], {Kind::Gap, static_cast<int>(i)});
        for (size_t i = 0; i < c.modules.size(); ++i)
            fill(c.modules[i].area, {Kind::Module, static_cast<int>(i)});
    }

    Owner at(int x, int y) const {
        if (x < 0 || x >= columns_ || y < 0 || y >= lines_) return {};
        return cells_[static_cast<size_t>(y) * columns_ + x];
    }
    int columns() const { return columns_; }
    int lines() const { return lines_; }

private:
    void fill(const model::GridRect& r, Owner o) {
        for (int y = std::max(0, r.line); y < std::min(lines_, r.line + r.lines); ++y)
            for (int x = std::max(0, r.column); x < std::min(columns_, r.column + r.span); ++x)
                cells_[static_cast<size_t>(y) * columns_ + x] = o;
    }

    int columns_, lines_;
    std::vector<Owner> cells_;
};

/// The y of the rule drawn along separator line `gap` (its middle).
Length gapRuleY(const model::Page& page, const model::GridRect& gap) {
    const Rect box = model::gridRectToPage(page, gap);
    return box.y + box.h / 2;
}

/// Whether a vertical rule belongs at boundary x on grid line y, and whether the line anchors
/// it (a module on at least one side; separator lines only carry a rule through a junction).
struct Row {
    bool present = false;
    bool anchor = false;
};

Row rowAt(const Cells& cells, int x, int y) {
    const Owner a = cells.at(x - 1, y), b = cells.at(x, y);
    Row r;
    if (a.kind == Kind::None || b.kind == Kind::None) return r;
    if (a == b) return r;  // one module, one fixed item or one separator line across the gutter
    if (a.kind != Kind::Module && b.kind != Kind::Module) {
        // Two fixed items are not the candidate's business; two separator lines meeting at x
        // carry the rule through the junction.
        r.present = a.kind == Kind::Gap && b.kind == Kind::Gap;
        return r;
    }
    r.present = true;
    r.anchor = true;
    return r;
}

/// The separator line a vertical run meets at grid line y (on either side), if any.
const model::GridRect* gapAt(const Cells& cells, const Candidate& c, int x, int y) {
    for (int side : {x - 1, x}) {
        const Owner o = cells.at(side, y);
        if (o.kind == Kind::Gap) return &c.gaps[static_cast<size_t>(o.index)];
    }
    return nullptr;
}

}  // namespace

std::vector<Separator> separatorRules(const model::Document& doc, const model::Page& page,
                                      const Candidate& c) {
    std::vector<Separator> out;
    const Length gutter = page.grid.gutter;
    for (const auto& gap : c.gaps) {
        const Rect box = model::gridRectToPage(page, gap);
        const Length y = gapRuleY(page, gap);
        out.push_back({{box.x, y}, {box.x + box.w, y}});
    }
    const size_t horizontal = out.size();
    const Cells cells(doc, page, c);
    std::vector<Separator> vertical;
    for (int x = 1; x < cells.columns(); ++x) {
        const Length rx = model::columnX(page, x) - gutter / 2;
        int y = 0;
        while (y < cells.lines()) {
            if (!rowAt(cells, x, y).present) {
                ++y;
                continue;
            }
            int end = y;
            while (end < cells.lines() && rowAt(cells, x, end).present) ++end;
            // Trim the run to its anchored rows; a separator line just outside them is where the
            // rule above or below lies, so the vertical rule starts or stops on it.
            int first = y, last = end - 1;
            while (first <= last && !rowAt(cells, x, first).anchor) ++first;
            while (last >= first && !rowAt(cells, x, last).anchor) --last;
            if (first <= last) {
                Length top = model::lineTop(page, first),
                       bottom = model::lineTop(page, last) + page.grid.bodySize;
                if (const auto* g = gapAt(cells, c, x, first - 1)) top = gapRuleY(page, *g);
                if (const auto* g = gapAt(cells, c, x, last + 1)) bottom = gapRuleY(page, *g);
                vertical.push_back({{rx, top}, {rx, bottom}});
            }
            y = end;
        }
    }
    // A horizontal rule that ends beside a vertical one reaches it across the half gutter.
    for (size_t i = 0; i < horizontal; ++i) {
        Separator& h = out[i];
        for (const Separator& v : vertical) {
            if (h.from.y < v.from.y || h.from.y > v.to.y) continue;
            if (v.from.x == h.from.x - gutter / 2) h.from.x = v.from.x;
            if (v.from.x == h.to.x + gutter / 2) h.to.x = v.from.x;
        }
    }
    out.insert(out.end(), vertical.begin(), vertical.end());
    return out;
}

}  // namespace bm::autolayout
