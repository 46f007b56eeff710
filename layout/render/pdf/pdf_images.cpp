// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_images.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "layout/base/parallel.h"
#include "layout/render/image/image_decode.h"

namespace bm::pdf {

std::string resolveImagePath(const std::string& path, const std::string& baseDir) {
    if (path.empty() || path.front() == '/' || baseDir.empty()) return path;
    return baseDir.back() == '/' ? baseDir + path : baseDir + "/" + path;
}

struct ImageStore::Job {
    std::string path;
    page::ImageItem item;  ///< the first placement with this key
    Result<render::ImageInfo> info = Error{""};
    Result<PreparedImage> prepared = Error{""};
    bool written = false;
    PlacedXObject xobject;
};

ImageStore::ImageStore(ObjectWriter& writer, ImagePolicy policy) : m_w(writer), m_policy(policy) {}
ImageStore::~ImageStore() = default;

namespace {

/// Same file, page, fit and frame size give the same pixels (the frame's position does not
/// matter: drawRect is relative to it).
std::string jobKey(const std::string& path, const page::ImageItem& it) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "#%d|%d|%d|%d|%d|%lld|%lld", it.pdfPage, int(it.fit.mode),
                  it.fit.zoomPermille, it.fit.focusXPermille, it.fit.focusYPermille,
                  static_cast<long long>(it.rect.w), static_cast<long long>(it.rect.h));
    return path + buf;
}

}  // namespace

void ImageStore::prepare(const std::vector<page::ImageItem>& pictures, const std::string& baseDir) {
    m_baseDir = baseDir;
    std::vector<Job*> work;
    for (const page::ImageItem& item : pictures) {
        if (item.path.empty() || item.rect.w <= 0 || item.rect.h <= 0) continue;
        const std::string path = resolveImagePath(item.path, baseDir);
        auto [pos, fresh] = m_jobs.emplace(jobKey(path, item), nullptr);
        if (!fresh) continue;
        pos->second = std::make_unique<Job>();
        pos->second->path = path;
        pos->second->item = item;
        work.push_back(pos->second.get());
    }
    forEachOnAllCores(work.size(), [&](size_t k) {
        Job& j = *work[k];
        try {
            auto bytes = render::readFileBytes(j.path);
            if (!bytes) {
                j.info = Error{bytes.error()};
                return;
            }
            j.info = render::readImageInfo(*bytes, j.path, j.item.pdfPage);
            if (!j.info || j.info->vector()) return;  // ads are imported when written
            j.prepared = prepareImage(*bytes, j.path, *j.info, j.item, m_policy);
        } catch (...) {  // std::bad_alloc: an exception must not reach the thread boundary
            j.prepared = Error{"out of memory preparing image '" + j.path + "'"};
        }
    });
}

Result<PlacedXObject> ImageStore::place(const page::ImageItem& item, int pageNumber,
                                        std::vector<std::string>& warnings) {
    const std::string path = resolveImagePath(item.path, m_baseDir);
    auto it = m_jobs.find(jobKey(path, item));
    if (it == m_jobs.end()) return Error{"image '" + item.path + "' was not prepared"};
    Job& job = *it->second;
    if (!job.info) return Error{job.info.error()};
    ImageRecord rec;
    rec.frameId = item.frameId;
    rec.path = item.path;
    rec.pageNumber = pageNumber;
    if (job.info->vector()) {
        auto form = m_ads.form(path, item.pdfPage);
        if (!form) return Error{form.error()};
        for (const std::string& p : form->problems)
            warnings.push_back("PDF ad '" + item.path + "': " + p);
        const page::PlacedRect placed =
            page::placeImage(item.rect, form->bboxW, form->bboxH, item.fit, true);
        rec.vector = true;
        rec.distortion = std::abs(placed.w / form->bboxW / (placed.h / form->bboxH) - 1.0);
        m_records.push_back(rec);
        return PlacedXObject{form->number, true, form->ref, placed, *form};
    }
    if (!job.prepared) return Error{job.prepared.error()};
    const PreparedImage& img = *job.prepared;
    if (!job.written && img.whole) {
        auto w = m_whole.find(path);
        if (w != m_whole.end()) {
            job.xobject = w->second;
            job.written = true;
        }
    }
    if (!job.written) {
        for (const std::string& w : img.warnings) warnings.push_back(w);
        job.xobject.number = ++m_next;
        job.xobject.ref = m_w.alloc();
        const char* cs = img.components == 1   ? "DeviceGray"
                         : img.components == 3 ? "DeviceRGB"
                                               : "DeviceCMYK";
        const bool ok = m_w.stream(
            job.xobject.ref, img.data.data(), img.data.size(),
            img.dct ? StreamFilter::Dct : StreamFilter::Flate,
            [&](Dict& d) {
                d.name("Type", "XObject").name("Subtype", "Image");
                d.integer("Width", img.width).integer("Height", img.height);
                d.name("ColorSpace", cs).integer("BitsPerComponent", 8);
                if (img.invertedCmyk) d.raw("Decode", "[1 0 1 0 1 0 1 0]");
            },
            FlateLevel::Fast);
        if (!ok) return Error{"out of memory while compressing image '" + item.path + "'"};
        job.written = true;
        if (img.whole) m_whole.emplace(path, job.xobject);
    }
    rec.width = img.width;
    rec.height = img.height;
    rec.components = img.components;
    rec.ppi = img.ppi;
    rec.sourcePpi = img.sourcePpi;
    rec.distortion = img.distortion;
    rec.tac = img.tac;
    rec.colour = img.colour;
    m_records.push_back(rec);
    PlacedXObject x = job.xobject;
    x.drawRect = img.drawRect;
    x.drawRect.x += item.rect.x;
    x.drawRect.y += item.rect.y;
    return x;
}

}  // namespace bm::pdf
