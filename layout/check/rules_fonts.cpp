// SPDX-License-Identifier: MIT
// PRN-FONT-EMBED: a font the export embeds must allow it. OS/2 fsType usage 2 (restricted
// licence), bit 9 (bitmap embedding only) and bit 8 (no subsetting: the export subsets) forbid
// what the PDF writer does; a face without outlines cannot be embedded as a CID font at all.
#include <hb.h>

#include <set>

#include "layout/check/check_detail.h"
#include "layout/check/font_embedding.h"

namespace bm::check {

std::optional<std::string> embeddingProblem(const fonts::Face& face) {
    hb_face_t* hb = face.hbFace();
    auto hasTable = [&](hb_tag_t tag) {
        hb_blob_t* b = hb_face_reference_table(hb, tag);
        const bool has = hb_blob_get_length(b) > 0;
        hb_blob_destroy(b);
        return has;
    };
    if (!hasTable(HB_TAG('g', 'l', 'y', 'f')) && !hasTable(HB_TAG('C', 'F', 'F', ' ')) &&
        !hasTable(HB_TAG('C', 'F', 'F', '2')))
        return "no outlines";
    hb_blob_t* os2 = hb_face_reference_table(hb, HB_TAG('O', 'S', '/', '2'));
    unsigned len = 0;
    const char* data = hb_blob_get_data(os2, &len);
    std::optional<std::string> problem;
    if (data && len >= 10) {
        const unsigned fsType =
            (static_cast<unsigned char>(data[8]) << 8) | static_cast<unsigned char>(data[9]);
        if ((fsType & 0xF) == 2)
            problem = "fsType 2: restricted licence, no embedding";
        else if (fsType & 0x200)
            problem = "fsType bit 9: bitmap embedding only";
        else if (fsType & 0x100)
            problem = "fsType bit 8: no subsetting";
    }
    hb_blob_destroy(os2);
    return problem;
}

namespace detail {

void checkFontEmbedding(const model::Document& doc, StyleFonts& fonts, Emit& emit) {
    if (!fonts.registry || !emit.on("PRN-FONT-EMBED")) return;
    std::set<std::string> styles = {"body",        "dateline", "credit", "kicker",  "headline",
                                    "subheadline", "byline",   "jump",   "caption", "header"};
    for (const auto& p : doc.pages)
        for (const auto& l : p.labels) styles.insert(l.style);
    std::set<std::uint32_t> seen;
    for (const auto& style : styles) {
        const auto& chain = fonts.chain(doc, style);
        if (chain.empty() || !seen.insert(chain.front().value).second) continue;
        const fonts::Face& face = fonts.registry->face(chain.front());
        if (auto problem = embeddingProblem(face)) {
            Location l;
            emit.add("PRN-FONT-EMBED", l,
                     "字体不可嵌入：“" + face.familyName() + "”（" + *problem + "）",
                     "Font '" + face.familyName() + "' may not be embedded: " + *problem);
        }
    }
}

}  // namespace detail
}  // namespace bm::check
