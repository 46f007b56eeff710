// SPDX-License-Identifier: MIT
// The checker's driver: per-article and per-page results cached under a hash of everything the
// rules read (text, lines, fits, frames), then the document-wide rules, then sorting,
// fingerprints, waivers and the summary.
#include "layout/check/checker.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "layout/base/utf.h"
#include "layout/check/check_detail.h"
#include "layout/check/image_probe.h"
#include "layout/check/proofing.h"

namespace bm::check {

using namespace detail;

namespace {

struct Hasher {
    std::uint64_t h = 14695981039346656037ull;
    void bytes(const void* p, size_t n) {
        h = fnv(std::string_view(static_cast<const char*>(p), n), h);
    }
    void add(long long v) { bytes(&v, sizeof v); }
    void add(const std::string& s) {
        bytes(s.data(), s.size());
        add(static_cast<long long>(s.size()));
    }
    void add(const std::u16string& s) {
        bytes(s.data(), s.size() * 2);
        add(static_cast<long long>(s.size()));
    }
    void add(const model::GridRect& r) {
        for (int v : {r.column, r.span, r.line, r.lines}) add(v);
    }
};

std::uint64_t articleKey(const model::Document& doc, const ArticleView& v) {
    Hasher h;
    const model::Article& a = *v.article;
    for (const auto* t :
         {&a.kicker, &a.headline, &a.subheadline, &a.byline, &a.dateline, &a.credit})
        h.add(*t);
    for (const auto& p : a.paragraphs) h.add(p);
    for (int f : a.flushParagraphs) h.add(f);
    if (v.fit) {
        for (int n : {v.fit->oversetChars, v.fit->oversetLines, v.fit->undersetLines}) h.add(n);
        h.add(v.fit->placed);
    }
    for (const auto& c : v.chain) {
        h.add(c.page->id);
        h.add(c.page->number);
        h.add(c.page->grid.bodySize);
        h.add(c.frame->id);
        h.add(c.frame->sequence);
        for (const auto& r : c.frame->rects) {
            h.add(r.area);
            h.add(r.textColumns);
        }
    }
    for (size_t i = 0; i < v.lines.size(); ++i) {
        const page::PlacedLine& l = *v.lines[i];
        h.add(v.linePage[i]);
        h.add(l.frameId);
        h.add(l.role);
        for (Length n : {static_cast<Length>(l.paragraph), l.x, l.baseline, l.width, l.measure})
            h.add(n);
        h.add(l.text);
    }
    for (const auto* r : v.records) {
        h.add(r->code);
        h.add(r->frame);
        for (const auto& [k, n] : r->data) h.add(n);
    }
    // JUMP-TARGET reads the 版次 of every page; the glyph rules the styles' fonts.
    for (const auto& p : doc.pages) h.add(p.number);
    for (const char* s :
         {"body", "dateline", "credit", "kicker", "headline", "subheadline", "byline"}) {
        const model::Style& st = doc.style(s);
        h.add(static_cast<int>(st.role));
        h.add(st.family);
        h.add(st.bold);
    }
    return h.h;
}

std::uint64_t pageKey(const model::Document& doc, const page::DocumentLayout& layout, size_t p) {
    Hasher h;
    const model::Page& page = doc.pages[p];
    h.add(page.id);
    h.add(page.number);
    for (Length v : {page.width, page.height, page.typeArea.x, page.typeArea.y, page.typeArea.w,
                     page.typeArea.h, page.grid.gutter, page.grid.bodySize})
        h.add(v);
    h.add(page.grid.columns);
    h.add(page.header.show);
    for (const auto* t : {&page.header.paperName, &page.header.date, &page.header.pageName})
        h.add(*t);
    for (const auto& f : page.articleFrames) {
        h.add(f.id);
        h.add(f.articleId);
        for (const auto& r : f.rects) h.add(r.area);
    }
    for (const auto& img : page.images) {
        h.add(img.id);
        h.add(img.area);
        h.add(img.caption);
        h.add(img.credit);
        h.add(img.wrap);
    }
    for (const auto& l : page.labels) {
        h.add(l.id);
        h.add(l.area);
        h.add(l.text);
        h.add(l.style);
    }
    for (const auto& r : page.rules)
        for (Length v : {r.from.x, r.from.y, r.to.x, r.to.y, r.width}) h.add(v);
    if (p < layout.pages.size())
        for (const auto& l : layout.pages[p].lines) {
            if (l.articleId.empty()) continue;
            h.add(l.articleId);
            h.add(l.frameId);
            for (Length v : {l.x, l.baseline, l.width}) h.add(v);
        }
    for (const char* s : {"header", "caption", "credit", "label"}) {
        const model::Style& st = doc.style(s);
        h.add(static_cast<int>(st.role));
        h.add(st.family);
        h.add(st.bold);
        h.add(st.size);
    }
    return h.h;
}

}  // namespace

struct Checker::Impl {
    fonts::FontRegistry* fonts = nullptr;
    std::string dir;
    Profile profile = *builtinProfile("daily-default");
    TextCache text;
    ImageCache images;
    StyleFonts styleFonts;
    struct Cached {
        std::uint64_t key = 0;
        std::vector<Finding> findings;
    };
    std::unordered_map<std::string, Cached> articles, pages;
    size_t articlesRechecked = 0, pagesRechecked = 0;

    void clearResults() {
        articles.clear();
        pages.clear();
        text.clear();
    }
    void finish(const model::Document& doc, CheckResult& r) const;
};

Checker::Checker(fonts::FontRegistry* fonts) : m_impl(std::make_unique<Impl>()) {
    m_impl->fonts = fonts;
    m_impl->styleFonts.registry = fonts;
}
Checker::~Checker() = default;

void Checker::setDocumentDir(std::string dir) { m_impl->dir = std::move(dir); }

void Checker::setProfile(Profile profile) {
    if (profile == m_impl->profile) return;
    m_impl->profile = std::move(profile);
    m_impl->clearResults();
}

const Profile& Checker::profile() const { return m_impl->profile; }

void Checker::setCancel(const std::atomic<bool>* cancel) { m_impl->images.setCancel(cancel); }

void Checker::setPlateInk(std::map<std::string, PlateInk> plate) {
    m_impl->images.setPlateInk(std::move(plate));
    m_impl->pages.clear();  // their image findings were judged on other ink
}
size_t Checker::articlesRechecked() const { return m_impl->articlesRechecked; }
size_t Checker::pagesRechecked() const { return m_impl->pagesRechecked; }

CheckResult Checker::check(const model::Document& doc, const page::DocumentLayout& layout) {
    Impl& m = *m_impl;
    CheckResult result;
    result.profile = m.profile.name;
    std::vector<Finding>& out = result.findings;
    const LayoutIndex index(doc, layout);
    // The font chains follow the styles; resolving them again is cheap (a map lookup).
    m.styleFonts.chains.clear();
    m.articlesRechecked = m.pagesRechecked = 0;

    std::unordered_map<std::string, Impl::Cached> nextArticles, nextPages;
    for (const ArticleView& v : index.articles) {
        const std::uint64_t key = articleKey(doc, v);
        auto it = m.articles.find(v.article->id);
        Impl::Cached c;
        if (it != m.articles.end() && it->second.key == key) {
            c = std::move(it->second);
        } else {
            ++m.articlesRechecked;
            c.key = key;
            Emit emit{m.profile, c.findings};
            checkArticleLayout(doc, v, emit);
            checkArticleText(doc, v, m.text, emit);
            checkArticleGlyphs(doc, v, m.styleFonts, emit);
        }
        out.insert(out.end(), c.findings.begin(), c.findings.end());
        nextArticles[v.article->id] = std::move(c);
    }
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const std::uint64_t key = pageKey(doc, layout, p);
        const std::string& id = doc.pages[p].id;
        auto it = m.pages.find(id);
        Impl::Cached c;
        if (it != m.pages.end() && it->second.key == key) {
            c = std::move(it->second);
        } else {
            ++m.pagesRechecked;
            c.key = key;
            Emit emit{m.profile, c.findings};
            checkPageLayout(doc, layout, static_cast<int>(p), emit);
            checkPageText(doc, static_cast<int>(p), m.text, m.styleFonts, emit);
        }
        out.insert(out.end(), c.findings.begin(), c.findings.end());
        nextPages[id] = std::move(c);
        Emit emit{m.profile, out};
        checkPageImages(doc, static_cast<int>(p), m.dir, m.images, emit);
    }
    m.articles = std::move(nextArticles);
    m.pages = std::move(nextPages);

    Emit emit{m.profile, out};
    checkFurniture(doc, emit);
    checkDocumentArticles(doc, index, emit);
    checkFontEmbedding(doc, m.styleFonts, emit);
    if (emit.on("ZH-TRAD-CHAR") && !tradCheckAvailable())
        emit.add("ZH-TRAD-CHAR", Location{}, "繁体检查不可用：本程序没有带 OpenCC",
                 "The traditional-character check needs OpenCC, which this build lacks",
                 Severity::Info);
    m.finish(doc, result);
    return result;
}

void Checker::Impl::finish(const model::Document& doc, CheckResult& r) const {
    std::unordered_map<std::string, int> pageOrder, frameOrder;
    for (size_t p = 0; p < doc.pages.size(); ++p) {
        const model::Page& page = doc.pages[p];
        pageOrder[page.id] = static_cast<int>(p);
        int k = 0;
        for (const auto& f : page.articleFrames) frameOrder[f.id] = ++k;
        for (const auto& f : page.images) frameOrder[f.id] = ++k;
        for (const auto& f : page.labels) frameOrder[f.id] = ++k;
        for (const auto& f : page.rules) frameOrder[f.id] = ++k;
    }
    auto sortKey = [&](const Finding& f) {
        const Location& l = f.location;
        const int page = l.page.empty()            ? 1 << 30
                         : pageOrder.count(l.page) ? pageOrder.at(l.page)
                                                   : 0;
        const int frame = l.frame.empty()             ? 0
                          : frameOrder.count(l.frame) ? frameOrder.at(l.frame)
                                                      : 0;
        const int field = l.field ? static_cast<int>(*l.field) : -1;
        return std::make_tuple(page, frame, field, l.paragraph, l.cp ? l.cp->begin : -1);
    };
    std::stable_sort(r.findings.begin(), r.findings.end(), [&](const Finding& a, const Finding& b) {
        const auto ka = sortKey(a), kb = sortKey(b);
        if (ka != kb) return ka < kb;
        return a.rule < b.rule;
    });
    // Fingerprints: rule␟scope␟field␟context␟n, stable under edits elsewhere.
    std::unordered_map<std::string, int> seen;
    std::set<std::pair<std::string, std::string>> waivers;
    for (const auto& w : doc.checks.waivers) waivers.insert({w.fingerprint, w.rule});
    for (Finding& f : r.findings) {
        const Location& l = f.location;
        std::string key = f.rule + '\x1f' +
                          (!l.article.empty() ? l.article
                           : !l.frame.empty() ? l.frame
                                              : l.page) +
                          '\x1f' + (l.field ? fieldName(*l.field) : "") + '\x1f';
        if (f.excerpt)
            key += utf16ToUtf8(f.excerpt->before + f.excerpt->text + f.excerpt->after);
        else
            key += l.frame;
        for (const auto& rel : f.related) key += "|" + rel.frame + rel.page;
        const int n = seen[key]++;
        f.fingerprint = fnv(key + '\x1f' + std::to_string(n));
        f.waived = waivers.count({fingerprintHex(f.fingerprint), f.rule}) > 0;
    }
    r.summary = summarize(r.findings, profile);
}

Summary summarize(const std::vector<Finding>& findings, const Profile& profile) {
    Summary s;
    for (const Finding& f : findings) {
        if (f.waived) {
            ++s.waived;
            continue;
        }
        switch (f.severity) {
            case Severity::Error:
                ++s.error;
                break;
            case Severity::Warning:
                ++s.warning;
                break;
            case Severity::Info:
                ++s.info;
                break;
        }
        if (blocksExport(f, profile)) ++s.blocking;
    }
    return s;
}

bool blocksExport(const Finding& f, const Profile& profile) {
    return !f.waived && f.severity == Severity::Error &&
           (f.cls == RuleClass::Print || profile.blockExport.count(f.cls));
}

Result<Profile> documentProfile(const model::Document& doc) {
    if (!doc.checks.profileJson.empty())
        return profileFromJson(doc.checks.profileJson, "checks.profile");
    if (!doc.checks.profile.empty()) return resolveProfile(doc.checks.profile);
    return *builtinProfile("daily-default");
}

std::vector<model::CheckWaiver> liveWaivers(const model::Document& doc, const CheckResult& r) {
    std::set<std::string> live;
    for (const auto& f : r.findings) live.insert(fingerprintHex(f.fingerprint));
    std::vector<model::CheckWaiver> out;
    for (const auto& w : doc.checks.waivers)
        if (live.count(w.fingerprint)) out.push_back(w);
    return out;
}

}  // namespace bm::check
