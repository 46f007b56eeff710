// SPDX-License-Identifier: MIT
// Edits of article frames: place, remove, move, resize, reshape, text columns.
#include <algorithm>
#include <optional>
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/validate.h"

namespace bm::model::edit_detail {

namespace {

struct FrameRef {
    Page* page = nullptr;
    ArticleFrame* frame = nullptr;
};

Result<FrameRef> findFrame(Document& doc, const std::string& pageId, const std::string& frameId) {
    Page* page = findPage(doc, pageId);
    if (!page) return fail("unknown page id " + quoted(pageId));
    ArticleFrame* frame = findById(page->articleFrames, frameId);
    if (!frame) return fail("unknown frame id " + quoted(frameId) + " on page " + quoted(pageId));
    return FrameRef{page, frame};
}

Result<int> checkRectIndex(const ArticleFrame& f, int rectIndex) {
    if (rectIndex == -1) {
        if (f.rects.empty()) return fail("frame " + quoted(f.id) + " has no rects");
        return rectIndex;
    }
    if (rectIndex < 0 || static_cast<size_t>(rectIndex) >= f.rects.size())
        return fail("rectIndex: expected -1 (whole frame) or 0 to " +
                    std::to_string(static_cast<int>(f.rects.size()) - 1) + " for frame " +
                    quoted(f.id) + ", got " + std::to_string(rectIndex));
    return rectIndex;
}

/// Checks every rect of a would-be frame against the page; the document is untouched.
Result<Ok> checkRects(const Page& page, const ArticleFrame& f,
                      const std::vector<FrameRect>& rects) {
    if (rects.empty())
        return fail("frame " + quoted(f.id) + ": expected at least one rect, got none");
    for (size_t i = 0; i < rects.size(); ++i)
        if (auto e = checkFrameRect(page, rects[i]))
            return fail("frame " + quoted(f.id) + " rects[" + std::to_string(i) + "]: " + *e);
    return Ok{};
}

GridRect boundingBox(const std::vector<FrameRect>& rects) {
    int c0 = rects[0].area.column, l0 = rects[0].area.line;
    int c1 = c0 + rects[0].area.span, l1 = l0 + rects[0].area.lines;
    for (const FrameRect& r : rects) {
        c0 = std::min(c0, r.area.column);
        l0 = std::min(l0, r.area.line);
        c1 = std::max(c1, r.area.column + r.area.span);
        l1 = std::max(l1, r.area.line + r.area.lines);
    }
    return GridRect{c0, c1 - c0, l0, l1 - l0};
}

/// a + b, or nullopt outside ±2^30 (far beyond any grid: such a target is off the page anyway).
std::optional<int> offset(long long a, long long b) {
    const long long r = a + b;
    if (r < -(1LL << 30) || r > (1LL << 30)) return std::nullopt;
    return static_cast<int>(r);
}

Error offGrid(const ArticleFrame& f) {
    return fail("frame " + quoted(f.id) +
                ": expected a position on the page grid, got one far "
                "outside it");
}

/// Replaces the rects of a frame after checking them; frame edits all end here.
Result<AppliedEdit> commitRects(Document& doc, FrameRef ref, std::vector<FrameRect> rects,
                                Edit inverse) {
    if (auto ok = checkRects(*ref.page, *ref.frame, rects); !ok) return Error{ok.error()};
    ref.frame->rects = std::move(rects);
    AppliedEdit out = applied(std::move(inverse));
    addUnique(out.touchedPages, ref.page->id);
    touchArticle(doc, ref.frame->articleId, out);
    return out;
}

}  // namespace

Result<AppliedEdit> apply(Document& doc, const PlaceArticle& e) {
    Page* page = findPage(doc, e.pageId);
    if (!page) return fail("unknown page id " + quoted(e.pageId));
    if (!validInsertIndex(e.index, page->articleFrames.size()))
        return fail("index: expected -1 or 0 to " + std::to_string(page->articleFrames.size()) +
                    ", got " + std::to_string(e.index));
    const auto problems = validateArticleFrame(doc, *page, e.frame, "frame");
    if (!problems.empty()) return fail(joinLines(problems));
    insertAt(page->articleFrames, e.index, e.frame);
    AppliedEdit out = applied(RemoveFrame{e.pageId, e.frame.id});
    addUnique(out.touchedPages, e.pageId);
    touchArticle(doc, e.frame.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveFrame& e) {
    Page* page = findPage(doc, e.pageId);
    if (!page) return fail("unknown page id " + quoted(e.pageId));
    size_t index = 0;
    if (!findById(page->articleFrames, e.frameId, &index))
        return fail("unknown frame id " + quoted(e.frameId) + " on page " + quoted(e.pageId));
    ArticleFrame frame = page->articleFrames[index];
    AppliedEdit out = applied(PlaceArticle{e.pageId, frame, static_cast<int>(index)});
    // Collect the pages before the frame goes: its own page no longer shows the article after.
    addUnique(out.touchedPages, e.pageId);
    touchArticle(doc, frame.articleId, out);
    page->articleFrames.erase(page->articleFrames.begin() + static_cast<long>(index));
    return out;
}

Result<AppliedEdit> apply(Document& doc, const MoveFrame& e) {
    auto ref = findFrame(doc, e.pageId, e.frameId);
    if (!ref) return Error{ref.error()};
    ArticleFrame& f = *ref->frame;
    if (auto idx = checkRectIndex(f, e.rectIndex); !idx) return Error{idx.error()};
    std::vector<FrameRect> rects = f.rects;
    GridRect back;
    if (e.rectIndex >= 0) {
        GridRect& a = rects[e.rectIndex].area;
        back = a;
        a.column = e.to.column;
        a.line = e.to.line;
    } else {
        back = boundingBox(rects);
        const long long dc = static_cast<long long>(e.to.column) - back.column;
        const long long dl = static_cast<long long>(e.to.line) - back.line;
        for (FrameRect& r : rects) {
            const auto c = offset(r.area.column, dc), l = offset(r.area.line, dl);
            if (!c || !l) return offGrid(f);
            r.area.column = *c;
            r.area.line = *l;
        }
    }
    return commitRects(doc, *ref, std::move(rects),
                       MoveFrame{e.pageId, e.frameId, e.rectIndex, back});
}

Result<AppliedEdit> apply(Document& doc, const ResizeFrame& e) {
    auto ref = findFrame(doc, e.pageId, e.frameId);
    if (!ref) return Error{ref.error()};
    ArticleFrame& f = *ref->frame;
    if (auto idx = checkRectIndex(f, e.rectIndex); !idx) return Error{idx.error()};
    std::vector<FrameRect> rects = f.rects;
    if (e.rectIndex >= 0) {
        const GridRect old = rects[e.rectIndex].area;
        rects[e.rectIndex].area = e.to;
        return commitRects(doc, *ref, std::move(rects),
                           ResizeFrame{e.pageId, e.frameId, e.rectIndex, old});
    }
    // The bounding box becomes `to`: rects move with its top-left corner, and rects on its right
    // or bottom edge stretch with it. Stretching can merge edges, so the inverse restores the
    // rects themselves rather than resizing back.
    const GridRect box = boundingBox(rects);
    const long long dc = static_cast<long long>(e.to.column) - box.column;
    const long long dl = static_cast<long long>(e.to.line) - box.line;
    const long long dw = static_cast<long long>(e.to.span) - box.span;
    const long long dh = static_cast<long long>(e.to.lines) - box.lines;
    for (FrameRect& r : rects) {
        const bool right = r.area.column + r.area.span == box.column + box.span;
        const bool bottom = r.area.line + r.area.lines == box.line + box.lines;
        const auto c = offset(r.area.column, dc), l = offset(r.area.line, dl);
        const auto w = offset(r.area.span, right ? dw : 0),
                   h = offset(r.area.lines, bottom ? dh : 0);
        if (!c || !l || !w || !h) return offGrid(f);
        r.area = GridRect{*c, *w, *l, *h};
    }
    return commitRects(doc, *ref, std::move(rects), SetFrameRects{e.pageId, e.frameId, f.rects});
}

Result<AppliedEdit> apply(Document& doc, const SetFrameRects& e) {
    auto ref = findFrame(doc, e.pageId, e.frameId);
    if (!ref) return Error{ref.error()};
    return commitRects(doc, *ref, e.rects, SetFrameRects{e.pageId, e.frameId, ref->frame->rects});
}

Result<AppliedEdit> apply(Document& doc, const SetTextColumns& e) {
    auto ref = findFrame(doc, e.pageId, e.frameId);
    if (!ref) return Error{ref.error()};
    ArticleFrame& f = *ref->frame;
    if (auto idx = checkRectIndex(f, e.rectIndex); !idx) return Error{idx.error()};
    std::vector<FrameRect> rects = f.rects;
    for (size_t i = 0; i < rects.size(); ++i) {
        if (e.rectIndex >= 0 && static_cast<size_t>(e.rectIndex) != i) continue;
        rects[i].textColumns = e.columns;
        rects[i].measureMilliEm = e.measureMilliEm;
    }
    Edit inverse = SetFrameRects{e.pageId, e.frameId, f.rects};
    if (e.rectIndex >= 0) {
        const FrameRect& old = f.rects[e.rectIndex];
        inverse =
            SetTextColumns{e.pageId, e.frameId, e.rectIndex, old.textColumns, old.measureMilliEm};
    }
    return commitRects(doc, *ref, std::move(rects), std::move(inverse));
}

Result<AppliedEdit> apply(Document& doc, const SetFrameOptions& e) {
    auto ref = findFrame(doc, e.pageId, e.frameId);
    if (!ref) return Error{ref.error()};
    ArticleFrame next = *ref->frame;
    next.showHeadline = e.showHeadline;
    next.headlineSpan = e.headlineSpan;
    next.balance = e.balance;
    const auto problems =
        validateArticleFrame(doc, *ref->page, next, "frame " + quoted(e.frameId), next.id);
    if (!problems.empty()) return fail(joinLines(problems));
    const ArticleFrame& old = *ref->frame;
    AppliedEdit out = applied(
        SetFrameOptions{e.pageId, e.frameId, old.showHeadline, old.headlineSpan, old.balance});
    *ref->frame = std::move(next);
    addUnique(out.touchedPages, ref->page->id);
    touchArticle(doc, ref->frame->articleId, out);
    return out;
}

}  // namespace bm::model::edit_detail
