// SPDX-License-Identifier: MIT
// Rich text of body paragraphs (v2, issue 14): character ranges and paragraph style marks. Each
// problem names its key, as validateArticle's do.
#include <set>

#include "layout/model/validate.h"

namespace bm::model {

namespace {

std::string at(const std::string& path, const char* key, size_t i) {
    return (path.empty() ? std::string() : path + ".") + key + "[" + std::to_string(i) + "]";
}

bool splitsPair(const std::u16string& text, int off) {
    const int len = static_cast<int>(text.size());
    return off > 0 && off < len && text[off] >= 0xDC00 && text[off] <= 0xDFFF &&
           text[off - 1] >= 0xD800 && text[off - 1] <= 0xDBFF;
}

std::optional<std::string> checkAttrs(const CharAttrs& c) {
    if (c.sizePercent < kMinCharSizePercent || c.sizePercent > kMaxCharSizePercent)
        return "size: expected 50 to 200 (%), got " + std::to_string(c.sizePercent);
    if (c.tintPercent < 0 || c.tintPercent > 100)
        return "tint: expected 0 to 100 (% K), got " + std::to_string(c.tintPercent);
    if (c.plain()) return "expected at least one attribute (a plain range is no range)";
    return std::nullopt;
}

}  // namespace

std::vector<std::string> validateRichText(const Article& a, const std::string& path) {
    std::vector<std::string> out;
    const int n = static_cast<int>(a.paragraphs.size());
    const auto badIndex = [&](int p) {
        return "expected a paragraph index from 0 to " + std::to_string(n - 1) + ", got " +
               std::to_string(p);
    };
    const CharRange* prev = nullptr;
    for (size_t i = 0; i < a.charRanges.size(); ++i) {
        const CharRange& r = a.charRanges[i];
        const std::string rp = at(path, "characterStyles", i);
        if (r.paragraph < 0 || r.paragraph >= n) {
            out.push_back(rp + ".paragraph: " + badIndex(r.paragraph));
            continue;
        }
        const std::u16string& text = a.paragraphs[r.paragraph];
        const int len = static_cast<int>(text.size());
        if (r.begin < 0 || r.end > len || r.begin >= r.end)
            out.push_back(rp + ": expected 0 <= begin < end <= " + std::to_string(len) +
                          " (UTF-16 length of the paragraph), got begin " +
                          std::to_string(r.begin) + ", end " + std::to_string(r.end));
        else if (splitsPair(text, r.begin) || splitsPair(text, r.end))
            out.push_back(rp + ": expected offsets on character boundaries");
        else if (prev && (prev->paragraph > r.paragraph ||
                          (prev->paragraph == r.paragraph && prev->end > r.begin)))
            out.push_back(rp + ": expected ranges in text order that do not overlap");
        if (auto problem = checkAttrs(r.attrs)) out.push_back(rp + "." + *problem);
        prev = &r;
    }
    int last = -1;
    for (size_t i = 0; i < a.paragraphStyles.size(); ++i) {
        const ParagraphStyleMark& m = a.paragraphStyles[i];
        const std::string mp = at(path, "paragraphStyles", i);
        if (m.paragraph < 0 || m.paragraph >= n)
            out.push_back(mp + ".paragraph: " + badIndex(m.paragraph));
        else if (m.paragraph <= last)
            out.push_back(mp + ".paragraph: expected increasing paragraph indices, got " +
                          std::to_string(m.paragraph) + " after " + std::to_string(last));
        last = std::max(last, m.paragraph);
        if (m.style.empty() || m.style == "body")
            out.push_back(mp + ".style: expected a paragraph style other than body, got \"" +
                          m.style + "\"");
    }
    return out;
}

bool knownParagraphStyle(const Document& doc, const std::string& name) {
    if (doc.styles.count(name)) return true;
    for (const char* builtIn : kParagraphStyleNames)
        if (name == builtIn) return true;
    return false;
}

std::vector<std::string> validateParagraphStyleNames(const Document& doc) {
    std::vector<std::string> out;
    for (size_t i = 0; i < doc.articles.size(); ++i) {
        const auto& marks = doc.articles[i].paragraphStyles;
        for (size_t k = 0; k < marks.size(); ++k)
            if (!marks[k].style.empty() && !knownParagraphStyle(doc, marks[k].style))
                out.push_back(at("articles[" + std::to_string(i) + "]", "paragraphStyles", k) +
                              ".style: unknown style \"" + marks[k].style +
                              "\" (expected a key of styles or subhead, quote, signature)");
    }
    return out;
}

}  // namespace bm::model
