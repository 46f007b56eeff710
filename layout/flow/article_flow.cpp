// SPDX-License-Identifier: MIT
#include "layout/flow/article_flow.h"

#include <algorithm>

#include "layout/base/utf.h"
#include "layout/flow/body_paragraphs.h"
#include "layout/flow/flow_stages.h"
#include "layout/flow/headline_block.h"

namespace bm::flow {

Length baselineInBox(Length boxTop, const ResolvedStyle& style) {
    return boxTop + style.emBox.ascent(style.size);
}

Length baselineOf(const model::Page& page, int line, const fonts::EmBox& body) {
    return model::lineTop(page, line) + body.ascent(page.grid.bodySize);
}

std::vector<TextColumn> frameColumns(const model::Page& page, int pageIndex,
                                     const model::ArticleFrame& frame, Length bodySize) {
    std::vector<TextColumn> out;
    for (size_t r = 0; r < frame.rects.size(); ++r) {
        const model::FrameRect& fr = frame.rects[r];
        const Rect area = model::gridRectToPage(page, fr.area);
        const int n = std::max(1, fr.textColumns);
        Length measure, gap;
        if (fr.measureMilliEm) {
            measure = emFraction(*fr.measureMilliEm, bodySize);
            gap = n > 1 ? (area.w - n * measure) / (n - 1) : 0;
        } else {
            gap = page.grid.gutter;
            measure = (area.w - (n - 1) * gap) / n;
        }
        for (int c = 0; c < n; ++c) {
            TextColumn col;
            col.pageIndex = pageIndex;
            col.frameId = frame.id;
            col.rect = static_cast<int>(r);
            col.box = Rect{area.x + c * (measure + gap), area.y, measure, area.h};
            col.measure = measure;
            for (int l = fr.area.line; l < fr.area.line + fr.area.lines; ++l)
                col.lines.push_back(l);
            out.push_back(std::move(col));
        }
    }
    return out;
}

std::vector<ChainFrame> articleChain(const model::Document& doc, const std::string& articleId) {
    std::vector<ChainFrame> chain;
    for (size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& f : doc.pages[p].articleFrames)
            if (f.articleId == articleId) chain.push_back({static_cast<int>(p), &doc.pages[p], &f});
    std::stable_sort(chain.begin(), chain.end(), [](const auto& a, const auto& b) {
        return a.frame->sequence != b.frame->sequence ? a.frame->sequence < b.frame->sequence
                                                      : a.pageIndex < b.pageIndex;
    });
    return chain;
}

std::vector<std::u16string> bodyParagraphs(const model::Article& a) {
    std::vector<std::u16string> out = a.paragraphs;
    if (out.empty() && (!a.dateline.empty() || !a.credit.empty())) out.emplace_back();
    if (!out.empty()) out[0] = a.dateline + out[0];
    if (!a.credit.empty()) {
        if (a.creditRunIn)
            out.back() += a.credit;
        else
            out.push_back(a.credit);
    }
    return out;
}

namespace stages {

void exclude(std::vector<TextColumn>& columns, int pageIndex, const model::Page& page,
             const Rect& r) {
    for (auto& col : columns) {
        if (col.pageIndex != pageIndex) continue;
        if (!(col.box.x < r.right() && r.x < col.box.right())) continue;
        std::erase_if(col.lines, [&](int l) {
            const Length top = model::lineTop(page, l);
            return top < r.bottom() && r.y < top + page.grid.bodySize;
        });
    }
}

std::vector<TextColumn> chainColumns(const std::vector<ChainFrame>& chain) {
    std::vector<TextColumn> out;
    for (const ChainFrame& cf : chain) {
        auto cols = frameColumns(*cf.page, cf.pageIndex, *cf.frame, cf.page->grid.bodySize);
        out.insert(out.end(), cols.begin(), cols.end());
    }
    return out;
}

Status placeHeadlineBlock(const model::Document& doc, const model::Article& article,
                          const ChainFrame& first, TextSetter& setter, ArticleFlow& out) {
    if (!first.frame->showHeadline || first.frame->rects.empty()) return Ok{};
    const model::Page& page = *first.page;
    const model::FrameRect& r0 = first.frame->rects.front();
    const int span = first.frame->headlineSpan > 0
                         ? std::min(first.frame->headlineSpan, r0.area.span)
                         : r0.area.span;
    const Rect area = model::gridRectToPage(page, r0.area);
    const Length width = model::columnsWidth(page, span);
    auto block = setHeadlineBlock(doc, article, page, width, setter);
    if (!block) return Error{block.error()};
    if (block->gridLines == 0) return Ok{};
    const int lines = std::min(block->gridLines, r0.area.lines);
    const Length top = model::lineTop(page, r0.area.line);
    // A headline taller than its frame is clipped at the frame's foot, never printed over what
    // lies below; the lines that do not fit are reported like overset text.
    const Length foot = area.y + area.h;
    int clipped = 0;
    for (auto line : block->lines) {
        line.pageIndex = first.pageIndex;
        line.frameId = first.frame->id;
        line.x += area.x;
        line.baseline += top;
        // A 长/扁 line's layout was set at its scaled width; its height is typeSize.
        Length height = line.layout ? line.layout->size : 0;
        if (line.widthPercent != 100 && line.typeSize > 0) height = line.typeSize;
        const Length descent =
            line.layout && !line.layout->faces.empty()
                ? setter.fonts().face(line.layout->faces.front()).emBox().descent(height)
                : 0;
        if (line.baseline + descent > foot) {
            ++clipped;
            continue;
        }
        out.lines.push_back(std::move(line));
    }
    if (clipped > 0)
        out.records.push_back({"headline-clipped",
                               article.id,
                               first.frame->id,
                               -1,
                               -1,
                               {{"needLines", block->gridLines},
                                {"haveLines", r0.area.lines},
                                {"hiddenLines", clipped}}});
    if (clipped > 0)
        out.diagnostics.push_back("article '" + article.id + "': the headline needs " +
                                  std::to_string(block->gridLines) + " grid lines but frame '" +
                                  first.frame->id + "' has " + std::to_string(r0.area.lines) +
                                  "; " + std::to_string(clipped) + " headline lines are hidden");
    const Rect blocked{area.x, top, width,
                       model::lineTop(page, r0.area.line + lines - 1) + page.grid.bodySize - top};
    exclude(out.columns, first.pageIndex, page, blocked);
    return Ok{};
}

void excludeWrappedImages(const std::vector<ChainFrame>& chain, std::vector<TextColumn>& columns) {
    for (const ChainFrame& cf : chain) {
        for (const auto& img : cf.page->images) {
            if (!img.wrap) continue;
            const Rect r = model::gridRectToPage(*cf.page, img.area);
            exclude(columns, cf.pageIndex, *cf.page,
                    Rect{r.x - img.standoff, r.y - img.standoff, r.w + 2 * img.standoff,
                         r.h + 2 * img.standoff});
        }
    }
}

}  // namespace stages

Result<ArticleFlow> flowArticle(const model::Document& doc, const model::Article& article,
                                const std::vector<ChainFrame>& chain, TextSetter& setter) {
    auto styles = resolveBodyStyles(doc, setter);  // the same styles copy-fit trials use
    if (!styles) return Error{styles.error()};
    const ResolvedStyle* body = &styles->body;
    auto jump = setter.resolve(doc.style("jump"));
    if (!jump) return Error{jump.error()};

    ArticleFlow out;
    out.columns = stages::chainColumns(chain);
    if (out.columns.empty())
        return Error{"article '" + article.id + "' has a frame without rectangles"};
    if (auto s = stages::placeHeadlineBlock(doc, article, chain.front(), setter, out); !s)
        return Error{s.error()};
    stages::excludeWrappedImages(chain, out.columns);
    const std::vector<PlacedText> jumps =
        stages::reserveJumpLines(chain, *jump, body->emBox, setter, out.columns);
    const std::vector<stages::Slot> slots = stages::bodySlots(out.columns);
    std::vector<stages::BodyPlacement> placements =
        stages::fillBody(article, styles->refs(), slots, setter, out);
    stages::balanceLastRow(chain, slots, out, placements);
    stages::placeBodyLines(chain, slots, placements, body->emBox, out);
    out.lines.insert(out.lines.end(), jumps.begin(), jumps.end());
    return out;
}

}  // namespace bm::flow
