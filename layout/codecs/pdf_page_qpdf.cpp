// SPDX-License-Identifier: MIT
// Reading and checking a PDF ad's page with libqpdf. qpdf reports damage by exceptions; none
// leaves this file.
#include "layout/codecs/codec_table.h"
#include "layout/render/image/pdf_page.h"

#include <cmath>
#include <set>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace bm::codecs {

using render::PdfPageInfo;

namespace {

constexpr int kMaxDepth = 12;  // nested form XObjects checked

struct AdChecker {
    std::set<std::string> unembedded;
    bool rgb = false, lab = false, transparency = false;
    std::set<QPDFObjGen> seen;

    static bool rgbSpace(QPDFObjectHandle cs) {
        if (cs.isName()) return cs.getName() == "/DeviceRGB" || cs.getName() == "/CalRGB";
        if (cs.isArray() && cs.getArrayNItems() >= 1 && cs.getArrayItem(0).isName()) {
            const std::string family = cs.getArrayItem(0).getName();
            if (family == "/CalRGB") return true;
            if (family == "/ICCBased" && cs.getArrayNItems() >= 2) {
                QPDFObjectHandle s = cs.getArrayItem(1);
                return s.isStream() && s.getDict().getKey("/N").isInteger() &&
                       s.getDict().getKey("/N").getIntValue() == 3;
            }
            if ((family == "/Indexed" || family == "/Separation" || family == "/DeviceN") &&
                cs.getArrayNItems() >= 2)
                return rgbSpace(cs.getArrayItem(family == "/Indexed" ? 1 : 2));
        }
        return false;
    }
    static bool labSpace(QPDFObjectHandle cs) {
        return cs.isArray() && cs.getArrayNItems() >= 1 && cs.getArrayItem(0).isName() &&
               cs.getArrayItem(0).getName() == "/Lab";
    }
    void colorSpace(QPDFObjectHandle cs) {
        rgb = rgb || rgbSpace(cs);
        lab = lab || labSpace(cs);
    }

    void font(QPDFObjectHandle f) {
        if (!f.isDictionary()) return;
        const std::string subtype =
            f.getKey("/Subtype").isName() ? f.getKey("/Subtype").getName() : "";
        if (subtype == "/Type3") return;  // glyphs are drawn by the PDF itself
        QPDFObjectHandle desc = f.getKey("/FontDescriptor");
        if (subtype == "/Type0") {
            QPDFObjectHandle d = f.getKey("/DescendantFonts");
            if (d.isArray() && d.getArrayNItems() > 0)
                desc = d.getArrayItem(0).getKey("/FontDescriptor");
        }
        const bool embedded =
            desc.isDictionary() &&
            (desc.hasKey("/FontFile") || desc.hasKey("/FontFile2") || desc.hasKey("/FontFile3"));
        if (!embedded)
            unembedded.insert(f.getKey("/BaseFont").isName()
                                  ? f.getKey("/BaseFont").getName().substr(1)
                                  : std::string("(unnamed)"));
    }

    void resources(QPDFObjectHandle res, int depth) {
        if (!res.isDictionary() || depth > kMaxDepth) return;
        if (QPDFObjectHandle fonts = res.getKey("/Font"); fonts.isDictionary())
            for (auto& [name, f] : fonts.ditems()) font(f);
        if (QPDFObjectHandle cs = res.getKey("/ColorSpace"); cs.isDictionary())
            for (auto& [name, c] : cs.ditems()) colorSpace(c);
        if (QPDFObjectHandle gs = res.getKey("/ExtGState"); gs.isDictionary())
            for (auto& [name, g] : gs.ditems())
                if (g.isDictionary() && g.getKey("/SMask").isDictionary()) transparency = true;
        QPDFObjectHandle xo = res.getKey("/XObject");
        if (!xo.isDictionary()) return;
        for (auto& [name, x] : xo.ditems()) {
            if (!x.isStream()) continue;
            if (x.isIndirect() && !seen.insert(x.getObjGen()).second) continue;
            QPDFObjectHandle d = x.getDict();
            const std::string sub =
                d.getKey("/Subtype").isName() ? d.getKey("/Subtype").getName() : "";
            if (sub == "/Image") {
                colorSpace(d.getKey("/ColorSpace"));
                if (d.hasKey("/SMask")) transparency = true;
            } else if (sub == "/Form") {
                if (d.getKey("/Group").isDictionary()) transparency = true;
                resources(d.getKey("/Resources"), depth + 1);
            }
        }
    }

    std::vector<std::string> problems() const {
        std::vector<std::string> out;
        if (!unembedded.empty()) {
            std::string names;
            for (const auto& n : unembedded) names += (names.empty() ? "" : ", ") + n;
            out.push_back("fonts not embedded: " + names);
        }
        if (rgb) out.push_back("RGB colour (PDF/X-1a ads must be CMYK or grey)");
        if (lab) out.push_back("Lab colour (PDF/X-1a ads must be CMYK or grey)");
        if (transparency) out.push_back("transparency (not allowed in PDF/X-1a)");
        return out;
    }
};

}  // namespace

Result<PdfPageInfo> readPdfPage(const std::vector<std::uint8_t>& bytes, const std::string& label,
                                int page) {
    const std::string what = "PDF '" + label + "'";
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.setAttemptRecovery(true);
        q.processMemoryFile(label.c_str(), reinterpret_cast<const char*>(bytes.data()),
                            bytes.size());
        if (q.isEncrypted()) return Error{what + " is encrypted; ask for an unprotected ad"};
        auto pages = QPDFPageDocumentHelper(q).getAllPages();
        PdfPageInfo info;
        info.pageCount = static_cast<int>(pages.size());
        if (page < 1 || page > info.pageCount)
            return Error{what + " has " + std::to_string(info.pageCount) + " page(s); page " +
                         std::to_string(page) + " was asked for"};
        QPDFPageObjectHelper ph = pages[static_cast<size_t>(page - 1)];
        const QPDFObjectHandle::Rectangle r = ph.getTrimBox().getArrayAsRectangle();
        double w = std::abs(r.urx - r.llx), h = std::abs(r.ury - r.lly);
        QPDFObjectHandle rot = ph.getAttribute("/Rotate", false);
        if (rot.isInteger() && ((rot.getIntValue() % 180) + 180) % 180 == 90) std::swap(w, h);
        if (!(w >= 1) || !(h >= 1) || w > 14400 || h > 14400)
            return Error{what + " page " + std::to_string(page) + " has an unusable size"};
        info.width = w;
        info.height = h;
        AdChecker check;
        check.resources(ph.getAttribute("/Resources", false), 0);
        info.problems = check.problems();
        return info;
    } catch (const std::exception& e) {
        return Error{what + " cannot be read: " + e.what()};
    }
}

}  // namespace bm::codecs
