// SPDX-License-Identifier: MIT
// Edits of pages and image frames.
#include <algorithm>
#include <optional>
#include <utility>

#include "layout/model/edit_detail.h"
#include "layout/model/validate.h"

namespace bm::model::edit_detail {

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

}  // namespace bm::model::edit_detail
