// SPDX-License-Identifier: MIT
#pragma once
// Internal to the edit implementation (edit_*.cpp): lookups, "touched" bookkeeping and the
// per-kind apply() overloads that applyEdit() dispatches to. Not part of the model's API.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "layout/model/edit.h"

namespace bm::model::edit_detail {

inline Error fail(std::string msg) { return Error{std::move(msg)}; }
inline std::string quoted(const std::string& s) { return "\"" + s + "\""; }
std::string joinLines(const std::vector<std::string>& lines);
inline void addUnique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}
Page* findPage(Document& doc, const std::string& id, size_t* index = nullptr);
/// The article `id` when it has body paragraph `paragraph`; else the error an edit reports.
Result<Article*> articleWithParagraph(Document& doc, const std::string& id, int paragraph);

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
inline bool validInsertIndex(int index, size_t size) {
    return index == -1 || (index >= 0 && static_cast<size_t>(index) <= size);
}

template <typename T>
void insertAt(std::vector<T>& items, int index, T value) {
    if (index < 0)
        items.push_back(std::move(value));
    else
        items.insert(items.begin() + index, std::move(value));
}

/// A page changed in a way that moves text (an image, a new page): its articles reflow, and
/// with them every page their chains continue on.
void touchPage(const Document& doc, const Page& page, AppliedEdit& out);
/// The article's text or style input changed: it and every page showing it are redone.
void touchArticle(const Document& doc, const std::string& articleId, AppliedEdit& out);
/// Styles are shared: every article and page.
void touchEverything(const Document& doc, AppliedEdit& out);
inline AppliedEdit applied(Edit inverse) { return AppliedEdit{std::move(inverse), {}, {}}; }

// One overload per edit kind (edit_frames.cpp, edit_articles.cpp, edit_pages.cpp,
// edit_furniture.cpp, edit.cpp).
Result<AppliedEdit> apply(Document& doc, const PlaceArticle& e);
Result<AppliedEdit> apply(Document& doc, const RemoveFrame& e);
Result<AppliedEdit> apply(Document& doc, const MoveFrame& e);
Result<AppliedEdit> apply(Document& doc, const ResizeFrame& e);
Result<AppliedEdit> apply(Document& doc, const SetFrameRects& e);
Result<AppliedEdit> apply(Document& doc, const SetTextColumns& e);
Result<AppliedEdit> apply(Document& doc, const SetArticleText& e);
Result<AppliedEdit> apply(Document& doc, const SetArticleHeadline& e);
Result<AppliedEdit> apply(Document& doc, const SetFrameOptions& e);
Result<AppliedEdit> apply(Document& doc, const SetParagraphs& e);
Result<AppliedEdit> apply(Document& doc, const AddArticle& e);
Result<AppliedEdit> apply(Document& doc, const RemoveArticle& e);
Result<AppliedEdit> apply(Document& doc, const SetStyle& e);
Result<AppliedEdit> apply(Document& doc, const RemoveStyle& e);
Result<AppliedEdit> apply(Document& doc, const SetTracking& e);
Result<AppliedEdit> apply(Document& doc, const AddPage& e);
Result<AppliedEdit> apply(Document& doc, const RemovePage& e);
Result<AppliedEdit> apply(Document& doc, const MoveImage& e);
Result<AppliedEdit> apply(Document& doc, const AddImage& e);
Result<AppliedEdit> apply(Document& doc, const RemoveImage& e);
Result<AppliedEdit> apply(Document& doc, const ReplaceText& e);
Result<AppliedEdit> apply(Document& doc, const ReplaceAll& e);
Result<AppliedEdit> apply(Document& doc, const SetCheckSettings& e);
Result<AppliedEdit> apply(Document& doc, const SetPageSetup& e);
Result<AppliedEdit> apply(Document& doc, const SetImage& e);
Result<AppliedEdit> apply(Document& doc, const AddRule& e);
Result<AppliedEdit> apply(Document& doc, const RemoveRule& e);
Result<AppliedEdit> apply(Document& doc, const SetRule& e);
Result<AppliedEdit> apply(Document& doc, const AddLabel& e);
Result<AppliedEdit> apply(Document& doc, const RemoveLabel& e);
Result<AppliedEdit> apply(Document& doc, const SetLabel& e);
Result<AppliedEdit> apply(Document& doc, const SetLocked& e);
Result<AppliedEdit> apply(Document& doc, const SetCharAttrs& e);
Result<AppliedEdit> apply(Document& doc, const SetCharRanges& e);
Result<AppliedEdit> apply(Document& doc, const SetParagraphStyle& e);
Result<AppliedEdit> apply(Document& doc, const Batch& e);

}  // namespace bm::model::edit_detail
