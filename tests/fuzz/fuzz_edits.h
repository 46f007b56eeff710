// SPDX-License-Identifier: MIT
#pragma once
// Edits for the relayout oracle of fuzz_document: every kind that changes what an article's
// flow reads (frames, images, pages, text, tracking, styles), derived from the document at hand.
// The target applies a couple of them, chosen by the input's hash, and checks that the session's
// incremental relayout equals a fresh session's.
#include <algorithm>
#include <vector>

#include "layout/model/edit.h"

namespace bm::fuzz {

inline void addFrameEdits(const model::Page& p, std::vector<model::Edit>& out) {
    for (const auto& f : p.articleFrames) {
        if (f.rects.empty()) continue;
        const model::GridRect a = f.rects.front().area;
        out.push_back(model::MoveFrame{p.id, f.id, -1, {a.column, 0, a.line + 1, 0}});
        out.push_back(model::ResizeFrame{p.id, f.id, 0, {a.column, a.span, a.line, a.lines - 1}});
        out.push_back(model::SetTextColumns{p.id, f.id, -1, 2, std::nullopt});
        out.push_back(model::RemoveFrame{p.id, f.id});
    }
}

inline void addImageEdits(const model::Page& p, std::vector<model::Edit>& out) {
    for (const auto& im : p.images) {
        // Over the first article frame (the text wraps around it), one line down, away.
        for (const auto& f : p.articleFrames)
            if (!f.rects.empty()) {
                out.push_back(model::MoveImage{p.id, im.id, f.rects.front().area});
                break;
            }
        model::GridRect down = im.area;
        ++down.line;
        out.push_back(model::MoveImage{p.id, im.id, down});
        out.push_back(model::RemoveImage{p.id, im.id});
    }
}

inline void addPageEdits(const model::Page& p, std::vector<model::Edit>& out) {
    model::Page empty = p;  // a new first page moves every page's index
    empty.id = p.id + "-new";
    empty.articleFrames.clear();
    empty.images.clear();
    empty.labels.clear();
    empty.rules.clear();
    out.push_back(model::AddPage{empty, 0});
    out.push_back(model::RemovePage{p.id});
}

inline void addArticleEdits(const model::Article& a, std::vector<model::Edit>& out) {
    out.push_back(model::SetArticleText{a.id, "headline", a.headline + u"新"});
    out.push_back(model::SetArticleText{a.id, "credit", u"（摄）"});
    out.push_back(model::SetArticleText{a.id, "dateline", u"本报讯"});
    if (!a.paragraphs.empty() && a.paragraphs[0].size() >= 2) {
        out.push_back(model::SetTracking{a.id, {{0, 0, 2, -50}}});
        // v2 rich text: a 黑体 lead-in, bold 楷 with the other attributes, 小标题, cleared.
        out.push_back(model::SetCharAttrs{a.id, 0, 0, 2, model::CharAttrs{model::FontRole::Hei}});
        out.push_back(model::SetCharAttrs{
            a.id, 0, 0, 2,
            model::CharAttrs{model::FontRole::Kai, true, 80, true, model::Script::Super, 50}});
    }
    if (!a.paragraphs.empty()) {
        out.push_back(model::SetParagraphStyle{a.id, 0, "subhead"});
        out.push_back(model::SetParagraphStyle{a.id, 0, "body"});
    }
    if (!a.charRanges.empty()) out.push_back(model::SetCharRanges{a.id, {}});
}

inline void addStyleEdits(const model::Document& doc, std::vector<model::Edit>& out) {
    for (const char* name : {"body", "dateline", "credit", "headline", "caption", "subhead"}) {
        model::Style bigger = doc.paragraphStyle(name);
        bigger.size += 750;
        out.push_back(model::SetStyle{name, bigger});
        model::Style preset = doc.paragraphStyle(name);  // news-gb: full-width digits, other rules
        preset.preset = preset.preset == "news-gb" ? "paper-kaiming" : "news-gb";
        out.push_back(model::SetStyle{name, preset});
        model::Style tighter = doc.paragraphStyle(name);
        tighter.trackingMilliEm -= 50;
        out.push_back(model::SetStyle{name, tighter});
    }
}

inline std::vector<model::Edit> candidateEdits(const model::Document& doc) {
    std::vector<model::Edit> out;
    for (const auto& p : doc.pages) {
        addFrameEdits(p, out);
        addImageEdits(p, out);
        addPageEdits(p, out);
    }
    for (const auto& a : doc.articles) addArticleEdits(a, out);
    addStyleEdits(doc, out);
    return out;
}

}  // namespace bm::fuzz
