// SPDX-License-Identifier: MIT
#include "layout/text/itemize.h"

#include <hb.h>

#include <cstdio>

#include "layout/base/utf.h"
#include "layout/text/shape.h"

namespace bm::text {

std::uint16_t FaceTable::indexOf(fonts::FaceId id, const GlyphStyle& style) {
    for (size_t f = 0; f < ids.size(); ++f)
        if (ids[f] == id && styles[f] == style) return static_cast<std::uint16_t>(f);
    ids.push_back(id);
    faces.push_back(&registry.face(id));
    styles.push_back(style);
    return static_cast<std::uint16_t>(ids.size() - 1);
}

std::vector<std::uint16_t> FaceTable::indicesOf(const std::vector<fonts::FaceId>& chain,
                                                const GlyphStyle& style) {
    std::vector<std::uint16_t> out;
    out.reserve(chain.size());
    for (auto id : chain) out.push_back(indexOf(id, style));
    return out;
}

Length FaceTable::sizeOf(std::uint16_t f, Length size) const {
    const int permille = styles[f].sizePermille;
    return permille == 1000 ? size : static_cast<Length>(std::int64_t(size) * permille / 1000);
}

bool isRightToLeft(std::uint32_t script) {
    return hb_script_get_horizontal_direction(static_cast<hb_script_t>(script)) == HB_DIRECTION_RTL;
}

namespace {

bool isIgnorableForCoverage(char32_t c) {
    return c == 0x20 || c == 0xA0 || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||
           (c >= 0xE0100 && c <= 0xE01EF);
}

// First face of the chain that has every character of the atom.
std::uint16_t chooseFace(std::u16string_view text, const Atom& a,
                         const std::vector<const fonts::Face*>& faces,
                         const std::vector<std::uint16_t>& chain, std::string* missing) {
    for (std::uint16_t f : chain) {
        bool all = true;
        size_t i = a.begin;
        while (i < a.end && all) {
            const char32_t c = nextCodePoint(text, i);
            if (!isIgnorableForCoverage(c) && !faces[f]->hasCodepoint(c)) all = false;
        }
        if (all) return f;
    }
    size_t i = a.begin;
    const char32_t c = nextCodePoint(text, i);
    char buf[64];
    std::snprintf(buf, sizeof buf, "character U+%04X is missing from every font",
                  static_cast<unsigned>(c));
    *missing = buf;
    return chain.front();
}

// The script of a word: its first character of a real script (digits, symbols and combining
// marks belong to every script). Words of digits and symbols only are shaped as Latin.
hb_script_t scriptOfWord(std::u16string_view text, const Atom& a) {
    static hb_unicode_funcs_t* const unicode = hb_unicode_funcs_get_default();
    size_t i = a.begin;
    while (i < a.end) {
        const char32_t c = nextCodePoint(text, i);
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return HB_SCRIPT_LATIN;
            continue;
        }
        const hb_script_t s = hb_unicode_script(unicode, c);
        if (s != HB_SCRIPT_COMMON && s != HB_SCRIPT_INHERITED && s != HB_SCRIPT_UNKNOWN) return s;
    }
    return HB_SCRIPT_LATIN;
}

}  // namespace

Itemization itemize(std::u16string_view text, const std::vector<Atom>& atoms, FaceTable& faces,
                    const std::vector<fonts::FaceId>& chain, const std::vector<FontSpan>& spans) {
    const std::vector<std::uint16_t> defaultChain = faces.indicesOf(chain);
    std::vector<std::vector<std::uint16_t>> spanChains;
    for (const auto& sp : spans) spanChains.push_back(faces.indicesOf(sp.chain, sp.style));
    const size_t n = atoms.size();
    Itemization out;
    out.face.assign(n, 0);
    out.script.assign(n, HB_SCRIPT_HAN);
    for (size_t i = 0; i < n; ++i) {
        const Atom& a = atoms[i];
        const std::vector<std::uint16_t>* ch = &defaultChain;
        for (size_t s = 0; s < spans.size(); ++s)
            if (a.begin >= spans[s].begin && a.begin < spans[s].end) ch = &spanChains[s];
        if (a.kind == AtomKind::Space && i > 0 && ch->front() == out.face[i - 1]) {
            out.face[i] = out.face[i - 1];
            out.script[i] = out.script[i - 1];
            continue;
        }
        if (a.inner != InnerBreak::None && i > 0) {  // a piece of the word before: same item
            out.face[i] = out.face[i - 1];
            out.script[i] = out.script[i - 1];
            continue;
        }
        // A word split into pieces (word_breaks.h) is itemised whole, as before the split.
        Atom whole = a;
        for (size_t k = i + 1; k < n && atoms[k].inner != InnerBreak::None; ++k)
            whole.end = atoms[k].end;
        if (a.kind == AtomKind::Word) out.script[i] = scriptOfWord(text, whole);
        std::string missing;
        out.face[i] = chooseFace(text, whole, faces.faces, *ch, &missing);
        if (!missing.empty()) out.missing.push_back(std::move(missing));
    }
    return out;
}

}  // namespace bm::text
