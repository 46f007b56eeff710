// SPDX-License-Identifier: MIT
#include "layout/model/edit.h"

#include <algorithm>
#include <utility>

#include "layout/model/validate.h"

namespace bm::model {

namespace {

Error fail(std::string msg) { return Error{std::move(msg)}; }

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string joinLines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

void addUnique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

Page* findPage(Document& doc, const std::string& id, size_t* index = nullptr) {
    for (size_t i = 0; i < doc.pages.size(); ++i)
        if (doc.pages[i].id == id) {
            if (index) *index = i;
            return &doc.pages[i];
        }
    return nullptr;
}

template <typename T>
T* findById(std::vector<T>& items, const std::string& id, size_t* index = nullptr) {
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) {
            if (index) *index = i;
            return &items[i];
        }
    return nullptr;
}

/// Index check for inserting into a vector of `size` items (-1 = append).
bool validInsertIndex(int index, size_t size) {
    return index == -1 || (index >= 0 && static_cast<size_t>(index) <= size);
}

template <typename T>
void insertAt(std::vector<T>& items, int index, T value) {
    if (index < 0)
        items.push_back(std::move(value));
    else
        items.insert(items.begin() + index, std::move(value));
}

/// Pages whose layout depends on the article (its frames may continue from page to page).
void addPagesShowing(const Document& doc, const std::string& articleId,
                     std::vector<std::string>& pages) {
    for (const Page& p : doc.pages)
        for (const ArticleFrame& f : p.articleFrames)
            if (f.articleId == articleId) addUnique(pages, p.id);
}

/// A page changed in a way that moves text (an image, a new page): its articles reflow, and
/// with them every page their chains continue on.
void touchPage(const Document& doc, const Page& page, AppliedEdit& out) {
    addUnique(out.touchedPages, page.id);
    for (const ArticleFrame& f : page.articleFrames) {
        addUnique(out.touchedArticles, f.articleId);
        addPagesShowing(doc, f.articleId, out.touchedPages);
    }
}

void touchArticle(const Document& doc, const std::string& articleId, AppliedEdit& out) {
    addUnique(out.touchedArticles, articleId);
    addPagesShowing(doc, articleId, out.touchedPages);
}

AppliedEdit applied(Edit inverse) {
    AppliedEdit a{std::move(inverse), {}, {}};
    return a;
}

// --- frames ----------------------------------------------------------------------------------

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

// --- articles --------------------------------------------------------------------------------

Result<AppliedEdit> setParagraphs(Document& doc, const SetParagraphs& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    Article next = *a;
    next.paragraphs = e.paragraphs;
    const int n = static_cast<int>(next.paragraphs.size());
    if (e.flushParagraphs) {
        next.flushParagraphs = *e.flushParagraphs;
    } else {
        std::erase_if(next.flushParagraphs, [&](int p) { return p >= n; });
    }
    if (e.tracking) {
        next.tracking = *e.tracking;
    } else {
        // Keep the ranges that still fit their paragraph (validateArticle has the full rule).
        std::vector<TrackingRange> kept;
        for (const TrackingRange& t : next.tracking) {
            Article probe;
            probe.paragraphs = {t.paragraph < n && t.paragraph >= 0 ? next.paragraphs[t.paragraph]
                                                                    : std::u16string()};
            TrackingRange local = t;
            local.paragraph = 0;
            probe.tracking = {local};
            if (t.paragraph < n && validateArticle(probe, "").empty()) kept.push_back(t);
        }
        next.tracking = std::move(kept);
    }
    if (auto problems = validateArticle(next, "articles[" + quoted(e.articleId) + "]");
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out =
        applied(SetParagraphs{e.articleId, a->paragraphs, a->flushParagraphs, a->tracking});
    *a = std::move(next);
    touchArticle(doc, e.articleId, out);
    return out;
}

std::u16string* textField(Article& a, const std::string& field) {
    if (field == "kicker") return &a.kicker;
    if (field == "headline") return &a.headline;
    if (field == "subheadline") return &a.subheadline;
    if (field == "byline") return &a.byline;
    if (field == "dateline") return &a.dateline;
    if (field == "credit") return &a.credit;
    return nullptr;
}

Result<AppliedEdit> apply(Document& doc, const SetArticleText& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    if (e.field == "paragraphs") {
        SetParagraphs sp{e.articleId, {}, std::nullopt, std::nullopt};
        size_t start = 0;
        for (;;) {
            const size_t nl = e.value.find(u'\n', start);
            sp.paragraphs.push_back(e.value.substr(start, nl - start));
            if (nl == std::u16string::npos) break;
            start = nl + 1;
        }
        if (e.value.empty()) sp.paragraphs.clear();
        return setParagraphs(doc, sp);
    }
    std::u16string* field = textField(*a, e.field);
    if (!field)
        return fail(
            "field: expected one of kicker, headline, subheadline, byline, dateline, "
            "credit, paragraphs, got " +
            quoted(e.field));
    AppliedEdit out = applied(SetArticleText{e.articleId, e.field, *field});
    *field = e.value;
    touchArticle(doc, e.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const SetParagraphs& e) { return setParagraphs(doc, e); }

Result<AppliedEdit> apply(Document& doc, const SetTracking& e) {
    Article* a = doc.article(e.articleId);
    if (!a) return fail("unknown article id " + quoted(e.articleId));
    Article next = *a;
    next.tracking = e.tracking;
    if (auto problems = validateArticle(next, "articles[" + quoted(e.articleId) + "]");
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(SetTracking{e.articleId, a->tracking});
    a->tracking = e.tracking;
    touchArticle(doc, e.articleId, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const AddArticle& e) {
    if (e.article.id.empty()) return fail("article.id: expected a non-empty id");
    if (doc.article(e.article.id)) return fail("duplicate article id " + quoted(e.article.id));
    if (!validInsertIndex(e.index, doc.articles.size()))
        return fail("index: expected -1 or 0 to " + std::to_string(doc.articles.size()) + ", got " +
                    std::to_string(e.index));
    if (auto problems = validateArticle(e.article, "article"); !problems.empty())
        return fail(joinLines(problems));
    insertAt(doc.articles, e.index, e.article);
    AppliedEdit out = applied(RemoveArticle{e.article.id});
    addUnique(out.touchedArticles, e.article.id);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveArticle& e) {
    size_t index = 0;
    if (!findById(doc.articles, e.articleId, &index))
        return fail("unknown article id " + quoted(e.articleId));
    AppliedEdit out = applied(Batch{});
    touchArticle(doc, e.articleId, out);
    // The inverse re-adds the article first (frames need it), then each frame at its old index;
    // ascending indices per page rebuild every page exactly.
    Batch inverse;
    inverse.edits.push_back(AddArticle{doc.articles[index], static_cast<int>(index)});
    for (Page& p : doc.pages) {
        for (size_t i = 0; i < p.articleFrames.size(); ++i)
            if (p.articleFrames[i].articleId == e.articleId)
                inverse.edits.push_back(
                    PlaceArticle{p.id, p.articleFrames[i], static_cast<int>(i)});
        std::erase_if(p.articleFrames,
                      [&](const ArticleFrame& f) { return f.articleId == e.articleId; });
    }
    doc.articles.erase(doc.articles.begin() + static_cast<long>(index));
    out.inverse = std::move(inverse);
    return out;
}

// --- styles ----------------------------------------------------------------------------------

void touchEverything(const Document& doc, AppliedEdit& out) {
    for (const Article& a : doc.articles) addUnique(out.touchedArticles, a.id);
    for (const Page& p : doc.pages) addUnique(out.touchedPages, p.id);
}

Result<AppliedEdit> apply(Document& doc, const SetStyle& e) {
    if (e.name.empty()) return fail("style name: expected a non-empty name");
    if (auto problems = validateStyle(e.style, "styles." + e.name); !problems.empty())
        return fail(joinLines(problems));
    const auto it = doc.styles.find(e.name);
    AppliedEdit out = it != doc.styles.end() ? applied(SetStyle{e.name, it->second})
                                             : applied(RemoveStyle{e.name});
    doc.styles[e.name] = e.style;
    touchEverything(doc, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveStyle& e) {
    const auto it = doc.styles.find(e.name);
    if (it == doc.styles.end()) return fail("unknown style " + quoted(e.name));
    // Labels name their style; removing it would leave a document that does not load.
    for (const Page& p : doc.pages)
        for (const LabelFrame& l : p.labels)
            if (l.style == e.name)
                return fail("style " + quoted(e.name) + " is used by label " + quoted(l.id) +
                            " on page " + quoted(p.id));
    AppliedEdit out = applied(SetStyle{e.name, it->second});
    doc.styles.erase(it);
    touchEverything(doc, out);
    return out;
}

// --- pages and images ------------------------------------------------------------------------

Result<AppliedEdit> apply(Document& doc, const AddPage& e) {
    if (!validInsertIndex(e.index, doc.pages.size()))
        return fail("index: expected -1 or 0 to " + std::to_string(doc.pages.size()) + ", got " +
                    std::to_string(e.index));
    if (auto problems = validateNewPage(doc, e.page, "page"); !problems.empty())
        return fail(joinLines(problems));
    insertAt(doc.pages, e.index, e.page);
    AppliedEdit out = applied(RemovePage{e.page.id});
    touchPage(doc, e.page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemovePage& e) {
    size_t index = 0;
    if (!findPage(doc, e.pageId, &index)) return fail("unknown page id " + quoted(e.pageId));
    AppliedEdit out = applied(AddPage{doc.pages[index], static_cast<int>(index)});
    touchPage(doc, doc.pages[index], out);
    doc.pages.erase(doc.pages.begin() + static_cast<long>(index));
    // The removed page has no layout left to redo, but callers drop its cached layout by it.
    return out;
}

Result<AppliedEdit> apply(Document& doc, const MoveImage& e) {
    Page* page = findPage(doc, e.pageId);
    if (!page) return fail("unknown page id " + quoted(e.pageId));
    ImageFrame* im = findById(page->images, e.imageId);
    if (!im) return fail("unknown image id " + quoted(e.imageId) + " on page " + quoted(e.pageId));
    ImageFrame next = *im;
    next.area = e.to;
    if (auto problems = validateImageFrame(*page, next, "image " + quoted(e.imageId));
        !problems.empty())
        return fail(joinLines(problems));
    AppliedEdit out = applied(MoveImage{e.pageId, e.imageId, im->area});
    im->area = e.to;
    touchPage(doc, *page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const AddImage& e) {
    Page* page = findPage(doc, e.pageId);
    if (!page) return fail("unknown page id " + quoted(e.pageId));
    if (e.image.id.empty()) return fail("image.id: expected a non-empty id");
    if (frameIdInUse(doc, e.image.id)) return fail("duplicate frame id " + quoted(e.image.id));
    if (!validInsertIndex(e.index, page->images.size()))
        return fail("index: expected -1 or 0 to " + std::to_string(page->images.size()) + ", got " +
                    std::to_string(e.index));
    if (auto problems = validateImageFrame(*page, e.image, "image"); !problems.empty())
        return fail(joinLines(problems));
    insertAt(page->images, e.index, e.image);
    AppliedEdit out = applied(RemoveImage{e.pageId, e.image.id});
    touchPage(doc, *page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const RemoveImage& e) {
    Page* page = findPage(doc, e.pageId);
    if (!page) return fail("unknown page id " + quoted(e.pageId));
    size_t index = 0;
    if (!findById(page->images, e.imageId, &index))
        return fail("unknown image id " + quoted(e.imageId) + " on page " + quoted(e.pageId));
    AppliedEdit out = applied(AddImage{e.pageId, page->images[index], static_cast<int>(index)});
    page->images.erase(page->images.begin() + static_cast<long>(index));
    touchPage(doc, *page, out);
    return out;
}

Result<AppliedEdit> apply(Document& doc, const Batch& e) {
    std::vector<Edit> inverses;
    AppliedEdit out = applied(Batch{});
    for (size_t i = 0; i < e.edits.size(); ++i) {
        auto step = applyEdit(doc, e.edits[i]);
        if (!step) {
            // All or nothing: undo the steps already done (their inverses cannot fail).
            for (auto it = inverses.rbegin(); it != inverses.rend(); ++it)
                (void)applyEdit(doc, *it);
            return fail("step " + std::to_string(i + 1) + " of " + std::to_string(e.edits.size()) +
                        " (" + editLabel(e.edits[i]) + "): " + step.error());
        }
        for (const auto& a : step->touchedArticles) addUnique(out.touchedArticles, a);
        for (const auto& p : step->touchedPages) addUnique(out.touchedPages, p);
        inverses.push_back(std::move(step->inverse));
    }
    std::reverse(inverses.begin(), inverses.end());
    out.inverse = Batch{std::move(inverses)};
    return out;
}

}  // namespace

Result<AppliedEdit> applyEdit(Document& doc, const Edit& edit) {
    try {
        return std::visit([&](const auto& e) { return apply(doc, e); }, edit);
    } catch (const std::exception& ex) {
        // Only allocation can throw in here, before the document is modified.
        return fail(std::string("cannot apply the edit: ") + ex.what());
    }
}

bool mergeable(const Edit& a, const Edit& b) {
    if (a.index() != b.index()) return false;
    const auto same = [](const auto& x, const auto& y) {
        return x.pageId == y.pageId && x.frameId == y.frameId && x.rectIndex == y.rectIndex;
    };
    if (const auto* ma = std::get_if<MoveFrame>(&a)) return same(*ma, std::get<MoveFrame>(b));
    if (const auto* ra = std::get_if<ResizeFrame>(&a))
        return ra->rectIndex >= 0 && same(*ra, std::get<ResizeFrame>(b));
    return false;
}

std::string editLabel(const Edit& edit) {
    struct Labeler {
        std::string operator()(const PlaceArticle&) const { return "Place article"; }
        std::string operator()(const RemoveFrame&) const { return "Remove frame"; }
        std::string operator()(const MoveFrame&) const { return "Move frame"; }
        std::string operator()(const ResizeFrame&) const { return "Resize frame"; }
        std::string operator()(const SetFrameRects&) const { return "Reshape frame"; }
        std::string operator()(const SetTextColumns&) const { return "Set text columns"; }
        std::string operator()(const SetArticleText& e) const { return "Edit " + e.field; }
        std::string operator()(const SetParagraphs&) const { return "Edit paragraphs"; }
        std::string operator()(const AddArticle&) const { return "Add article"; }
        std::string operator()(const RemoveArticle&) const { return "Remove article"; }
        std::string operator()(const SetStyle& e) const { return "Change style " + e.name; }
        std::string operator()(const RemoveStyle& e) const { return "Remove style " + e.name; }
        std::string operator()(const SetTracking&) const { return "Set tracking"; }
        std::string operator()(const AddPage&) const { return "Add page"; }
        std::string operator()(const RemovePage&) const { return "Remove page"; }
        std::string operator()(const MoveImage&) const { return "Move image"; }
        std::string operator()(const AddImage&) const { return "Add image"; }
        std::string operator()(const RemoveImage&) const { return "Remove image"; }
        std::string operator()(const Batch&) const { return "Edit"; }
    };
    return std::visit(Labeler{}, edit);
}

}  // namespace bm::model
