// SPDX-License-Identifier: MIT
// banmian image DOC --item ID [--fit auto|fill|fit|stretch] [--zoom Z] [--focus X,Y]
//               [--pdf-page N] -o OUT
// The inspector's picture fields (and picture mode's pan and zoom) on the command line, through
// the same edit (SetImage): fill a portrait photo into a wide frame and move its crop up to the
// faces, zoom into a detail, pick page 2 of a PDF ad. What is not given stays as it is. Prints
// one line: the picture's fit and its effective resolution as the export will place it.
#include <cmath>
#include <cstdio>

#include "cli/args.h"
#include "cli/commands.h"
#include "layout/model/edit.h"
#include "layout/model/serialize.h"
#include "layout/page/compose.h"
#include "layout/page/image_placement.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/pdf/pdf_images.h"

namespace bm::cli {

namespace {

int fail(const std::string& message) {
    std::fprintf(stderr, "banmian image: %s\n", message.c_str());
    return 2;
}

const model::ImageFrame* findImage(const model::Document& doc, const std::string& id,
                                   const model::Page** page) {
    for (const model::Page& p : doc.pages)
        for (const model::ImageFrame& f : p.images)
            if (f.id == id) {
                *page = &p;
                return &f;
            }
    return nullptr;
}

Result<model::ImageFit> parseFit(const std::string& s) {
    if (s == "auto") return model::ImageFit::Auto;
    if (s == "fill") return model::ImageFit::Fill;
    if (s == "fit") return model::ImageFit::Fit;
    if (s == "stretch") return model::ImageFit::Stretch;
    return Error{"--fit: expected auto, fill, fit or stretch, got '" + s + "'"};
}

/// "1.5" (the document's zoom factor) or "150%" (the inspector's), 0.1 to 20.
Result<int> parseZoom(const std::string& s) {
    const bool percent = !s.empty() && s.back() == '%';
    auto v = percent ? parseNumber("zoom", s.substr(0, s.size() - 1), 10, 2000, false)
                     : parseNumber("zoom", s, 0.1, 20, false);
    if (!v) return Error{v.error()};
    return static_cast<int>(std::lround(*v * (percent ? 10 : 1000)));
}

/// "X,Y": the point of the picture (0 to 1 of its width and height) at the frame's centre.
Result<std::pair<int, int>> parseFocus(const std::string& s) {
    const auto comma = s.find(',');
    if (comma == std::string::npos)
        return Error{"--focus: expected X,Y (0 to 1 each, 0.5,0.5 is the centre), got '" + s + "'"};
    auto x = parseNumber("focus", s.substr(0, comma), 0, 1, false);
    if (!x) return Error{x.error()};
    auto y = parseNumber("focus", s.substr(comma + 1), 0, 1, false);
    if (!y) return Error{y.error()};
    return std::pair<int, int>{static_cast<int>(std::lround(*x * 1000)),
                               static_cast<int>(std::lround(*y * 1000))};
}

const char* fitName(model::ImageFit f) {
    switch (f) {
        case model::ImageFit::Fill:
            return "fill";
        case model::ImageFit::Fit:
            return "fit";
        case model::ImageFit::Stretch:
            return "stretch";
        case model::ImageFit::Auto:
            break;
    }
    return "auto";
}

/// The picture as the export will place it; empty when its file cannot be read (the export and
/// `banmian check` say why).
std::string summary(const model::Page& page, const model::ImageFrame& im,
                    const std::string& docDir) {
    const std::string path = pdf::resolveImagePath(im.path, docDir);
    auto info = render::readImageInfoFile(path, im.pdfPage);
    if (!info) return "";
    const page::ImageFit fit{im.fit, im.zoomPermille, im.focusXPermille, im.focusYPermille};
    const Rect frame = page::pictureRect(page, im);
    const page::PlacedRect placed =
        page::placeImage(frame, info->width, info->height, fit, info->vector());
    char buf[200];
    std::snprintf(buf, sizeof buf, "%s: %s, zoom %.3g, focus %.3g,%.3g", im.id.c_str(),
                  fitName(page::resolvedFit(im.fit, info->vector())), im.zoomPermille / 1000.0,
                  im.focusXPermille / 1000.0, im.focusYPermille / 1000.0);
    std::string out = buf;
    if (info->vector()) {
        std::snprintf(buf, sizeof buf, ", PDF page %d (vector)", im.pdfPage);
    } else {
        const page::EffectivePpi ppi = page::effectivePpi(placed, info->width, info->height);
        std::snprintf(buf, sizeof buf, ", %.0f ppi effective", ppi.min());
    }
    return out + buf;
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

}  // namespace

int runImage(int argc, char** argv) {
    auto args = parseArgs(argc, argv, {"item", "fit", "zoom", "focus", "pdf-page", "output"}, {});
    if (!args) return fail(args.error());
    if (args->positional.size() != 1) return fail("expected one document DOC");
    if (!args->has("output")) return fail("-o OUT is required");
    if (!args->has("item")) return fail("--item ID (a picture frame) is required");
    auto doc = model::loadDocument(args->positional[0]);
    if (!doc) return fail(doc.error());
    const std::string id = *args->get("item");
    const model::Page* page = nullptr;
    const model::ImageFrame* im = findImage(*doc, id, &page);
    if (!im) return fail("unknown picture frame '" + id + "'");

    model::ImageFrame next = *im;
    if (auto fit = args->get("fit")) {
        auto f = parseFit(*fit);
        if (!f) return fail(f.error());
        next.fit = *f;
    }
    if (auto zoom = args->get("zoom")) {
        auto z = parseZoom(*zoom);
        if (!z) return fail(z.error());
        next.zoomPermille = *z;
    }
    if (auto focus = args->get("focus")) {
        auto f = parseFocus(*focus);
        if (!f) return fail(f.error());
        next.focusXPermille = f->first;
        next.focusYPermille = f->second;
    }
    const std::string docDir = directoryOf(args->positional[0]);
    if (auto pdfPage = args->get("pdf-page")) {
        auto n = parseInteger("pdf-page", *pdfPage, 1, 9999);
        if (!n) return fail(n.error());
        next.pdfPage = static_cast<int>(*n);
        // A page the ad does not have would print a placeholder: refuse it here.
        const std::string path = pdf::resolveImagePath(next.path, docDir);
        auto info = render::readImageInfoFile(path, next.pdfPage);
        if (info && !info->vector()) return fail("--pdf-page: '" + next.path + "' is not a PDF");
        if (!info && render::readImageInfoFile(path, 1)) return fail(info.error());
    }
    const std::string pageId = page->id;
    if (auto applied = model::applyEdit(*doc, model::SetImage{pageId, next}); !applied)
        return fail(applied.error());
    if (auto saved = model::saveDocument(*doc, *args->get("output")); !saved)
        return fail(saved.error());
    const model::Page* after = nullptr;
    if (const model::ImageFrame* now = findImage(*doc, id, &after))
        if (std::string line = summary(*after, *now, docDir); !line.empty())
            std::printf("%s\n", line.c_str());
    return 0;
}

}  // namespace bm::cli
