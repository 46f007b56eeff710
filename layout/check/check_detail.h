// SPDX-License-Identifier: MIT
#pragma once
// Internal to the checker (checker.cpp and the rules_*.cpp files): how rules report findings,
// what they see of the layout, and the caches they share. Not part of the API.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/check/finding.h"
#include "layout/check/profile.h"
#include "layout/check/proof_rule.h"
#include "layout/flow/style_text.h"
#include "layout/model/document.h"
#include "layout/page/layout_session.h"

namespace bm::check::detail {

/// Appends findings of enabled rules with the profile's severity and the catalogue's class.
struct Emit {
    const Profile& profile;
    std::vector<Finding>& out;
    bool on(const char* rule) const { return profile.enabled(rule); }
    /// `natural`: the level the rule chose (rules with two levels); else the catalogue's.
    Finding& add(const char* rule, Location loc, std::string zh, std::string en,
                 std::optional<Severity> natural = std::nullopt);
};

/// One frame of an article's chain.
struct ChainEntry {
    int pageIndex = 0;
    const model::Page* page = nullptr;
    const model::ArticleFrame* frame = nullptr;
};

/// What the rules see of one article: its chain and its placed lines (in page order).
struct ArticleView {
    const model::Article* article = nullptr;
    std::vector<ChainEntry> chain;
    const page::ArticleFit* fit = nullptr;
    std::vector<const page::PlacedLine*> lines;
    std::vector<int> linePage;  ///< page index of each line
    std::vector<const flow::FlowRecord*> records;
};

/// The layout regrouped for the rules.
struct LayoutIndex {
    std::vector<ArticleView> articles;  ///< in document order
    std::unordered_map<std::string, size_t> articleIndex;
    LayoutIndex(const model::Document& doc, const page::DocumentLayout& layout);
};

/// Location of page `pageIndex` (id and 版次).
Location pageLocation(const model::Document& doc, int pageIndex);
/// Where a field of an article is: page and frame of its first line (else its first frame).
Location fieldLocation(const model::Document& doc, const ArticleView& v, FieldKind field,
                       int paragraph);

/// Proofing results by (text, field context, profile): re-proofing an unchanged field is a
/// hash lookup.
class TextCache {
public:
    const std::vector<Finding>& get(std::u16string_view text, const FieldContext& c,
                                    const Profile& p);
    void clear() { m_entries.clear(); }

private:
    struct Entry {
        std::u16string text;
        FieldContext context;
        std::uint64_t profile = 0;
        std::vector<Finding> findings;
    };
    std::unordered_map<std::uint64_t, std::vector<Entry>> m_entries;
};

/// Appends the proofing findings of one field at `where` (page, frame, article already set).
void proofInto(TextCache& cache, std::u16string_view text, const FieldContext& c,
               const Location& where, Emit& emit);

/// The resolved styles the rules need (font chains of roles), cached.
struct StyleFonts {
    fonts::FontRegistry* registry = nullptr;
    std::unique_ptr<flow::TextSetter> setter;
    /// The font chain of a document style; empty when fonts are unavailable.
    const std::vector<fonts::FaceId>& chain(const model::Document& doc, const std::string& style);
    std::map<std::string, std::vector<fonts::FaceId>> chains;
};

// Rules by scope (rules_*.cpp). Article rules read one article; page rules one page; document
// rules everything (cheap: numbers, dates, hashes).
void checkArticleLayout(const model::Document& doc, const ArticleView& v, Emit& emit);
void checkArticleText(const model::Document& doc, const ArticleView& v, TextCache& cache,
                      Emit& emit);
void checkArticleGlyphs(const model::Document& doc, const ArticleView& v, StyleFonts& fonts,
                        Emit& emit);
void checkPageLayout(const model::Document& doc, const page::DocumentLayout& layout, int pageIndex,
                     Emit& emit);
void checkPageText(const model::Document& doc, int pageIndex, TextCache& cache, StyleFonts& fonts,
                   Emit& emit);
void checkFurniture(const model::Document& doc, Emit& emit);
void checkDocumentArticles(const model::Document& doc, const LayoutIndex& index, Emit& emit);
void checkFontEmbedding(const model::Document& doc, StyleFonts& fonts, Emit& emit);
}  // namespace bm::check::detail
namespace bm::check {
class ImageCache;
}
namespace bm::check::detail {
void checkPageImages(const model::Document& doc, int pageIndex, const std::string& documentDir,
                     ImageCache& cache, Emit& emit);

/// FNV-1a, 64 bits.
inline std::uint64_t fnv(std::string_view bytes, std::uint64_t h = 14695981039346656037ull) {
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

}  // namespace bm::check::detail
