// SPDX-License-Identifier: MIT
#include "layout/model/page_objects.h"

#include <algorithm>
#include <optional>

namespace bm::model {

namespace {

Rect unite(const Rect& a, const Rect& b) {
    const Length x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
    const Length x1 = std::max(a.right(), b.right()), y1 = std::max(a.bottom(), b.bottom());
    return Rect{x0, y0, x1 - x0, y1 - y0};
}

Rect ruleBounds(const RuleFrame& r) {
    const Length half =
        r.kind == RuleFrame::Kind::Box ? r.width / 2 : std::max<Length>(r.width, 1) / 2;
    const Length x0 = std::min(r.from.x, r.to.x), x1 = std::max(r.from.x, r.to.x);
    const Length y0 = std::min(r.from.y, r.to.y), y1 = std::max(r.from.y, r.to.y);
    return Rect{x0 - half, y0 - half, x1 - x0 + 2 * half, y1 - y0 + 2 * half};
}

PageObject gridObject(const Page& page, std::string id, ObjectKind kind, const GridRect& area,
                      bool locked) {
    PageObject o;
    o.id = std::move(id);
    o.kind = kind;
    o.area = area;
    o.bounds = gridRectToPage(page, area);
    o.rects = {o.bounds};
    o.locked = locked;
    return o;
}

Length clampShift(Length lo, Length hi, Length d, Length limit) {
    // Keep [lo + d, hi + d] inside [0, limit] when it fits.
    if (lo + d < 0) d = -lo;
    if (hi + d > limit) d = limit - hi;
    return d;
}

}  // namespace

GridRect frameGridBounds(const ArticleFrame& frame) {
    if (frame.rects.empty()) return {};
    int c0 = frame.rects[0].area.column, l0 = frame.rects[0].area.line;
    int c1 = c0 + frame.rects[0].area.span, l1 = l0 + frame.rects[0].area.lines;
    for (const auto& r : frame.rects) {
        c0 = std::min(c0, r.area.column);
        l0 = std::min(l0, r.area.line);
        c1 = std::max(c1, r.area.column + r.area.span);
        l1 = std::max(l1, r.area.line + r.area.lines);
    }
    return GridRect{c0, c1 - c0, l0, l1 - l0};
}

std::vector<PageObject> pageObjects(const Page& page) {
    std::vector<PageObject> out;
    out.reserve(page.articleFrames.size() + page.labels.size() + page.images.size() +
                page.rules.size());
    for (const auto& f : page.articleFrames) {
        PageObject o = gridObject(page, f.id, ObjectKind::Article, frameGridBounds(f), f.locked);
        o.articleId = f.articleId;
        o.rects.clear();
        for (const auto& r : f.rects) o.rects.push_back(gridRectToPage(page, r.area));
        out.push_back(std::move(o));
    }
    for (const auto& l : page.labels)
        out.push_back(gridObject(page, l.id, ObjectKind::Label, l.area, l.locked));
    for (const auto& im : page.images)
        out.push_back(gridObject(page, im.id, ObjectKind::Image, im.area, im.locked));
    for (const auto& r : page.rules) {
        PageObject o;
        o.id = r.id;
        o.kind = ObjectKind::Rule;
        o.bounds = ruleBounds(r);
        o.rects = {o.bounds};
        o.onGrid = false;
        o.locked = r.locked;
        out.push_back(std::move(o));
    }
    for (auto& o : out) {
        Rect b = o.rects.empty() ? o.bounds : o.rects[0];
        for (const auto& r : o.rects) b = unite(b, r);
        o.bounds = b;
    }
    return out;
}

std::optional<PageObject> findObject(const Page& page, const std::string& id) {
    for (auto& o : pageObjects(page))
        if (o.id == id) return o;
    return std::nullopt;
}

const ArticleFrame* findArticleFrame(const Page& page, const std::string& frameId) {
    for (const ArticleFrame& f : page.articleFrames)
        if (f.id == frameId) return &f;
    return nullptr;
}

std::optional<FoundArticleFrame> findArticleFrame(const Document& doc, const std::string& frameId) {
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (const ArticleFrame* f = findArticleFrame(doc.pages[i], frameId))
            return FoundArticleFrame{i, f};
    return std::nullopt;
}

Edit placeOnGridEdit(const Page& page, const PageObject& object, const GridRect& to) {
    switch (object.kind) {
        case ObjectKind::Image:
            return MoveImage{page.id, object.id, to};
        case ObjectKind::Label:
            for (const auto& l : page.labels)
                if (l.id == object.id) {
                    LabelFrame next = l;
                    next.area = to;
                    return SetLabel{page.id, next};
                }
            break;
        case ObjectKind::Rule:
            break;
        case ObjectKind::Article:
            for (const auto& f : page.articleFrames) {
                if (f.id != object.id) continue;
                const GridRect b = frameGridBounds(f);
                if (to.span == b.span && to.lines == b.lines)
                    return MoveFrame{page.id, f.id, -1, to};
                if (f.rects.size() != 1) return ResizeFrame{page.id, f.id, -1, to};
                const FrameRect& r = f.rects[0];
                ResizeFrame resize{page.id, f.id, 0, to};
                // Text columns that follow the base columns keep following them (a 3-column
                // frame widened to 8 sets 8 columns of text, not 3 very wide ones); columns set
                // explicitly (another count, or a fixed measure) stay as they are.
                if (r.measureMilliEm || r.textColumns != r.area.span || to.span == r.area.span)
                    return resize;
                SetTextColumns columns{page.id, f.id, -1, to.span, std::nullopt};
                // Narrowing: fewer text columns first, so that every step is valid.
                if (to.span < r.area.span) return Batch{{columns, resize}};
                return Batch{{resize, columns}};
            }
            break;
    }
    return Batch{};
}

Edit moveRuleEdit(const Page& page, const RuleFrame& rule, Length dx, Length dy) {
    RuleFrame next = rule;
    dx = clampShift(std::min(rule.from.x, rule.to.x), std::max(rule.from.x, rule.to.x), dx,
                    page.width);
    dy = clampShift(std::min(rule.from.y, rule.to.y), std::max(rule.from.y, rule.to.y), dy,
                    page.height);
    next.from = Point{rule.from.x + dx, rule.from.y + dy};
    next.to = Point{rule.to.x + dx, rule.to.y + dy};
    return SetRule{page.id, next};
}

}  // namespace bm::model
