// SPDX-License-Identifier: MIT
#include "layout/flow/article_flow.h"

#include <algorithm>

#include "layout/base/utf.h"
#include "layout/flow/headline_block.h"

namespace bm::flow {

Length baselineInBox(Length boxTop, Length size) { return boxTop + size * 880 / 1000; }

Length baselineOf(const model::Page& page, int line) {
    return baselineInBox(model::lineTop(page, line), page.grid.bodySize);
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
            measure = bodySize * *fr.measureMilliEm / 1000;
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

namespace {

// Removes from each column the grid lines that a rectangle (page coordinates) covers.
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

struct Slot {
    size_t column;
    int line;
};

int charsOf(const text::ParagraphLayout& pl, const text::ParagraphLine& l) {
    return static_cast<int>(
        countChars(std::u16string_view(pl.text).substr(l.begin, l.end - l.begin)));
}

// Smallest per-column cap q with sum(min(q, available_i)) >= lines (balancing, page-model.md:
// equal line counts, only the last column shorter).
int balanceCap(const std::vector<int>& available, int lines) {
    int q = 0;
    while (true) {
        int sum = 0;
        for (int a : available) sum += std::min(q, a);
        if (sum >= lines) return q;
        ++q;
    }
}

// Lines per column when balancing `lines` over columns with `available` grid lines each: equal
// counts, only the last column shorter (page-model.md). When that rule would leave the last
// column empty (12 lines in 5 columns: 3,3,3,3,0), which no page editor accepts, the later
// columns take one line less instead (3,3,2,2,2).
std::vector<int> balancedTakes(const std::vector<int>& available, int lines) {
    if (available.empty()) return {};
    const int q = balanceCap(available, lines);
    // Every column at the cap, minus the lines: what has to come off somewhere.
    std::vector<int> takes;
    int excess = -lines;
    for (int a : available) {
        takes.push_back(std::min(q, a));
        excess += takes.back();
    }
    const int usable = static_cast<int>(
        std::count_if(available.begin(), available.end(), [](int a) { return a > 0; }));
    // "Only the last column shorter" takes the excess off the end; it empties the last column
    // exactly when the excess reaches that column's take.
    const bool emptiesLast = available.back() > 0 && excess >= takes.back() && lines >= usable;
    for (size_t i = takes.size(); i-- > 0 && excess > 0;) {
        // Spreading: one line off each of the last full columns (fewer than there are, q being
        // minimal).
        const int cut = emptiesLast ? (takes[i] == q ? 1 : 0) : std::min(excess, takes[i]);
        takes[i] -= cut;
        excess -= cut;
    }
    return takes;
}

}  // namespace

Result<ArticleFlow> flowArticle(const model::Document& doc, const model::Article& article,
                                const std::vector<ChainFrame>& chain, TextSetter& setter) {
    ArticleFlow out;
    auto body = setter.resolve(doc.style("body"));
    if (!body) return Error{body.error()};
    auto dateline = setter.resolve(doc.style("dateline"));
    if (!dateline) return Error{dateline.error()};
    auto credit = setter.resolve(doc.style("credit"));
    if (!credit) return Error{credit.error()};
    auto jump = setter.resolve(doc.style("jump"));
    if (!jump) return Error{jump.error()};
    // Body lines use the body style's fonts and rules at the page grid's size.
    ResolvedStyle bodyStyle = *body;

    // Columns of every frame, in chain order.
    for (const ChainFrame& cf : chain) {
        auto cols = frameColumns(*cf.page, cf.pageIndex, *cf.frame, cf.page->grid.bodySize);
        out.columns.insert(out.columns.end(), cols.begin(), cols.end());
    }
    if (out.columns.empty())
        return Error{"article '" + article.id + "' has a frame without rectangles"};

    // Headline block (占行) on top of the first frame.
    const ChainFrame& first = chain.front();
    if (first.frame->showHeadline && !first.frame->rects.empty()) {
        const model::FrameRect& r0 = first.frame->rects.front();
        const int span = first.frame->headlineSpan > 0
                             ? std::min(first.frame->headlineSpan, r0.area.span)
                             : r0.area.span;
        const Rect area = model::gridRectToPage(*first.page, r0.area);
        const Length width = model::columnsWidth(*first.page, span);
        auto block = setHeadlineBlock(doc, article, *first.page, width, setter);
        if (!block) return Error{block.error()};
        if (block->gridLines > 0) {
            const int lines = std::min(block->gridLines, r0.area.lines);
            const Length top = model::lineTop(*first.page, r0.area.line);
            // A headline taller than its frame is clipped at the frame's foot, never printed over
            // what lies below; the lines that do not fit are reported like overset text.
            const Length foot = area.y + area.h;
            int clipped = 0;
            for (auto line : block->lines) {
                line.pageIndex = first.pageIndex;
                line.frameId = first.frame->id;
                line.x += area.x;
                line.baseline += top;
                const Length descent =
                    line.layout ? line.layout->size - baselineInBox(0, line.layout->size) : 0;
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
                                          std::to_string(block->gridLines) +
                                          " grid lines but frame '" + first.frame->id + "' has " +
                                          std::to_string(r0.area.lines) + "; " +
                                          std::to_string(clipped) + " headline lines are hidden");
            const Rect blocked{area.x, top, width,
                               model::lineTop(*first.page, r0.area.line + lines - 1) +
                                   first.page->grid.bodySize - top};
            exclude(out.columns, first.pageIndex, *first.page, blocked);
        }
    }

    // Text wrap: images on the same pages take their area plus standoff out of the flow.
    for (const ChainFrame& cf : chain) {
        for (const auto& img : cf.page->images) {
            if (!img.wrap) continue;
            Rect r = model::gridRectToPage(*cf.page, img.area);
            r = Rect{r.x - img.standoff, r.y - img.standoff, r.w + 2 * img.standoff,
                     r.h + 2 * img.standoff};
            exclude(out.columns, cf.pageIndex, *cf.page, r);
        }
    }

    // Jump lines between frames on different pages: the last line of a frame says where the
    // story continues, the first line of the next frame where it came from.
    std::vector<Slot> slots;
    std::vector<PlacedText> jumps;
    auto frameColumnsRange = [&](const std::string& frameId) {
        std::vector<size_t> idx;
        for (size_t c = 0; c < out.columns.size(); ++c)
            if (out.columns[c].frameId == frameId) idx.push_back(c);
        return idx;
    };
    for (size_t f = 0; f < chain.size(); ++f) {
        const auto cols = frameColumnsRange(chain[f].frame->id);
        auto place = [&](size_t c, int line, const std::u16string& t, bool end) {
            TextColumn& col = out.columns[c];
            ResolvedStyle js = *jump;
            js.align = end ? text::LineAlign::End : text::LineAlign::Start;
            auto pl = std::make_shared<const text::ParagraphLayout>(setter.set(t, js, col.measure));
            if (pl->lines.empty()) return;
            const model::Page& page = *chain[f].page;
            jumps.push_back(PlacedText{chain[f].pageIndex, col.frameId, "jump", -1, pl, 0,
                                       col.box.x, baselineOf(page, line)});
        };
        if (f + 1 < chain.size() && chain[f + 1].page->number != chain[f].page->number) {
            for (auto it = cols.rbegin(); it != cols.rend(); ++it) {
                TextColumn& col = out.columns[*it];
                if (col.lines.empty()) continue;
                const int line = col.lines.back();
                col.lines.pop_back();
                place(*it, line,
                      u"（下转第" + utf8ToUtf16(std::to_string(chain[f + 1].page->number)).value() +
                          u"版）",
                      true);
                break;
            }
        }
        if (f > 0 && chain[f - 1].page->number != chain[f].page->number) {
            for (size_t c : cols) {
                TextColumn& col = out.columns[c];
                if (col.lines.empty()) continue;
                const int line = col.lines.front();
                col.lines.erase(col.lines.begin());
                place(c, line,
                      u"（上接第" + utf8ToUtf16(std::to_string(chain[f - 1].page->number)).value() +
                          u"版）",
                      false);
                break;
            }
        }
    }
    for (size_t c = 0; c < out.columns.size(); ++c)
        for (int l : out.columns[c].lines) slots.push_back(Slot{c, l});

    // Body: paragraphs line by line into the slots.
    const auto paragraphs = bodyParagraphs(article);
    const size_t datelineLen = article.dateline.size();
    const bool ownCredit = !article.credit.empty() && !article.creditRunIn;
    std::vector<Length> slotMeasures(slots.size());
    for (size_t i = 0; i < slots.size(); ++i)
        slotMeasures[i] = out.columns[slots[i].column].measure;
    size_t next = 0;
    std::vector<std::pair<size_t, size_t>> bodyPlacements;  // (index in out.lines, slot)
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const std::u16string& para = paragraphs[p];
        out.totalChars += static_cast<int>(countChars(para));
        const bool isCredit = ownCredit && p + 1 == paragraphs.size();
        const size_t modelIndex = p;
        const bool flush =
            isCredit || std::find(article.flushParagraphs.begin(), article.flushParagraphs.end(),
                                  static_cast<int>(modelIndex)) != article.flushParagraphs.end();
        std::vector<text::TrackingSpan> tracking;
        for (const auto& t : article.tracking) {
            if (t.paragraph != static_cast<int>(modelIndex)) continue;
            const unsigned shift = p == 0 ? static_cast<unsigned>(datelineLen) : 0;
            tracking.push_back({t.begin + shift, t.end + shift, t.milliEm});
        }
        std::vector<TextSetter::StyledSpan> spans;
        if (p == 0 && datelineLen > 0)
            spans.push_back({0, static_cast<std::uint32_t>(datelineLen), &*dateline});
        if (!isCredit && article.creditRunIn && !article.credit.empty() &&
            p + 1 == paragraphs.size())
            spans.push_back({static_cast<std::uint32_t>(para.size() - article.credit.size()),
                             static_cast<std::uint32_t>(para.size()), &*credit});
        const ResolvedStyle& style = isCredit ? *credit : bodyStyle;
        ResolvedStyle st = style;
        st.size = bodyStyle.size;  // everything in the body column sits on the body grid
        if (isCredit) st.align = text::LineAlign::End;
        const Length indent = flush ? 0 : bodyStyle.size * bodyStyle.options.indentMilliEm / 1000;
        auto mp = setter.measure(para, st, indent, tracking, spans);
        text::LineWidths widths;
        const size_t maxLines = para.size() + 2;
        for (size_t i = next; i < slots.size() && widths.widths.size() < maxLines; ++i)
            widths.widths.push_back(slotMeasures[i]);
        if (widths.widths.empty())
            widths.widths.push_back(slotMeasures.empty() ? bodyStyle.size * 13
                                                         : slotMeasures.back());
        auto pl = std::make_shared<const text::ParagraphLayout>(
            text::layoutParagraph(*mp, widths, st.align));
        for (const auto& d : pl->diagnostics) out.diagnostics.push_back(article.id + ": " + d);
        for (size_t li = 0; li < pl->lines.size(); ++li) {
            if (next >= slots.size()) {
                ++out.oversetLines;
                out.oversetChars += charsOf(*pl, pl->lines[li]);
                continue;
            }
            const Slot s = slots[next];
            const TextColumn& col = out.columns[s.column];
            const model::Page& page = *chain[0].page;  // replaced below by the column's page
            (void)page;
            PlacedText t;
            t.pageIndex = col.pageIndex;
            t.frameId = col.frameId;
            t.role = isCredit ? "credit" : "body";
            t.paragraph = static_cast<int>(p);
            t.layout = pl;
            t.line = li;
            t.x = col.box.x;
            bodyPlacements.push_back({out.lines.size(), next});
            out.lines.push_back(std::move(t));
            out.placedChars += charsOf(*pl, pl->lines[li]);
            ++next;
        }
    }
    out.undersetLines = static_cast<int>(slots.size() - std::min(next, slots.size()));

    // Balance the last row of columns: the rect holding the last body line, when the article
    // ends there (no overset) and the frame asks for it.
    if (out.oversetLines == 0 && next > 0 && chain.back().frame->balance) {
        const TextColumn& lastCol = out.columns[slots[next - 1].column];
        if (lastCol.frameId == chain.back().frame->id) {
            std::vector<size_t> rectCols;
            for (size_t c = 0; c < out.columns.size(); ++c)
                if (out.columns[c].frameId == lastCol.frameId &&
                    out.columns[c].rect == lastCol.rect)
                    rectCols.push_back(c);
            if (rectCols.size() > 1) {
                std::vector<size_t> inRect;  // indices into bodyPlacements
                for (size_t k = 0; k < bodyPlacements.size(); ++k) {
                    const size_t c = slots[bodyPlacements[k].second].column;
                    if (std::find(rectCols.begin(), rectCols.end(), c) != rectCols.end())
                        inRect.push_back(k);
                }
                std::vector<int> avail;
                for (size_t c : rectCols)
                    avail.push_back(static_cast<int>(out.columns[c].lines.size()));
                const std::vector<int> takes =
                    balancedTakes(avail, static_cast<int>(inRect.size()));
                size_t k = 0;
                for (size_t ci = 0; ci < rectCols.size() && k < inRect.size(); ++ci) {
                    const TextColumn& col = out.columns[rectCols[ci]];
                    const int take = takes[ci];
                    for (int j = 0; j < take && k < inRect.size(); ++j, ++k) {
                        PlacedText& t = out.lines[bodyPlacements[inRect[k]].first];
                        t.x = col.box.x;
                        // Re-point the slot to (column ci, its j-th line).
                        for (size_t si = 0; si < slots.size(); ++si)
                            if (slots[si].column == rectCols[ci] &&
                                slots[si].line == col.lines[j]) {
                                bodyPlacements[inRect[k]].second = si;
                                break;
                            }
                    }
                }
            }
        }
    }
    // Baselines from the final slots.
    for (const auto& [lineIdx, slot] : bodyPlacements) {
        PlacedText& t = out.lines[lineIdx];
        const TextColumn& col = out.columns[slots[slot].column];
        t.x = col.box.x;
        t.frameId = col.frameId;
        t.pageIndex = col.pageIndex;
        const model::Page* page = nullptr;
        for (const auto& cf : chain)
            if (cf.frame->id == col.frameId) page = cf.page;
        t.baseline = baselineOf(*page, slots[slot].line);
    }
    out.lines.insert(out.lines.end(), jumps.begin(), jumps.end());
    return out;
}

}  // namespace bm::flow
