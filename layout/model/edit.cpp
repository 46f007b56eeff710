// SPDX-License-Identifier: MIT
// applyEdit: dispatch to the per-kind overloads (edit_frames.cpp, edit_articles.cpp,
// edit_pages.cpp), Batch, undo-merging and labels.
#include "layout/model/edit.h"

#include <algorithm>
#include <utility>

#include "layout/model/edit_detail.h"

namespace bm::model {

namespace edit_detail {

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
    out.inverse = Batch{std::move(inverses), e.label};
    return out;
}

}  // namespace edit_detail

Result<AppliedEdit> applyEdit(Document& doc, const Edit& edit) {
    try {
        return std::visit([&](const auto& e) { return edit_detail::apply(doc, e); }, edit);
    } catch (const std::exception& ex) {
        // Only allocation can throw in here, before the document is modified.
        return edit_detail::fail(std::string("cannot apply the edit: ") + ex.what());
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
    if (const auto* ia = std::get_if<MoveImage>(&a)) {
        const auto& ib = std::get<MoveImage>(b);
        return ia->pageId == ib.pageId && ia->imageId == ib.imageId;
    }
    const auto sameItem = [](const auto& x, const auto& y, const auto& idOf) {
        return x.pageId == y.pageId && idOf(x) == idOf(y);
    };
    if (const auto* sa = std::get_if<SetImage>(&a))
        return sameItem(*sa, std::get<SetImage>(b), [](const SetImage& e) { return e.image.id; });
    if (const auto* sa = std::get_if<SetRule>(&a))
        return sameItem(*sa, std::get<SetRule>(b), [](const SetRule& e) { return e.rule.id; });
    if (const auto* sa = std::get_if<SetLabel>(&a))
        return sameItem(*sa, std::get<SetLabel>(b), [](const SetLabel& e) { return e.label.id; });
    if (const auto* ba = std::get_if<Batch>(&a)) {
        // Absolute steps of several items, in the same order: the last one is the whole story.
        const auto& bb = std::get<Batch>(b);
        if (ba->edits.size() != bb.edits.size() || ba->edits.empty()) return false;
        for (size_t i = 0; i < ba->edits.size(); ++i)
            if (!mergeable(ba->edits[i], bb.edits[i])) return false;
        return true;
    }
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
        std::string operator()(const ReplaceText& e) const { return "Correct " + e.target.field; }
        std::string operator()(const ReplaceAll&) const { return "Replace all"; }
        std::string operator()(const SetCheckSettings&) const { return "Change check settings"; }
        std::string operator()(const SetPageSetup&) const { return "Page set-up"; }
        std::string operator()(const SetImage&) const { return "Edit picture"; }
        std::string operator()(const AddRule& e) const {
            return e.rule.kind == RuleFrame::Kind::Box ? "Draw box" : "Draw rule";
        }
        std::string operator()(const RemoveRule&) const { return "Remove rule"; }
        std::string operator()(const SetRule&) const { return "Edit rule"; }
        std::string operator()(const AddLabel&) const { return "Add label"; }
        std::string operator()(const RemoveLabel&) const { return "Remove label"; }
        std::string operator()(const SetLabel&) const { return "Edit label"; }
        std::string operator()(const SetLocked& e) const { return e.locked ? "Lock" : "Unlock"; }
        std::string operator()(const SetArticleHeadline&) const { return "Headline type"; }
        std::string operator()(const SetFrameOptions&) const { return "Frame options"; }
        std::string operator()(const Batch& e) const { return e.label.empty() ? "Edit" : e.label; }
    };
    return std::visit(Labeler{}, edit);
}

}  // namespace bm::model