// SPDX-License-Identifier: MIT
// The checker's shared machinery: emitting findings, the layout regrouped per article, field
// locations, the proofing cache and the font chains of styles.
#include <algorithm>

#include "layout/check/check_detail.h"
#include "layout/check/proofing.h"
#include "layout/check/rules.h"

namespace bm::check::detail {

Finding& Emit::add(const char* rule, Location loc, std::string zh, std::string en,
                   std::optional<Severity> natural) {
    const RuleInfo* info = findRule(rule);
    Finding f;
    f.rule = rule;
    f.cls = info ? info->cls : RuleClass::Layout;
    f.severity = effectiveSeverity(profile, rule,
                                   natural.value_or(info ? info->severity : Severity::Warning));
    f.location = std::move(loc);
    f.zh = std::move(zh);
    f.en = std::move(en);
    out.push_back(std::move(f));
    return out.back();
}

LayoutIndex::LayoutIndex(const model::Document& doc, const page::DocumentLayout& layout) {
    articles.resize(doc.articles.size());
    for (size_t i = 0; i < doc.articles.size(); ++i) {
        articles[i].article = &doc.articles[i];
        articleIndex[doc.articles[i].id] = i;
        if (auto it = layout.fits.find(doc.articles[i].id); it != layout.fits.end())
            articles[i].fit = &it->second;
    }
    for (size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& f : doc.pages[p].articleFrames)
            if (auto it = articleIndex.find(f.articleId); it != articleIndex.end())
                articles[it->second].chain.push_back({static_cast<int>(p), &doc.pages[p], &f});
    for (auto& v : articles)
        std::stable_sort(v.chain.begin(), v.chain.end(), [](const auto& a, const auto& b) {
            return a.frame->sequence != b.frame->sequence ? a.frame->sequence < b.frame->sequence
                                                          : a.pageIndex < b.pageIndex;
        });
    for (const auto& r : layout.records)
        if (auto it = articleIndex.find(r.article); it != articleIndex.end())
            articles[it->second].records.push_back(&r);
    for (size_t p = 0; p < layout.pages.size(); ++p)
        for (const auto& line : layout.pages[p].lines) {
            if (line.articleId.empty()) continue;
            auto it = articleIndex.find(line.articleId);
            if (it == articleIndex.end()) continue;
            articles[it->second].lines.push_back(&line);
            articles[it->second].linePage.push_back(static_cast<int>(p));
        }
}

Location pageLocation(const model::Document& doc, int pageIndex) {
    Location l;
    if (pageIndex < 0 || pageIndex >= static_cast<int>(doc.pages.size())) return l;
    l.page = doc.pages[static_cast<size_t>(pageIndex)].id;
    l.folio = doc.pages[static_cast<size_t>(pageIndex)].number;
    return l;
}

namespace {

const char* roleOf(FieldKind f) {
    switch (f) {
        case FieldKind::Kicker:
            return "kicker";
        case FieldKind::Headline:
            return "headline";
        case FieldKind::Subheadline:
            return "subheadline";
        case FieldKind::Byline:
            return "byline";
        case FieldKind::Credit:
            return "credit";
        default:
            return "body";
    }
}

}  // namespace

Location fieldLocation(const model::Document& doc, const ArticleView& v, FieldKind field,
                       int paragraph) {
    Location l;
    const char* role = roleOf(field);
    const int para = field == FieldKind::Dateline ? 0 : paragraph;
    for (size_t i = 0; i < v.lines.size(); ++i) {
        const page::PlacedLine& line = *v.lines[i];
        const bool body = std::string_view(role) == "body";
        if (line.role != role || (body && line.paragraph != para)) continue;
        l = pageLocation(doc, v.linePage[i]);
        l.frame = line.frameId;
        break;
    }
    if (l.frame.empty() && !v.chain.empty()) {
        // Not set (overset, or a deck the frame does not show): the first frame of the chain.
        l = pageLocation(doc, v.chain.front().pageIndex);
        l.frame = v.chain.front().frame->id;
    }
    l.article = v.article->id;
    l.field = field;
    if (field == FieldKind::Paragraphs) l.paragraph = paragraph;
    return l;
}

const std::vector<Finding>& TextCache::get(std::u16string_view text, const FieldContext& c,
                                           const Profile& p) {
    const std::uint64_t ph = p.textHash();
    std::uint64_t h = fnv(std::string_view(reinterpret_cast<const char*>(text.data()),
                                           text.size() * sizeof(char16_t)));
    h = fnv(std::string_view(reinterpret_cast<const char*>(&ph), sizeof ph), h);
    const char bits[4] = {static_cast<char>(c.kind), c.lastParagraph, c.nextStartsWithQuote,
                          c.salutation};
    h = fnv(std::string_view(bits, 4), h);
    auto& bucket = m_entries[h];
    for (const auto& e : bucket)
        if (e.profile == ph && e.text == text && e.context.kind == c.kind &&
            e.context.lastParagraph == c.lastParagraph &&
            e.context.nextStartsWithQuote == c.nextStartsWithQuote &&
            e.context.salutation == c.salutation)
            return e.findings;
    bucket.push_back(Entry{std::u16string(text), c, ph, proofField(text, c, p)});
    return bucket.back().findings;
}

void proofInto(TextCache& cache, std::u16string_view text, const FieldContext& c,
               const Location& where, Emit& emit) {
    for (const Finding& f : cache.get(text, c, emit.profile)) {
        Finding g = f;
        g.location.page = where.page;
        g.location.folio = where.folio;
        g.location.frame = where.frame;
        g.location.article = where.article;
        g.location.paragraph = where.paragraph;
        emit.out.push_back(std::move(g));
    }
}

const std::vector<fonts::FaceId>& StyleFonts::chain(const model::Document& doc,
                                                    const std::string& style) {
    static const std::vector<fonts::FaceId> none;
    if (!registry) return none;
    if (!setter) setter = std::make_unique<flow::TextSetter>(*registry);
    const model::Style& s = doc.style(style);
    // The key is what resolve() reads: role, family, weight.
    const std::string key =
        std::to_string(static_cast<int>(s.role)) + "|" + s.family + (s.bold ? "|b" : "|r");
    auto it = chains.find(key);
    if (it != chains.end()) return it->second;
    auto resolved = setter->resolve(s);
    return chains[key] = resolved ? resolved->chain : std::vector<fonts::FaceId>{};
}

}  // namespace bm::check::detail
