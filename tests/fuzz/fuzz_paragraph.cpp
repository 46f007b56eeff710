// SPDX-License-Identifier: MIT
// fuzz_paragraph: bytes → a paragraph (UTF-16, lone surrogates, emoji and controls included), a
// measure of 1–60 em, a preset and options → measureSynthetic + layoutParagraph, and on a subset
// of inputs measureWithFonts with the Noto Serif CJK SC chain. Invariants checked on every layout:
//   - the lines tile the text: first begin 0, line i end == line i+1 begin, last end == size;
//   - no line is overfull unless the unbreakable run it starts with (up to an allowed break or an
//     emergency point inside a long word) is wider than the measure;
//   - every justified line but the last with a gap outside Latin runs (a line-end space not
//     counted) is set exactly to the measure; one without is reported loose.
//
// Input layout (so that seeds stay readable: the text comes last):
//   [0..1] measure: 1000 + u16 * 59000 / 65535 milli-em       [2] preset index
//   [3] bit0 hanging, bit1 hang all pause marks, bit2-3 orphan (Off, PushIn, PushOut, preset),
//       bit4-5 kinsoku level (None, Basic, Gb, Strict), bit6 flip kinsoku mode, bit7 real fonts
//   [4] indent in 1/4 em (reduced below the measure)           [5] bit0-2 size, bit3-7 tracking
//   [6] bit0-1 text mode (0 UTF-8 lenient, 1 UTF-16LE, 2 alphabet, 3 UTF-8), bit2-3 tracking
//       spans, bit4-5 alignment (Justify, Start, Center, End), bit6-7 widths of the next lines
//   then 4 bytes per tracking span (begin, length, em as signed 16 bits), 2 bytes per extra line
//   width (like the measure: lines past the last width use it), then the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "fuzz_check.h"
#include "layout/base/utf.h"
#include "layout/text/justify.h"
#include "layout/text/line_metrics.h"
#include "layout/text/paragraph_layout.h"
#include "layout/text/shape.h"

using namespace bm;
using namespace bm::text;

namespace {

constexpr size_t kHeader = 7;
constexpr size_t kMaxTextUnits = 4096;
constexpr size_t kMaxRealFontUnits = 300;

// Characters the alphabet mode draws from: every 禁则 class, the paired marks, dashes and
// ellipses, Latin words and digits, spaces and controls, emoji (pairs, modifiers, ZWJ), scripts
// the CJK fonts lack, lone surrogates and noncharacters.
const std::vector<std::u16string>& alphabet() {
    static const std::vector<std::u16string> a = {
        u"中",
        u"文",
        u"字",
        u"版",
        u"面",
        u"报",
        u"道",
        u"日",
        u"国",
        u"人",
        u"。",
        u"，",
        u"、",
        u"：",
        u"；",
        u"！",
        u"？",
        u"．",
        u"…",
        u"……",
        u"—",
        u"——",
        u"⸺",
        u"～",
        u"〜",
        u"–",
        u"／",
        u"·",
        u"・",
        u"‧",
        u"“",
        u"”",
        u"‘",
        u"’",
        u"（",
        u"）",
        u"［",
        u"］",
        u"｛",
        u"｝",
        u"〔",
        u"〕",
        u"【",
        u"】",
        u"〖",
        u"〗",
        u"《",
        u"》",
        u"〈",
        u"〉",
        u"「",
        u"」",
        u"『",
        u"』",
        u"｟",
        u"｠",
        u"〘",
        u"〙",
        u"〝",
        u"〞",
        u"〟",
        u"%",
        u"‰",
        u"℃",
        u"々",
        u"〇",
        u"ー",
        u"ぁ",
        u"ッ",
        u"ㇰ",
        u"a",
        u"b",
        u"Z",
        u"word",
        u"WiFi",
        u"0",
        u"1",
        u"9",
        u"2024",
        u"3.14",
        u".",
        u",",
        u"!",
        u"?",
        u"(",
        u")",
        u"\"",
        u"'",
        u"-",
        u"/",
        u" ",
        u"  ",
        u"\u3000",
        u"\t",
        u"\n",
        u"\r",
        u"\u00A0",
        u"\u200B",
        u"\u2060",
        u"\uFEFF",
        u"\u0000",
        u"\u0001",
        u"\u001F",
        u"\u007F",
        u"\u0085",
        u"\u2028",
        u"\u2029",
        u"\u200D",
        u"\u200C",
        u"\u00AD",
        u"\u0301",
        u"e\u0301",
        u"\u3099",
        u"\uFE0F",
        u"\uFE0E",
        u"\U0001F600",
        u"\U0001F44D\U0001F3FD",
        u"\U0001F468\u200D\U0001F469\u200D\U0001F467",
        u"\U0001F1E8\U0001F1F3",
        u"\u2764\uFE0F",
        u"\U00020000",
        u"\U0002A6D6",
        u"\U000E0100",
        u"\xD800",
        u"\xDBFF",
        u"\xDC00",
        u"\xDFFF",
        u"\uFFFD",
        u"\uFFFF",
        u"\uFFFE",
        u"\U0010FFFF",
        u"\u0627\u0644\u0639",
        u"\u05E9\u05DC",
        u"\u0915\u094D\u0937",
        u"\u0E01\u0E32",
        u"\uD55C\uAE00",
        u"\u1100\u1161",
        u"Ω",
        u"ß",
        u"\uFF21",
        u"\uFF10",
        u"\uFF0C",
        u"\uFF0E",
        u"\uFE50",
        u"\u3001\u3002",
        u"？！",
        u"！？",
        u"」。",
        u"。」",
        u"（“",
        u"”）",
        u"——“",
        u"……”",
        u"\u300A\u4E2D\u300B",
        u"\u2E3A",
    };
    return a;
}

/// UTF-8 where every byte of an invalid sequence becomes a lone low surrogate U+DC80…U+DCFF.
std::u16string lenientUtf8(const std::uint8_t* p, size_t n) {
    std::u16string out;
    size_t i = 0;
    while (i < n) {
        const std::uint8_t b = p[i];
        size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > n) {
            out.push_back(static_cast<char16_t>(0xDC00 | b));
            ++i;
            continue;
        }
        auto decoded = utf8ToUtf16(std::string_view(reinterpret_cast<const char*>(p + i), len));
        if (decoded) {
            out += *decoded;
        } else {
            for (size_t k = 0; k < len; ++k)
                out.push_back(static_cast<char16_t>(0xDC00 | p[i + k]));
        }
        i += len;
    }
    return out;
}

struct Case {
    std::u16string text;
    Length size = 9000;
    Length measure = 0;
    Length indent = 0;
    TypesetOptions options;
    std::vector<TrackingSpan> tracking;
    LineAlign align = LineAlign::Justify;
    bool realFonts = false;
    LineWidths widths;  ///< the measure, then up to 3 more widths for the next lines (wraps)
};

bool decode(const std::uint8_t* data, size_t size, Case& c) {
    if (size < kHeader) return false;
    const int measureMilliEm =
        1000 + static_cast<int>((unsigned(data[0]) << 8 | data[1]) * 59000u / 65535u);
    const auto& names = presetNames();
    c.options = *presetByName(names[data[2] % names.size()]);
    const std::uint8_t f = data[3];
    c.options.hanging = f & 1;
    c.options.hangAllPauseMarks = f & 2;
    switch ((f >> 2) & 3) {
        case 0:
            c.options.orphan = OrphanMode::Off;
            break;
        case 1:
            c.options.orphan = OrphanMode::PushInFirst;
            break;
        case 2:
            c.options.orphan = OrphanMode::PushOutOnly;
            break;
        default:
            break;
    }
    c.options.kinsoku = static_cast<unicode::KinsokuLevel>((f >> 4) & 3);
    if (f & 0x40)
        c.options.kinsokuMode = c.options.kinsokuMode == KinsokuMode::PushInFirst
                                    ? KinsokuMode::PushOutOnly
                                    : KinsokuMode::PushInFirst;
    c.realFonts = f & 0x80;
    static const Length kSizes[] = {9000, 10500, 12000, 7500, 5000, 30000, 1000, 72000};
    c.size = kSizes[data[5] & 7];
    c.options.trackingMilliEm = (static_cast<int>(data[5] >> 3) - 4) * 50;  // −0.2 … 1.35 em
    const int indentMilliEm = (data[4] * 250) % measureMilliEm;
    c.measure = emFraction(measureMilliEm, c.size);
    c.indent = emFraction(indentMilliEm, c.size);
    const std::uint8_t m = data[6];
    c.align = static_cast<LineAlign>((m >> 4) & 3);
    const size_t spans = (m >> 2) & 3;
    size_t pos = kHeader;
    struct RawSpan {
        std::uint8_t begin, len;
        std::int16_t em;
    };
    std::vector<RawSpan> raw;
    for (size_t i = 0; i < spans && pos + 4 <= size; ++i, pos += 4)
        raw.push_back({data[pos], data[pos + 1],
                       static_cast<std::int16_t>(unsigned(data[pos + 2]) << 8 | data[pos + 3])});
    c.widths.widths = {c.measure};
    const size_t extraWidths = (m >> 6) & 3;
    for (size_t i = 0; i < extraWidths && pos + 2 <= size; ++i, pos += 2)
        c.widths.widths.push_back(emFraction(
            1000 + static_cast<int>((unsigned(data[pos]) << 8 | data[pos + 1]) * 59000u / 65535u),
            c.size));
    const std::uint8_t* t = data + pos;
    const size_t n = size - pos;
    switch (m & 3) {
        case 0:
            c.text = lenientUtf8(t, n);
            break;
        case 1:
            for (size_t i = 0; i + 1 < n; i += 2)
                c.text.push_back(static_cast<char16_t>(t[i] | t[i + 1] << 8));
            break;
        case 2:
            for (size_t i = 0; i < n; ++i) c.text += alphabet()[t[i] % alphabet().size()];
            break;
        default: {
            auto u = utf8ToUtf16(std::string_view(reinterpret_cast<const char*>(t), n));
            c.text = u ? *u : lenientUtf8(t, n);
        }
    }
    if (c.text.size() > kMaxTextUnits) c.text.resize(kMaxTextUnits);
    // Tracking spans within the text, in the model's range (−1 … 5 em), as validated documents
    // have.
    for (const RawSpan& r : raw) {
        if (c.text.empty()) break;
        const unsigned b = r.begin % c.text.size();
        const unsigned e = std::min<unsigned>(static_cast<unsigned>(c.text.size()), b + 1 + r.len);
        int em = r.em % 6001 - 1000;
        if (em < -1000) em += 6001;
        c.tracking.push_back({b, e, em});
    }
    return true;
}

std::string describe(const Case& c, const ParagraphLayout& pl, size_t line) {
    const auto& l = pl.lines[line];
    return "line " + std::to_string(line) + " of " + std::to_string(pl.lines.size()) + " [" +
           std::to_string(l.begin) + ", " + std::to_string(l.end) + ") '" +
           utf16ToUtf8(std::u16string_view(c.text).substr(l.begin, l.end - l.begin)) + "' width " +
           formatPt(l.width) + " natural " + formatPt(l.natural) + " measure " +
           formatPt(l.measure) + " offset " + formatPt(l.offset) + " (size " + formatPt(c.size) +
           ", preset " + c.options.presetName + ")";
}

void checkLayout(const Case& c, const MeasuredParagraph& mp, const ParagraphLayout& pl) {
    const size_t n = c.text.size();
    BM_FUZZ_CHECK(mp.text == c.text, "the measured text differs from the input");
    BM_FUZZ_CHECK(mp.atoms.size() == mp.m.size(), "atoms and measurements differ in number");
    if (n == 0) {
        BM_FUZZ_CHECK(pl.lines.empty(), "an empty paragraph has lines");
        return;
    }
    BM_FUZZ_CHECK(!pl.lines.empty(), "a non-empty paragraph has no lines");
    BM_FUZZ_CHECK(pl.lines.front().begin == 0,
                  "the first line does not start at 0: " + describe(c, pl, 0));
    BM_FUZZ_CHECK(pl.lines.back().end == n, "the last line does not end at the text size " +
                                                std::to_string(n) + ": " +
                                                describe(c, pl, pl.lines.size() - 1));
    const LineMetrics lm(mp);
    const size_t atoms = mp.atoms.size();
    for (size_t i = 0; i < pl.lines.size(); ++i) {
        const ParagraphLine& l = pl.lines[i];
        BM_FUZZ_CHECK(l.begin < l.end, "an empty line: " + describe(c, pl, i));
        BM_FUZZ_CHECK(l.isLast == (i + 1 == pl.lines.size()),
                      "isLast is wrong: " + describe(c, pl, i));
        if (i + 1 < pl.lines.size())
            BM_FUZZ_CHECK(l.end == pl.lines[i + 1].begin,
                          "lines do not tile the text: " + describe(c, pl, i) + " / " +
                              describe(c, pl, i + 1));
        const size_t first = l.firstAtom;
        const size_t last = i + 1 < pl.lines.size() ? pl.lines[i + 1].firstAtom : atoms;
        BM_FUZZ_CHECK(first < last && last <= atoms, "bad atom range: " + describe(c, pl, i));
        if (l.overfull) {
            // Allowed only when the unbreakable run the line starts with is wider than the
            // measure (a run ends at an allowed break or at an emergency point inside a word).
            size_t r = first + 1;
            while (r < atoms && !mp.atoms[r].breakBefore &&
                   mp.atoms[r].inner != InnerBreak::Emergency &&
                   mp.atoms[r].inner != InnerBreak::LastResort)
                ++r;
            const Length run = lm.natural(first, r, i > 0);
            BM_FUZZ_CHECK(run > l.measure, "overfull line although its first unbreakable run (" +
                                               formatPt(run) + ") fits: " + describe(c, pl, i));
        }
        BM_FUZZ_CHECK(
            l.overfull || l.width <= l.measure,
            "a line wider than the measure is not marked overfull: " + describe(c, pl, i));
        BM_FUZZ_CHECK(l.measure == c.widths.at(i) - (i == 0 ? c.indent : 0),
                      "the line's measure is not the width given for it: " + describe(c, pl, i));
        // A hanging mark is outside the measure and not set; a space that then ends the set
        // part takes no width and no justification space (R-EDGE-3) — also when a hanging mark
        // follows it (’ ？ with the ？ hung leaves ’ alone, which cannot be justified). No gap
        // inside a Latin word or link is ever widened: a line made of one such run (an emergency
        // break) stays short and is reported loose instead.
        BM_FUZZ_CHECK(!l.hanging || last - first >= 2,
                      "a line that is only a hanging mark: " + describe(c, pl, i));
        const size_t setLast = last - (l.hanging ? 1 : 0);
        const size_t setEnd = setLast - (mp.atoms[setLast - 1].kind == AtomKind::Space ? 1 : 0);
        size_t gaps = 0;
        for (size_t k = first + 1; k < setEnd; ++k) gaps += isLastResortGap(mp, k) ? 1 : 0;
        if (!l.isLast && c.align == LineAlign::Justify && !l.overfull && gaps == 0 &&
            setEnd - first >= 2 && l.width < l.measure)
            BM_FUZZ_CHECK(l.loose,
                          "a justified line left short is not reported: " + describe(c, pl, i));
        if (!l.isLast && c.align == LineAlign::Justify && !l.overfull && gaps > 0)
            BM_FUZZ_CHECK(l.width == l.measure,
                          "a justified line is not set to the measure: " + describe(c, pl, i));
        for (const PositionedGlyph& g : l.glyphs) {
            BM_FUZZ_CHECK(g.face < pl.faces.size(), "glyph face index out of range");
            if (g.clusterEnd > g.clusterBegin)
                BM_FUZZ_CHECK(g.clusterBegin >= l.begin && g.clusterEnd <= l.end,
                              "a glyph's cluster [" + std::to_string(g.clusterBegin) + ", " +
                                  std::to_string(g.clusterEnd) + ") leaves its " +
                                  describe(c, pl, i));
        }
    }
}

struct Fonts {
    fonts::FontRegistry registry;
    std::vector<fonts::FaceId> chain;
    Fonts() {
        auto c = registry.chainFor("Noto Serif CJK SC", fonts::Role::Song);
        if (!c) {
            std::fprintf(stderr, "fuzz_paragraph: %s\n", c.error().c_str());
            std::abort();
        }
        chain = *c;
    }
};

Fonts& realFonts() {
    static Fonts* f = new Fonts();  // never destroyed: no exit-time ordering issues
    return *f;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    realFonts();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size) {
    Case c;
    if (!decode(data, size, c)) return 0;
    const LineWidths& widths = c.widths;
    {
        const MeasuredParagraph mp =
            measureSynthetic(c.text, c.size, c.options, c.indent, c.tracking);
        const ParagraphLayout pl = layoutParagraph(mp, widths, c.align);
        checkLayout(c, mp, pl);
    }
    if (c.realFonts && c.text.size() <= kMaxRealFontUnits) {
        Fonts& f = realFonts();
        ShapeCache cache;
        const MeasuredParagraph mp = measureWithFonts(c.text, c.size, c.options, c.indent,
                                                      c.tracking, f.registry, f.chain, &cache);
        const ParagraphLayout pl = layoutParagraph(mp, widths, c.align);
        checkLayout(c, mp, pl);
    }
    return 0;
}
