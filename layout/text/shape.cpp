// SPDX-License-Identifier: MIT
#include "layout/text/shape.h"

#include <hb.h>

#include <algorithm>
#include <cstdio>

#include "layout/base/utf.h"
#include "layout/unicode/line_breaks.h"

namespace bm::text {

std::shared_ptr<const std::vector<ShapedGlyph>> ShapeCache::find(const std::u16string& key) const {
    std::lock_guard lock(m_mutex);
    auto it = m_map.find(key);
    return it == m_map.end() ? nullptr : it->second;
}

void ShapeCache::insert(const std::u16string& key,
                        std::shared_ptr<const std::vector<ShapedGlyph>> v) {
    std::lock_guard lock(m_mutex);
    // A crude bound: a session that has shaped ~20 million UTF-16 units starts afresh.
    if (m_units > (size_t(20) << 20)) {
        m_map.clear();
        m_units = 0;
    }
    m_units += key.size();
    m_map.emplace(key, std::move(v));
}

void ShapeCache::clear() {
    std::lock_guard lock(m_mutex);
    m_map.clear();
    m_units = 0;
}

size_t ShapeCache::size() const {
    std::lock_guard lock(m_mutex);
    return m_map.size();
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

// Latin words and numbers are shaped as Latin; everything else as Han (R-FONT-1).
bool isLatinRun(AtomKind k) { return k == AtomKind::Word; }

std::vector<ShapedGlyph> shapeRun(std::u16string_view run, const fonts::Face& face, bool latin,
                                  bool hwidDigits) {
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf16(buf, reinterpret_cast<const std::uint16_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, latin ? HB_SCRIPT_LATIN : HB_SCRIPT_HAN);
    static hb_language_t zhHans = hb_language_from_string("zh-Hans", -1);
    hb_buffer_set_language(buf, zhHans);
    std::vector<hb_feature_t> features;
    if (hwidDigits) {
        for (size_t i = 0; i < run.size(); ++i) {
            if (run[i] < u'0' || run[i] > u'9') continue;
            size_t j = i;
            while (j < run.size() && run[j] >= u'0' && run[j] <= u'9') ++j;
            features.push_back(hb_feature_t{HB_TAG('h', 'w', 'i', 'd'), 1, static_cast<unsigned>(i),
                                            static_cast<unsigned>(j)});
            i = j;
        }
    }
    hb_shape(face.hbFont(), buf, features.data(), static_cast<unsigned>(features.size()));
    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &count);
    std::vector<ShapedGlyph> out(count);
    for (unsigned g = 0; g < count; ++g) {
        out[g] = ShapedGlyph{info[g].codepoint, info[g].cluster, pos[g].x_advance, pos[g].x_offset,
                             pos[g].y_offset};
    }
    hb_buffer_destroy(buf);
    return out;
}

// toLength for the glyphs of one run: nearly every glyph of a CJK run has the same advance and
// no offset, so the last conversion is remembered instead of dividing again (same rounding).
class RunScale {
public:
    RunScale(Length size, int upem) : m_size(size), m_upem(upem) {}
    Length operator()(std::int32_t units) {
        if (units == 0) return 0;
        if (units != m_lastUnits) {
            m_lastUnits = units;
            m_last = toLength(units, m_size, m_upem);
        }
        return m_last;
    }

private:
    Length m_size;
    int m_upem;
    std::int32_t m_lastUnits = 0;
    Length m_last = 0;
};

std::u16string cacheKey(std::u16string_view run, fonts::FaceId face, bool latin, bool hwid) {
    std::u16string key;
    key.reserve(run.size() + 3);
    key.push_back(static_cast<char16_t>(face.value & 0xFFFF));
    key.push_back(static_cast<char16_t>((latin ? 1 : 0) | (hwid ? 2 : 0)));
    key.append(run);
    return key;
}

}  // namespace

MeasuredParagraph measureWithFonts(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent,
                                   const std::vector<TrackingSpan>& tracking,
                                   const fonts::FontRegistry& fonts,
                                   const std::vector<fonts::FaceId>& chain, ShapeCache* cache,
                                   const std::vector<FontSpan>& spans) {
    MeasuredParagraph mp;
    mp.text = std::u16string(text);
    mp.size = size;
    mp.indent = indent;
    mp.options = options;
    unicode::BreakRules rules;
    rules.level = options.kinsoku;
    const auto breaks = unicode::findBreakOpportunities(text, rules);
    mp.atoms = atomize(text, breaks, indent > 0);
    const size_t n = mp.atoms.size();

    // Every face of every chain, once; AtomGlyph::face indexes this list.
    std::vector<const fonts::Face*> faces;
    faces.reserve(chain.size());
    mp.faces.reserve(chain.size());
    auto indexOf = [&](fonts::FaceId id) -> std::uint16_t {
        for (size_t f = 0; f < mp.faces.size(); ++f)
            if (mp.faces[f] == id) return static_cast<std::uint16_t>(f);
        mp.faces.push_back(id);
        faces.push_back(&fonts.face(id));
        return static_cast<std::uint16_t>(mp.faces.size() - 1);
    };
    auto toIndices = [&](const std::vector<fonts::FaceId>& c) {
        std::vector<std::uint16_t> out;
        out.reserve(c.size());
        for (auto id : c) out.push_back(indexOf(id));
        return out;
    };
    const std::vector<std::uint16_t> defaultChain = toIndices(chain);
    std::vector<std::vector<std::uint16_t>> spanChains;
    for (const auto& sp : spans) spanChains.push_back(toIndices(sp.chain));

    // Itemize: a face per atom; spaces follow their neighbour so runs stay long.
    std::vector<std::uint16_t> faceOf(n, 0);
    std::vector<char> latinOf(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const Atom& a = mp.atoms[i];
        latinOf[i] = isLatinRun(a.kind);
        const std::vector<std::uint16_t>* ch = &defaultChain;
        for (size_t s = 0; s < spans.size(); ++s)
            if (a.begin >= spans[s].begin && a.begin < spans[s].end) ch = &spanChains[s];
        if (a.kind == AtomKind::Space && i > 0 && ch->front() == faceOf[i - 1]) {
            faceOf[i] = faceOf[i - 1];
            latinOf[i] = latinOf[i - 1];
            continue;
        }
        std::string missing;
        faceOf[i] = chooseFace(text, a, faces, *ch, &missing);
        if (!missing.empty()) mp.diagnostics.push_back(missing);
    }

    // Shape runs and hand each glyph to the atom holding its cluster.
    std::vector<RawAtomMetrics> raw(n);
    mp.m.resize(n);
    std::vector<char> hasGlyph(n, 0);
    mp.glyphs.reserve(text.size());  // one glyph per UTF-16 unit or fewer, as a rule
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && faceOf[j] == faceOf[i] && latinOf[j] == latinOf[i]) ++j;
        const std::uint32_t runBegin = mp.atoms[i].begin, runEnd = mp.atoms[j - 1].end;
        const std::u16string_view run = text.substr(runBegin, runEnd - runBegin);
        const fonts::Face& face = *faces[faceOf[i]];
        const bool hwid = options.halfWidthDigits;
        std::shared_ptr<const std::vector<ShapedGlyph>> glyphs;
        std::u16string key;
        if (cache) {
            key = cacheKey(run, mp.faces[faceOf[i]], latinOf[i], hwid);
            glyphs = cache->find(key);
        }
        if (!glyphs) {
            glyphs = std::make_shared<const std::vector<ShapedGlyph>>(
                shapeRun(run, face, latinOf[i], hwid));
            if (cache) cache->insert(key, glyphs);
        }
        RunScale scale(size, face.unitsPerEm());
        size_t atom = i;
        std::uint32_t prevCluster = UINT32_MAX;
        for (const ShapedGlyph& g : *glyphs) {
            const std::uint32_t cl = runBegin + g.cluster;
            while (atom + 1 < j && cl >= mp.atoms[atom + 1].begin) ++atom;
            RawAtomMetrics& r = raw[atom];
            MeasuredAtom& ma = mp.m[atom];
            if (!hasGlyph[atom]) {
                hasGlyph[atom] = 1;
                ma.glyphBegin = static_cast<std::uint32_t>(mp.glyphs.size());
            }
            AtomGlyph ag;
            ag.glyph = g.glyph;
            ag.face = faceOf[i];
            ag.x = r.full + scale(g.xOffset);
            ag.y = -scale(g.yOffset);
            ag.cluster = cl;
            ag.clusterStart = cl != prevCluster;
            prevCluster = cl;
            mp.glyphs.push_back(ag);
            ma.glyphEnd = static_cast<std::uint32_t>(mp.glyphs.size());
            r.full += scale(g.advance);
        }
        i = j;
    }

    // Per-atom adjustments that depend on the glyphs: ink-measured blanks (R-FONT-3) and the
    // 0.5-em interpunct box (R-FONT-4).
    for (size_t k = 0; k < n; ++k) {
        const Atom& a = mp.atoms[k];
        if (a.kind != AtomKind::MidDot && !hasBlank(a.kind)) continue;  // ideographs: at once
        MeasuredAtom& ma = mp.m[k];
        RawAtomMetrics& r = raw[k];
        if (ma.glyphEnd == ma.glyphBegin) continue;
        const AtomGlyph& g0 = mp.glyphs[ma.glyphBegin];
        const fonts::Face& face = *faces[g0.face];
        const int upem = face.unitsPerEm();
        if (a.kind == AtomKind::MidDot && ma.glyphEnd - ma.glyphBegin == 1) {
            const Length box = emFraction(500, size);
            mp.glyphs[ma.glyphBegin].x = (box - r.full) / 2;
            r.full = box;
        } else if (hasBlank(a.kind) && ma.glyphEnd - ma.glyphBegin == 1 &&
                   r.full >= emFraction(750, size)) {
            const fonts::GlyphExtents e = face.extents(g0.glyph);
            const Length half = r.full / 2;
            if (a.kind == AtomKind::Open)
                r.blankL = std::clamp<Length>(toLength(e.xMin, size, upem), 0, half);
            else
                r.blankR = std::clamp<Length>(r.full - toLength(e.xMax, size, upem), 0, half);
        }
    }
    applyTypesettingRules(mp, raw, tracking);
    return mp;
}

}  // namespace bm::text
