// SPDX-License-Identifier: MIT
// A PDF ad's page imported as a form XObject with libqpdf (pdf::AdStore::form's qpdf half): every
// object the page uses goes to the program's writer, renumbered, through an AdSink. qpdf throws
// on damage; nothing leaves this file but Result.
#include <deque>
#include <map>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFMatrix.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "layout/codecs/codec_table.h"
#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::codecs {

namespace {

using pdf::ByteBuffer;
using pdf::Ref;

// Keys that would drag the ad's page tree or structure tree along with the page's resources.
bool skippedKey(const std::string& k) {
    return k == "/Parent" || k == "/StructParent" || k == "/StructParents" || k == "/P";
}

std::string text(const ByteBuffer& b) {
    return std::string(reinterpret_cast<const char*>(b.data()), b.size());
}

/// Copies objects of one QPDF into the sink, renumbered.
class Copier {
public:
    explicit Copier(const AdSink& s) : m_s(s) {}

    Ref refFor(QPDFObjectHandle h) {
        auto [it, fresh] = m_refs.emplace(h.getObjGen(), Ref{});
        if (fresh) {
            it->second = Ref{m_s.alloc(m_s.ctx)};
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
            m_s.object(m_s.ctx, ref.num, "null");
        }
    }

    /// Writes every object reached from the ones referenced so far.
    void drain() {
        while (!m_queue.empty()) {
            // Popped once written: an object qpdf fails on half-way is left to fillNulls.
            QPDFObjectHandle h = m_queue.front();
            const Ref ref = m_refs.at(h.getObjGen());
            if (h.isStream()) {
                std::shared_ptr<Buffer> data = h.getRawStreamData();
                QPDFObjectHandle d = h.getDict();
                std::vector<std::pair<std::string, std::string>> entries;
                for (auto& [k, v] : d.ditems()) {
                    if (k == "/Length" || skippedKey(k)) continue;
                    ByteBuffer b;
                    value(v, b);
                    entries.emplace_back(k.substr(1), text(b));
                }
                m_s.stream(m_s.ctx, ref.num, data->getBuffer(), data->getSize(), entries);
            } else {
                ByteBuffer b;
                value(h, b);
                m_s.object(m_s.ctx, ref.num, text(b));
            }
            m_queue.pop_front();
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
    const AdSink& m_s;
    std::map<QPDFObjGen, Ref> m_refs;
    std::deque<QPDFObjectHandle> m_queue;
};

}  // namespace

Result<AdImport> importPdfAd(const std::vector<std::uint8_t>& bytes, const std::string& label,
                             int page, const AdSink& sink) {
    Copier copier(sink);
    AdImport f;
    bool boxed = false;  // the box was read: a later failure is the caller's to report
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile(label.c_str(), reinterpret_cast<const char*>(bytes.data()),
                            bytes.size());
        auto pages = QPDFPageDocumentHelper(q).getAllPages();
        QPDFObjectHandle fo = pages[static_cast<size_t>(page - 1)].getFormXObjectForPage(true);
        QPDFObjectHandle::Rectangle box = fo.getDict().getKey("/BBox").getArrayAsRectangle();
        if (fo.getDict().getKey("/Matrix").isArray())
            box = QPDFMatrix(fo.getDict().getKey("/Matrix").getArrayAsMatrix())
                      .transformRectangle(box);
        f.x = box.llx;
        f.y = box.lly;
        f.w = box.urx - box.llx;
        f.h = box.ury - box.lly;
        boxed = true;
        if (!(f.w > 0) || !(f.h > 0)) return f;  // the caller reports the empty page
        // getFormXObjectForPage's stream is new (not yet numbered in the file): make it
        // indirect so the copier can give it a number like any other object.
        f.ref = copier.refFor(q.makeIndirectObject(fo)).num;
        copier.drain();
        return f;
    } catch (const std::exception& e) {
        copier.fillNulls();
        f.failure = "PDF '" + label + "' cannot be imported: " + e.what();
        if (!boxed) return Error{f.failure};
        return f;
    }
}

}  // namespace bm::codecs
