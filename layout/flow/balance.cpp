// SPDX-License-Identifier: MIT
// The last stages of flowArticle: balancing the last row of columns (P-BAL-1 in
// docs/page-model.md: equal line counts, only the last column shorter) and putting every body
// line at the baseline of its grid line.
#include <algorithm>

#include "layout/flow/flow_stages.h"

namespace bm::flow::stages {

namespace {

// Smallest per-column cap q with sum(min(q, available_i)) >= lines.
int balanceCap(const std::vector<int>& available, int lines) {
    int q = 0;
    while (true) {
        int sum = 0;
        for (int a : available) sum += std::min(q, a);
        if (sum >= lines) return q;
        ++q;
    }
}

// The columns of the rectangle that holds the last body line, when balancing applies there.
std::vector<size_t> lastRowColumns(const std::vector<ChainFrame>& chain,
                                   const std::vector<Slot>& slots, const ArticleFlow& out,
                                   const std::vector<BodyPlacement>& placements) {
    if (out.oversetLines != 0 || placements.empty() || !chain.back().frame->balance) return {};
    const TextColumn& last = out.columns[slots[placements.back().slot].column];
    if (last.frameId != chain.back().frame->id) return {};
    std::vector<size_t> cols;
    for (size_t c = 0; c < out.columns.size(); ++c)
        if (out.columns[c].frameId == last.frameId && out.columns[c].rect == last.rect)
            cols.push_back(c);
    return cols;
}

// A 小标题 that balancing would leave at the foot of a column goes to the head of the next
// one, with its text: that column takes one line less, the next one more (when it has room).
void keepWithNext(const std::vector<BodyPlacement*>& inRow, const std::vector<int>& available,
                  std::vector<int>& takes) {
    size_t end = 0;  // one past the last line of column ci
    for (size_t ci = 0; ci + 1 < takes.size(); ++ci) {
        end += static_cast<size_t>(takes[ci]);
        if (takes[ci] < 2 || end >= inRow.size() || !inRow[end - 1]->keepWithNext) continue;
        if (takes[ci + 1] >= available[ci + 1]) continue;
        --takes[ci];
        ++takes[ci + 1];
        --end;
    }
}

}  // namespace

// When "only the last column shorter" would leave the last column empty (12 lines in 5
// columns: 3,3,3,3,0), which no page editor accepts, the later columns take one line less
// instead (3,3,2,2,2).
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

void balanceLastRow(const std::vector<ChainFrame>& chain, const std::vector<Slot>& slots,
                    const ArticleFlow& out, std::vector<BodyPlacement>& placements) {
    const std::vector<size_t> rowCols = lastRowColumns(chain, slots, out, placements);
    if (rowCols.size() < 2) return;
    // Slots are column after column, each column's grid lines in order: the j-th line of column
    // c is slot firstSlot[c] + j.
    std::vector<size_t> firstSlot(out.columns.size(), slots.size());
    for (size_t s = slots.size(); s-- > 0;) firstSlot[slots[s].column] = s;
    std::vector<BodyPlacement*> inRow;
    for (auto& pl : placements)
        if (std::find(rowCols.begin(), rowCols.end(), slots[pl.slot].column) != rowCols.end())
            inRow.push_back(&pl);
    std::vector<int> available;
    for (size_t c : rowCols) available.push_back(static_cast<int>(out.columns[c].lines.size()));
    std::vector<int> takes = balancedTakes(available, static_cast<int>(inRow.size()));
    keepWithNext(inRow, available, takes);
    size_t k = 0;
    for (size_t ci = 0; ci < rowCols.size(); ++ci)
        for (int j = 0; j < takes[ci] && k < inRow.size(); ++j, ++k)
            inRow[k]->slot = firstSlot[rowCols[ci]] + static_cast<size_t>(j);
}

void placeBodyLines(const std::vector<ChainFrame>& chain, const std::vector<Slot>& slots,
                    const std::vector<BodyPlacement>& placements, const fonts::EmBox& grid,
                    ArticleFlow& out) {
    for (const BodyPlacement& pl : placements) {
        PlacedText& t = out.lines[pl.lineIndex];
        const TextColumn& col = out.columns[slots[pl.slot].column];
        t.x = col.box.x;
        t.frameId = col.frameId;
        t.pageIndex = col.pageIndex;
        const model::Page* page = nullptr;
        for (const auto& cf : chain)
            if (cf.frame->id == col.frameId) page = cf.page;
        t.baseline = baselineOf(*page, slots[pl.slot].line, grid);
    }
}

}  // namespace bm::flow::stages
