// SPDX-License-Identifier: MIT
#include "layout/text/shape.h"

#include <hb.h>

#include <algorithm>
#include <cstdio>

#include "layout/base/utf.h"
#include "layout/text/itemize.h"

namespace bm::text {

size_t ShapeRequestHash::operator()(const ShapeRequest& r) const {
    // Equality compares every field; the hash needs only to spread the keys.
    return std::hash<std::u16string>{}(r.text) ^
           (std::hash<std::uint64_t>{}((std::uint64_t(r.face.value) << 32) | r.script) << 1) ^
           (r.hwidDigits ? 0x9e3779b9u : 0u);
}

std::shared_ptr<const std::vector<ShapedGlyph>> ShapeCache::find(const ShapeRequest& key) const {
    std::lock_guard lock(m_mutex);
    auto it = m_map.find(key);
    return it == m_map.end() ? nullptr : it->second;
}

void ShapeCache::insert(ShapeRequest key, std::shared_ptr<const std::vector<ShapedGlyph>> v) {
    std::lock_guard lock(m_mutex);
    // A crude bound: a session that has shaped ~20 million UTF-16 units starts afresh.
    if (m_units > (size_t(20) << 20)) {
        m_map.clear();
        m_units = 0;
    }
    m_units += key.text.size();
    m_map.emplace(std::move(key), std::move(v));
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

// `face` is the loaded face of req.face.
std::vector<ShapedGlyph> shapeRun(const ShapeRequest& req, const fonts::Face& face) {
    const std::u16string_view run = req.text;
    const auto script = static_cast<hb_script_t>(req.script);
    hb_buffer_t* buf = hb_buffer_create();
    hb_buffer_add_utf16(buf, reinterpret_cast<const std::uint16_t*>(run.data()),
                        static_cast<int>(run.size()), 0, static_cast<int>(run.size()));
    hb_buffer_set_direction(buf, hb_script_get_horizontal_direction(script) == HB_DIRECTION_RTL
                                     ? HB_DIRECTION_RTL
                                     : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf, script);
    static hb_language_t zhHans = hb_language_from_string("zh-Hans", -1);
    hb_buffer_set_language(buf, zhHans);
    std::vector<hb_feature_t> features;
    if (req.hwidDigits) {
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

// The glyphs of one run, shaped or from the cache.
std::shared_ptr<const std::vector<ShapedGlyph>> runGlyphs(ShapeRequest req, const fonts::Face& face,
                                                          ShapeCache* cache) {
    if (cache)
        if (auto hit = cache->find(req)) return hit;
    auto glyphs = std::make_shared<const std::vector<ShapedGlyph>>(shapeRun(req, face));
    if (cache) cache->insert(std::move(req), glyphs);
    return glyphs;
}

// The baseline shift of face entry f (superscript up, subscript down), in the paragraph's em.
Length riseOf(const FaceTable& faces, std::uint16_t f, Length size) {
    return emFraction(faces.styles[f].riseMilliEm, size);
}

// Hands the glyphs of the run of atoms [i, j) to the atoms that hold their clusters. A character
// of the house width table (CharWidths) that is a glyph of its own gets the table's width, the
// glyph centred in it.
void placeRunGlyphs(MeasuredParagraph& mp, std::vector<RawAtomMetrics>& raw, size_t i, size_t j,
                    std::uint16_t face, const std::vector<ShapedGlyph>& glyphs, RunScale& scale,
                    Length rise) {
    const std::uint32_t runBegin = mp.atoms[i].begin;
    size_t atom = i;
    std::uint32_t prevCluster = UINT32_MAX;
    for (size_t k = 0; k < glyphs.size(); ++k) {
        const ShapedGlyph& g = glyphs[k];
        const std::uint32_t cl = runBegin + g.cluster;
        while (atom + 1 < j && cl >= mp.atoms[atom + 1].begin) ++atom;
        RawAtomMetrics& r = raw[atom];
        MeasuredAtom& ma = mp.m[atom];
        if (ma.glyphEnd == 0) ma.glyphBegin = static_cast<std::uint32_t>(mp.glyphs.size());
        AtomGlyph ag;
        ag.glyph = g.glyph;
        ag.face = face;
        ag.x = r.full + scale(g.xOffset);
        ag.y = -scale(g.yOffset) - rise;
        ag.cluster = cl;
        ag.clusterStart = cl != prevCluster;
        prevCluster = cl;
        Length advance = scale(g.advance);
        const bool alone =
            ag.clusterStart && (k + 1 == glyphs.size() || glyphs[k + 1].cluster != g.cluster);
        if (alone && mp.text[cl] < 0x80) {
            if (const Length box = houseWidth(mp, mp.atoms[atom], cl); box > 0) {
                ag.x += (box - advance) / 2;
                advance = box;
            }
        }
        mp.glyphs.push_back(ag);
        ma.glyphEnd = static_cast<std::uint32_t>(mp.glyphs.size());
        r.full += advance;
    }
}

// Shape: runs of one face and script (a right-to-left word on its own) are shaped, and each
// glyph goes to the atom that holds its cluster. Returns the atoms' advance widths.
std::vector<RawAtomMetrics> shapeAtoms(MeasuredParagraph& mp, const Itemization& items,
                                       const FaceTable& faces, ShapeCache* cache) {
    const size_t n = mp.atoms.size();
    const std::u16string_view text = mp.text;
    std::vector<RawAtomMetrics> raw(n);
    mp.m.resize(n);
    mp.glyphs.reserve(text.size());  // one glyph per UTF-16 unit or fewer, as a rule
    const bool fullWidthPercent = mp.options.charWidths.percent.isSet();
    std::u16string substituted;
    size_t i = 0;
    while (i < n) {
        const std::uint16_t f = items.face[i];
        const auto script = static_cast<hb_script_t>(items.script[i]);
        size_t j = i + 1;
        if (!isRightToLeft(script))
            while (j < n && items.face[j] == f && items.script[j] == items.script[i]) ++j;
        const std::uint32_t runBegin = mp.atoms[i].begin, runEnd = mp.atoms[j - 1].end;
        std::u16string_view run = text.substr(runBegin, runEnd - runBegin);
        if (fullWidthPercent && run.find(u'%') != std::u16string_view::npos) {
            substituted.assign(run);  // the house sets % as the full-width ％ (same offsets)
            std::replace(substituted.begin(), substituted.end(), u'%', u'％');
            run = substituted;
        }
        const fonts::Face& face = *faces.faces[f];
        const auto glyphs =
            runGlyphs(ShapeRequest{std::u16string(run), faces.ids[f],
                                   static_cast<std::uint32_t>(script), mp.options.halfWidthDigits},
                      face, cache);
        RunScale scale(faces.sizeOf(f, mp.size), face.unitsPerEm());
        placeRunGlyphs(mp, raw, i, j, f, *glyphs, scale, riseOf(faces, f, mp.size));
        i = j;
    }
    return raw;
}

// Pieces of long words and links (word_breaks.h): a break inside a glyph (a ligature over the
// point) is dropped; a hyphenation point gets the hyphen glyph of the piece before it.
void finishPieces(MeasuredParagraph& mp, const Itemization& items, const FaceTable& faces,
                  std::vector<RawAtomMetrics>& raw) {
    for (size_t k = 1; k < mp.atoms.size(); ++k) {
        Atom& a = mp.atoms[k];
        if (a.inner == InnerBreak::None) continue;
        const MeasuredAtom& ma = mp.m[k];
        if (ma.glyphEnd == ma.glyphBegin || mp.glyphs[ma.glyphBegin].cluster != a.begin) {
            a.inner = InnerBreak::None;
            a.breakBefore = false;
            continue;
        }
        if (a.inner != InnerBreak::Hyphen) continue;
        const fonts::Face& face = *faces.faces[items.face[k - 1]];
        const std::uint32_t glyph = face.glyphFor(U'-');
        if (glyph == 0) continue;
        raw[k - 1].hyphen = toLength(face.advance(glyph), faces.sizeOf(items.face[k - 1], mp.size),
                                     face.unitsPerEm());
        raw[k - 1].hyphenGlyph = glyph;
        raw[k - 1].hyphenFace = items.face[k - 1];
    }
}

// Per-atom adjustments that depend on the glyphs: blanks measured on the ink (R-FONT-3) and the
// 0.5-em interpunct box (R-FONT-4).
void measureInkBlanks(MeasuredParagraph& mp, const FaceTable& faces,
                      std::vector<RawAtomMetrics>& raw) {
    for (size_t k = 0; k < mp.atoms.size(); ++k) {
        const Atom& a = mp.atoms[k];
        if (a.kind != AtomKind::MidDot && !hasBlank(a.kind)) continue;  // ideographs: at once
        MeasuredAtom& ma = mp.m[k];
        RawAtomMetrics& r = raw[k];
        if (ma.glyphEnd == ma.glyphBegin) continue;
        const AtomGlyph& g0 = mp.glyphs[ma.glyphBegin];
        const fonts::Face& face = *faces.faces[g0.face];
        const Length size = faces.sizeOf(g0.face, mp.size);
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
}

// 着重号: the dot is the face's own ● (or •), sized so that its ink is 0.16 em across, as
// dailies set it; a face with neither gets no dots (the checker cannot miss more than a dot).
FaceStyle faceStyleOf(const fonts::Face& face, const GlyphStyle& style, Length size) {
    FaceStyle out{style, 0, 0, 0, 0};
    if (!style.emphasisDots) return out;
    for (char32_t dot : {U'\u25CF', U'\u2022'}) {
        const std::uint32_t glyph = face.glyphFor(dot);
        if (glyph == 0) continue;
        const fonts::GlyphExtents e = face.extents(glyph);
        if (e.xMax <= e.xMin) continue;
        const int upem = face.unitsPerEm();
        out.dotGlyph = glyph;
        out.dotSize = std::max<Length>(1, emFraction(160, size) * upem / (e.xMax - e.xMin));
        out.dotCentreX = toLength((e.xMin + e.xMax) / 2, out.dotSize, upem);
        out.dotCentreY = -toLength((e.yMin + e.yMax) / 2, out.dotSize, upem);
        break;
    }
    return out;
}

// The face entries' looks, or nothing when every entry is the paragraph's own type.
std::vector<FaceStyle> faceStylesOf(const FaceTable& faces, Length size) {
    std::vector<FaceStyle> out;
    if (std::all_of(faces.styles.begin(), faces.styles.end(),
                    [](const GlyphStyle& s) { return s.plain(); }))
        return out;
    out.reserve(faces.styles.size());
    for (size_t f = 0; f < faces.styles.size(); ++f)
        out.push_back(faceStyleOf(*faces.faces[f], faces.styles[f],
                                  faces.sizeOf(static_cast<std::uint16_t>(f), size)));
    return out;
}

}  // namespace

MeasuredParagraph measureWithFonts(std::u16string_view text, Length size,
                                   const TypesetOptions& options, Length indent,
                                   const std::vector<TrackingSpan>& tracking,
                                   const fonts::FontRegistry& fonts,
                                   const std::vector<fonts::FaceId>& chain, ShapeCache* cache,
                                   const std::vector<FontSpan>& spans) {
    MeasuredParagraph mp = atomizeParagraph(text, size, options, indent);
    FaceTable faces{fonts, {}, {}, {}};
    Itemization items = itemize(text, mp.atoms, faces, chain, spans);
    mp.diagnostics = std::move(items.missing);
    std::vector<RawAtomMetrics> raw = shapeAtoms(mp, items, faces, cache);
    finishPieces(mp, items, faces, raw);
    measureInkBlanks(mp, faces, raw);
    mp.faceStyles = faceStylesOf(faces, mp.size);
    mp.faces = std::move(faces.ids);
    applyTypesettingRules(mp, raw, tracking);
    return mp;
}

}  // namespace bm::text
