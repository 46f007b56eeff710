// SPDX-License-Identifier: MIT
// Every stored text field through the proofing rules (with its place on the page), and the
// characters through the fonts of the field's role: PRN-GLYPH-MISSING (豆腐块, no face of the
// chain has it) and PRN-GLYPH-FALLBACK (a Han character or Chinese mark set from a face other
// than the role's first CJK face: 黑 in 宋 text).
#include "layout/base/utf.h"
#include "layout/check/check_detail.h"
#include "layout/check/text_scan.h"
#include "layout/model/templates.h"

namespace bm::check::detail {

namespace {

struct Field {
    FieldKind kind;
    const std::u16string* text;
    const char* style;
};

std::vector<Field> articleFields(const model::Article& a) {
    return {{FieldKind::Kicker, &a.kicker, "kicker"},
            {FieldKind::Headline, &a.headline, "headline"},
            {FieldKind::Subheadline, &a.subheadline, "subheadline"},
            {FieldKind::Byline, &a.byline, "byline"},
            {FieldKind::Dateline, &a.dateline, "dateline"},
            {FieldKind::Credit, &a.credit, "credit"}};
}

bool startsWithQuote(const std::u16string& s) {
    for (char16_t c : s) {
        if (c == u' ' || c == u'\u3000') continue;
        return c == u'“' || c == u'‘';
    }
    return false;
}

void glyphRules(const model::Document& doc, const std::u16string& text, const char* style,
                const Location& where, StyleFonts& fonts, Emit& emit) {
    const bool missingOn = emit.on("PRN-GLYPH-MISSING"), fallbackOn = emit.on("PRN-GLYPH-FALLBACK");
    if (text.empty() || (!missingOn && !fallbackOn)) return;
    const auto& chain = fonts.chain(doc, style);
    if (chain.empty()) return;
    // The role's first CJK face: the first face of the chain that has 一.
    const fonts::Face* cjk = nullptr;
    for (auto id : chain)
        if (fonts.registry->face(id).hasCodepoint(U'一')) {
            cjk = &fonts.registry->face(id);
            break;
        }
    const FieldText t(text);
    enum Kind { None, Missing, Fallback };
    auto kindAt = [&](int i) {
        const char32_t c = t[i];
        if (c < 0x20 || isSpaceChar(c) || c == 0x7F) return None;
        // The face the engine sets it from: the first of the chain that has it.
        const fonts::Face* from = nullptr;
        for (auto id : chain)
            if (fonts.registry->face(id).hasCodepoint(c)) {
                from = &fonts.registry->face(id);
                break;
            }
        if (!from) return Missing;
        return cjk && from != cjk && isChineseChar(c) ? Fallback : None;
    };
    for (int i = 0; i < t.size();) {
        const Kind k = kindAt(i);
        if (k == None || (k == Missing && !missingOn) || (k == Fallback && !fallbackOn)) {
            ++i;
            continue;
        }
        int e = i + 1;
        while (e < t.size() && kindAt(e) == k) ++e;
        Location l = where;
        l.cp = Range{i, e};
        l.utf16 = Range{t.utf16(i), t.utf16(e)};
        const std::string chars = utf8(std::u32string_view(t.cps()).substr(
            static_cast<size_t>(i), static_cast<size_t>(e - i)));
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(t[i]));
        Finding& f =
            k == Missing
                ? emit.add(
                      "PRN-GLYPH-MISSING", l,
                      "缺字：“" + chars + "”（" + hex + "）在本角色的字体中都没有，会印成豆腐块",
                      "Missing glyph: '" + chars + "' (" + hex + ") is in none of the role's fonts")
                : emit.add("PRN-GLYPH-FALLBACK", l,
                           "借用字体：“" + chars + "”不在本角色的中文字体中，用了后备字体",
                           "'" + chars + "' is set from a fallback font, not the role's CJK font");
        f.excerpt =
            Excerpt{text.substr(static_cast<size_t>(t.utf16(std::max(0, i - 8))),
                                static_cast<size_t>(t.utf16(i) - t.utf16(std::max(0, i - 8)))),
                    text.substr(static_cast<size_t>(t.utf16(i)),
                                static_cast<size_t>(t.utf16(e) - t.utf16(i))),
                    u""};
        f.data = {{"codepoint", static_cast<double>(t[i])}};
        i = e;
    }
}

}  // namespace

void checkArticleText(const model::Document& doc, const ArticleView& v, TextCache& cache,
                      Emit& emit) {
    const model::Article& a = *v.article;
    for (const Field& f : articleFields(a)) {
        if (f.text->empty()) continue;
        FieldContext c;
        c.kind = f.kind;
        proofInto(cache, *f.text, c, fieldLocation(doc, v, f.kind, -1), emit);
    }
    const size_t n = a.paragraphs.size();
    for (size_t p = 0; p < n; ++p) {
        FieldContext c;
        c.kind = FieldKind::Paragraphs;
        c.lastParagraph = p + 1 == n;
        c.nextStartsWithQuote = p + 1 < n && startsWithQuote(a.paragraphs[p + 1]);
        c.salutation = std::find(a.flushParagraphs.begin(), a.flushParagraphs.end(),
                                 static_cast<int>(p)) != a.flushParagraphs.end() ||
                       model::isSalutation(a.paragraphs[p]);
        proofInto(cache, a.paragraphs[p], c,
                  fieldLocation(doc, v, FieldKind::Paragraphs, static_cast<int>(p)), emit);
    }
}

void checkArticleGlyphs(const model::Document& doc, const ArticleView& v, StyleFonts& fonts,
                        Emit& emit) {
    const model::Article& a = *v.article;
    for (const Field& f : articleFields(a))
        glyphRules(doc, *f.text, f.style, fieldLocation(doc, v, f.kind, -1), fonts, emit);
    for (size_t p = 0; p < a.paragraphs.size(); ++p)
        glyphRules(doc, a.paragraphs[p], "body",
                   fieldLocation(doc, v, FieldKind::Paragraphs, static_cast<int>(p)), fonts, emit);
}

void checkPageText(const model::Document& doc, int pageIndex, TextCache& cache, StyleFonts& fonts,
                   Emit& emit) {
    const model::Page& page = doc.pages[static_cast<size_t>(pageIndex)];
    auto run = [&](const std::u16string& text, FieldKind kind, const std::string& frame,
                   const char* style) {
        if (text.empty()) return;
        Location l = pageLocation(doc, pageIndex);
        l.frame = frame;
        l.field = kind;
        FieldContext c;
        c.kind = kind;
        proofInto(cache, text, c, l, emit);
        glyphRules(doc, text, style, l, fonts, emit);
    };
    if (page.header.show) {
        run(page.header.paperName, FieldKind::HeaderPaperName, "", "header");
        run(page.header.date, FieldKind::HeaderDate, "", "header");
        run(page.header.pageName, FieldKind::HeaderPageName, "", "header");
    }
    for (const auto& img : page.images) {
        run(img.caption, FieldKind::Caption, img.id, "caption");
        run(img.credit, FieldKind::Credit, img.id, "credit");
    }
    for (const auto& label : page.labels)
        run(label.text, FieldKind::Label, label.id, label.style.c_str());
}

}  // namespace bm::check::detail
