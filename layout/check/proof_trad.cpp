// SPDX-License-Identifier: MIT
// ZH-TRAD-CHAR (off by default): traditional characters in simplified text, found by OpenCC's
// t2s conversion (Debian libopencc, behind the CMake option BM_WITH_OPENCC; called through the
// codec module, layout/codecs/opencc_t2s.cpp). Without OpenCC, or without the module, the
// checker reports once that the rule cannot run (tradCheckAvailable()).
#include "layout/check/proof_detail.h"
#include "layout/check/proofing.h"
#include "layout/codecs/codec_table.h"

namespace bm::check {

namespace {

const codecs::CodecTable* openCc() {
    auto c = codecs::codecs("ZH-TRAD-CHAR");
    return c && (*c)->tradAvailable() ? *c : nullptr;
}

std::u32string decode(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out += cp;
        i += n;
    }
    return out;
}

}  // namespace

bool tradCheckAvailable() { return openCc() != nullptr; }

void ruleTradChar(const FieldText& t, const FieldContext&, const Profile& p, Hits& out) {
    bool any = false;
    for (char32_t c : t.cps()) any = any || isHan(c);
    if (!any) return;
    const codecs::CodecTable* cc = openCc();
    if (!cc) return;
    const std::u32string simplified = decode(cc->toSimplified(utf8(t.cps())));
    if (static_cast<int>(simplified.size()) != t.size()) return;  // phrases changed length
    for (int i = 0; i < t.size(); ++i) {
        if (simplified[static_cast<size_t>(i)] == t[i]) continue;
        bool allowed = false;
        for (const auto& w : p.lists.tradAllow)
            allowed = allowed || (w.size() == 1 && static_cast<char32_t>(w[0]) == t[i]);
        if (allowed) continue;
        const char32_t to = simplified[static_cast<size_t>(i)];
        TextHit h;
        h.rule = "ZH-TRAD-CHAR";
        h.cp = {i, i + 1};
        h.zh = "繁体字“" + utf8(t[i]) + "”，简体为“" + utf8(to) + "”";
        h.en = "Traditional '" + utf8(t[i]) + "'; simplified '" + utf8(to) + "'";
        h.fix("改为“" + utf8(to) + "”", "Use '" + utf8(to) + "'", false)
            .edit({i, i + 1}, std::u32string(1, to));
        out.push_back(std::move(h));
    }
}

}  // namespace bm::check
