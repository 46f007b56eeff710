// SPDX-License-Identifier: MIT
#include "layout/page/layout_diff.h"

#include "layout/base/utf.h"

namespace bm::page {

namespace {

std::string describe(const PlacedLine& l) {
    return "'" + utf16ToUtf8(l.text) + "' (" + l.role + ", frame " + l.frameId + ") at x " +
           formatPt(l.x) + " baseline " + formatPt(l.baseline) + " width " + formatPt(l.width);
}

std::string describe(const DisplayItem& item) {
    if (const auto* run = std::get_if<GlyphRun>(&item)) {
        const std::string text = utf16ToUtf8(run->text);
        std::string s = "glyph run '" + text + "' face " + std::to_string(run->face.value) +
                        " size " + formatPt(run->size);
        if (!run->positions.empty())
            s += " from (" + formatPt(run->positions[0].x) + ", " + formatPt(run->positions[0].y) +
                 ")";
        return s;
    }
    if (std::holds_alternative<RuleItem>(item)) return "rule";
    if (std::holds_alternative<FillRect>(item)) return "filled rectangle";
    return "image " + std::get<ImageItem>(item).path;
}

template <typename T>
std::string firstDifferent(const std::vector<T>& a, const std::vector<T>& b,
                           const std::string& what) {
    for (size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (!(a[i] == b[i])) {
            if constexpr (std::is_same_v<T, PlacedLine> || std::is_same_v<T, DisplayItem>)
                return what + " " + std::to_string(i) + ": " + describe(a[i]) + " vs " +
                       describe(b[i]);
            else
                return what + " " + std::to_string(i) + " differs";
        }
    if (a.size() != b.size())
        return what + " count " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
    return "";
}

std::string pageDifference(const PageLayout& a, const PageLayout& b) {
    if (a.pageId != b.pageId) return "page id " + a.pageId + " vs " + b.pageId;
    if (auto d = firstDifferent(a.lines, b.lines, "line"); !d.empty()) return d;
    if (auto d = firstDifferent(a.display.items, b.display.items, "display item"); !d.empty())
        return d;
    if (auto d = firstDifferent(a.frames, b.frames, "frame box"); !d.empty()) return d;
    if (!(a.display == b.display)) return "page size or number";
    return "";
}

}  // namespace

std::string layoutDifference(const DocumentLayout& a, const DocumentLayout& b) {
    if (a == b) return "";
    for (size_t p = 0; p < a.pages.size() && p < b.pages.size(); ++p)
        if (auto d = pageDifference(a.pages[p], b.pages[p]); !d.empty())
            return "page " + std::to_string(p + 1) + ": " + d;
    if (a.pages.size() != b.pages.size())
        return "page count " + std::to_string(a.pages.size()) + " vs " +
               std::to_string(b.pages.size());
    for (const auto& [id, fit] : a.fits) {
        auto it = b.fits.find(id);
        if (it == b.fits.end()) return "article " + id + " has a fit on one side only";
        if (!(it->second == fit))
            return "fit of article " + id + ": overset " + std::to_string(fit.oversetChars) +
                   " vs " + std::to_string(it->second.oversetChars) + " 字";
    }
    if (a.fits.size() != b.fits.size()) return "number of article fits";
    if (auto d = firstDifferent(a.diagnostics, b.diagnostics, "diagnostic"); !d.empty()) return d;
    return "the layouts differ";
}

}  // namespace bm::page
