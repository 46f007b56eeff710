// SPDX-License-Identifier: MIT
#include "cli/layout_json.h"

#include <nlohmann/json.hpp>

#include <cmath>

#include "layout/base/utf.h"
#include "layout/render/raster/picture_check.h"

namespace bm::cli {

namespace {
double pt(Length l) { return static_cast<double>(l) / 1000.0; }

nlohmann::ordered_json rectJson(const Rect& r) {
    return {{"x", pt(r.x)}, {"y", pt(r.y)}, {"w", pt(r.w)}, {"h", pt(r.h)}};
}

const char* kindName(page::FrameBox::Kind k) {
    switch (k) {
        case page::FrameBox::Kind::Article:
            return "article";
        case page::FrameBox::Kind::Image:
            return "image";
        case page::FrameBox::Kind::Label:
            return "label";
    }
    return "article";
}

/// Each picture of a page: its file, fit and effective resolution at final size.
nlohmann::ordered_json picturesJson(const page::PageDisplay& display, const std::string& baseDir) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& item : display.items) {
        const auto* im = std::get_if<page::ImageItem>(&item);
        if (!im) continue;
        const render::PictureCheck c = render::checkPicture(*im, baseDir);
        nlohmann::ordered_json j;
        j["frame"] = im->frameId;
        j["path"] = im->path;
        j["frameRect"] = rectJson(im->rect);
        if (!c.error.empty()) j["error"] = c.error;
        if (!c.placeholder && c.error.empty()) {
            j["kind"] = c.vector ? "pdf" : "raster";
            j["placed"] = {{"x", c.placed.x / 1000},
                           {"y", c.placed.y / 1000},
                           {"w", c.placed.w / 1000},
                           {"h", c.placed.h / 1000}};
            j["pixels"] = {c.pixelsW, c.pixelsH};
            if (!c.vector) {
                j["ppi"] = std::round(c.ppi.min() * 10) / 10;
                j["distortion"] = std::round(c.ppi.distortion() * 1000) / 1000;
            }
            if (!c.adProblems.empty()) j["problems"] = c.adProblems;
        }
        out.push_back(std::move(j));
    }
    return out;
}
}  // namespace

std::string layoutToJson(const model::Document& doc, const page::DocumentLayout& layout,
                         const std::string& imageBaseDir) {
    nlohmann::ordered_json root;
    root["format"] = "banmian-layout";
    root["version"] = 1;
    root["pages"] = nlohmann::ordered_json::array();
    for (size_t p = 0; p < layout.pages.size(); ++p) {
        const auto& pl = layout.pages[p];
        nlohmann::ordered_json page;
        page["id"] = pl.pageId;
        page["number"] = doc.pages[p].number;
        page["width"] = pt(pl.display.width);
        page["height"] = pt(pl.display.height);
        nlohmann::ordered_json frames = nlohmann::ordered_json::array();
        auto linesOf = [&](const std::string& frameId) {
            nlohmann::ordered_json lines = nlohmann::ordered_json::array();
            for (const auto& l : pl.lines) {
                if (l.frameId != frameId) continue;
                lines.push_back({{"article", l.articleId},
                                 {"paragraph", l.paragraph},
                                 {"role", l.role},
                                 {"text", utf16ToUtf8(l.text)},
                                 {"x", pt(l.x)},
                                 {"baseline", pt(l.baseline)},
                                 {"width", pt(l.width)}});
            }
            return lines;
        };
        for (const auto& f : pl.frames) {
            nlohmann::ordered_json fj;
            fj["id"] = f.frameId;
            fj["kind"] = kindName(f.kind);
            fj["article"] = f.articleId;
            fj["rects"] = nlohmann::ordered_json::array();
            for (const auto& r : f.rects) fj["rects"].push_back(rectJson(r));
            if (f.kind == page::FrameBox::Kind::Article) {
                fj["measure"] = pt(f.measure);
                fj["columns"] = nlohmann::ordered_json::array();
                for (const auto& c : f.columns) fj["columns"].push_back(rectJson(c));
            }
            fj["lines"] = linesOf(f.frameId);
            frames.push_back(std::move(fj));
        }
        page["frames"] = std::move(frames);
        page["furniture"] = linesOf("");  // 报眉 and other lines outside frames
        page["pictures"] = picturesJson(pl.display, imageBaseDir);
        root["pages"].push_back(std::move(page));
    }
    root["articles"] = nlohmann::ordered_json::array();
    for (const auto& a : doc.articles) {
        const auto it = layout.fits.find(a.id);
        if (it == layout.fits.end()) continue;
        const auto& f = it->second;
        root["articles"].push_back({{"id", a.id},
                                    {"placed", f.placed},
                                    {"chars", f.totalChars},
                                    {"oversetChars", f.oversetChars},
                                    {"oversetLines", f.oversetLines},
                                    {"undersetLines", f.undersetLines}});
    }
    root["diagnostics"] = layout.diagnostics;
    return root.dump(1) + "\n";
}

}  // namespace bm::cli
