// SPDX-License-Identifier: MIT
// qpdf throws on damage; nothing leaves this file but Result.
#include "layout/render/pdf/pdf_ad.h"

#include <cstdio>
#include <deque>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "layout/render/image/image_decode.h"
#include "layout/render/image/pdf_page.h"

namespace bm::pdf {

namespace {

// Keys that would drag the ad's page tree or structure tree along with the page's resources.
bool skippedKey(const std::string& k) {
    return k == "/Parent" || k == "/StructParent" || k == "/StructParents" || k == "/P";
}

/// Copies objects of one QPDF into the writer, renumbered.
class Copier {
public:
    explicit Copier(ObjectWriter& w) : m_w(w) {}

    Ref refFor(QPDFObjectHandle h) {
        auto [it, fresh] = m_refs.emplace(h.getObjGen(), Ref{});
        if (fresh) {
            it->second = m_w.alloc();
            m_queue.push_back(h);
        }
        return it->second;
    }

    /// After a failure half-way: every number handed out still gets an object, so the file
    /// stays well-formed (the ad is reported and not drawn).
    void fillNulls() {
        while (!m_queue.empty()) {
            const Ref ref = m_refs.at(m_queue.front().getObjGen());
            m_queue.pop_front();
            auto obj = m_w.object(ref);
            obj.out().put("null");
        }
    }

    /// Writes every object reached from the ones referenced so far.
    void drain() {
        while (!m_queue.empty()) {
            QPDFObjectHandle h = m_queue.front();
            m_queue.pop_front();
            const Ref ref = m_refs.at(h.getObjGen());
            if (h.isStream()) {
                std::shared_ptr<Buffer> data = h.getRawStreamData();
                QPDFObjectHandle d = h.getDict();
                m_w.stream(ref, data->getBuffer(), data->getSize(), StreamFilter::None,
                           [&](Dict& out) {
                               for (auto& [k, v] : d.ditems()) {
                                   if (k == "/Length" || skippedKey(k)) continue;
                                   ByteBuffer& b = out.key(std::string_view(k).substr(1));
                                   value(v, b);
                               }
                           });
            } else {
                auto obj = m_w.object(ref);
                value(h, obj.out());
            }
        }
    }

    void value(QPDFObjectHandle h, ByteBuffer& out, int depth = 0) {
        if (depth > 64) {  // hostile nesting
            out.put("null");
            return;
        }
        if (h.isIndirect() && depth > 0) {
            if (h.isNull()) {
                out.put("null");
                return;
            }
            putRef(out, refFor(h));
            return;
        }
        if (h.isArray()) {
            out.put('[');
            bool first = true;
            for (auto& item : h.aitems()) {
                if (!first) out.put(' ');
                first = false;
                value(item, out, depth + 1);
            }
            out.put(']');
        } else if (h.isDictionary()) {
            out.put("<<");
            for (auto& [k, v] : h.ditems()) {
                if (skippedKey(k) || v.isNull()) continue;
                out.put(QPDFObjectHandle::newName(k).unparse()).put(' ');
                value(v, out, depth + 1);
                out.put('\n');
            }
            out.put(">>");
        } else if (h.isStream()) {  // a direct stream is not valid PDF; keep it by reference
            putRef(out, refFor(h));
        } else {
            out.put(h.unparse());
        }
    }

private:
    ObjectWriter& m_w;
    std::map<QPDFObjGen, Ref> m_refs;
    std::deque<QPDFObjectHandle> m_queue;
};

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
        Copier copier(m_w);
        try {
            QPDF q;
            q.setSuppressWarnings(true);
            q.processMemoryFile(path.c_str(), reinterpret_cast<const char*>(bytes->data()),
                                bytes->size());
            auto pages = QPDFPageDocumentHelper(q).getAllPages();
            QPDFObjectHandle fo = pages[static_cast<size_t>(page - 1)].getFormXObjectForPage(true);
            QPDFObjectHandle::Rectangle box = fo.getDict().getKey("/BBox").getArrayAsRectangle();
            if (fo.getDict().getKey("/Matrix").isArray())
                box = QPDFMatrix(fo.getDict().getKey("/Matrix").getArrayAsMatrix())
                          .transformRectangle(box);
            AdForm f;
            f.number = ++m_next;
            f.bboxX = box.llx;
            f.bboxY = box.lly;
            f.bboxW = box.urx - box.llx;
            f.bboxH = box.ury - box.lly;
            f.problems = info->problems;
            if (!(f.bboxW > 0) || !(f.bboxH > 0))
                return Error{"PDF '" + path + "' has an empty page"};
            // getFormXObjectForPage's stream is new (not yet numbered in the file): make it
            // indirect so the copier can give it a number like any other object.
            f.ref = copier.refFor(q.makeIndirectObject(fo));
            copier.drain();
            return f;
        } catch (const std::exception& e) {
            copier.fillNulls();
            return Error{"PDF '" + path + "' cannot be imported: " + e.what()};
        }
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
