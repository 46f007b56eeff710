// SPDX-License-Identifier: MIT
// The PDF side of an ad: the page itself is read by qpdf in the codec module
// (layout/codecs/pdf_ad_qpdf.cpp), which writes its objects through our ObjectWriter.
#include "layout/render/pdf/pdf_ad.h"

#include <cstdio>

#include "layout/codecs/codec_table.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"

namespace bm::pdf {

namespace {

// The codec module writes the ad's objects through these (codecs::AdSink).
std::uint32_t sinkAlloc(void* ctx) { return static_cast<ObjectWriter*>(ctx)->alloc().num; }

void sinkObject(void* ctx, std::uint32_t num, const std::string& body) {
    auto obj = static_cast<ObjectWriter*>(ctx)->object(Ref{num});
    obj.out().put(body);
}

void sinkStream(void* ctx, std::uint32_t num, const std::uint8_t* data, size_t n,
                const std::vector<std::pair<std::string, std::string>>& entries) {
    static_cast<ObjectWriter*>(ctx)->stream(Ref{num}, data, n, StreamFilter::None, [&](Dict& out) {
        for (const auto& [k, v] : entries) out.key(k).put(v);
    });
}

}  // namespace

AdStore::~AdStore() = default;

Result<AdForm> AdStore::form(const std::string& path, int page) {
    const std::string key = path + "#" + std::to_string(page);
    if (auto it = m_forms.find(key); it != m_forms.end()) return it->second;
    auto make = [&]() -> Result<AdForm> {
        auto bytes = render::readFileBytes(path);
        if (!bytes) return Error{bytes.error()};
        auto info = render::readPdfPage(*bytes, path, page);
        if (!info) return Error{info.error()};
        auto codec = codecs::codecs("importing PDF ads");
        if (!codec) return Error{codec.error()};
        const codecs::AdSink sink{&m_w, sinkAlloc, sinkObject, sinkStream};
        auto imported = (*codec)->importPdfAd(*bytes, path, page, sink);
        if (!imported) return Error{imported.error()};
        AdForm f;
        f.number = ++m_next;
        f.bboxX = imported->x;
        f.bboxY = imported->y;
        f.bboxW = imported->w;
        f.bboxH = imported->h;
        f.problems = info->problems;
        if (!imported->failure.empty()) return Error{imported->failure};
        if (!(f.bboxW > 0) || !(f.bboxH > 0)) return Error{"PDF '" + path + "' has an empty page"};
        f.ref = Ref{imported->ref};
        return f;
    };
    return m_forms.emplace(key, make()).first->second;
}

std::string adMatrix(const AdForm& form, double x, double y, double w, double h) {
    const double a = w / form.bboxW, d = h / form.bboxH;
    char buf[160];
    std::snprintf(buf, sizeof buf, "%.6f 0 0 %.6f %.4f %.4f", a, d, x - form.bboxX * a,
                  y - form.bboxY * d);
    return buf;
}

}  // namespace bm::pdf
