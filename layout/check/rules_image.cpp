// SPDX-License-Identifier: MIT
// Pictures (IMG-*) and their ink (PRN-RGB, PRN-TAC): empty frames that would print a grey
// placeholder, missing or unsupported files, effective resolution and distortion at the scale
// the export applies (the picture box of page::pictureRect), RGB and total
// ink after the export's conversion.
#include <cmath>
#include <cstdio>

#include "layout/check/check_detail.h"
#include "layout/check/image_probe.h"
#include "layout/page/compose.h"
#include "layout/page/image_placement.h"
#include "layout/render/pdf/pdf_images.h"

namespace bm::check::detail {

namespace {

std::string num(double v, int decimals = 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

void resolutionRules(const model::Page& page, const model::ImageFrame& img, const ImageProbe& p,
                     const Location& l, Emit& emit) {
    const Rect pic = page::pictureRect(page, img);
    if (pic.w <= 0 || pic.h <= 0 || p.width <= 0 || p.height <= 0) return;
    const RuleParams& params = emit.profile.params;
    // The picture as the export places it (fill crops, fit leaves margins, zoom enlarges): a
    // photo filled into a frame of another shape is neither distorted nor at the frame's ppi.
    const page::ImageFit fit{img.fit, img.zoomPermille, img.focusXPermille, img.focusYPermille};
    const page::PlacedRect placed = page::placeImage(pic, p.width, p.height, fit, p.vector);
    if (!(placed.w > 0) || !(placed.h > 0)) return;
    const page::EffectivePpi eff = page::effectivePpi(placed, p.width, p.height);
    const double ppi = eff.min();
    if (emit.on("IMG-PPI-LOW")) {
        std::optional<Severity> level;
        if (p.lineArt && ppi < params.ppiLineArtMin) level = Severity::Warning;
        if (!p.lineArt && ppi < params.ppiErrorBelow)
            level = Severity::Error;
        else if (!p.lineArt && ppi < params.ppiWarnBelow)
            level = Severity::Warning;
        if (level) {
            Finding& f =
                emit.add("IMG-PPI-LOW", l,
                         "分辨率不足：有效分辨率 " + num(ppi) + " ppi（要求 " +
                             num(p.lineArt ? params.ppiLineArtMin : params.ppiWarnBelow) + " ppi）",
                         "Effective resolution " + num(ppi) + " ppi is too low", level);
            f.data = {{"ppi", std::round(ppi)}};
        }
    }
    if (emit.on("IMG-PPI-HIGH") && !p.lineArt && ppi > params.ppiHighAbove) {
        Finding& f = emit.add(
            "IMG-PPI-HIGH", l, "分辨率过高：有效分辨率 " + num(ppi) + " ppi，输出慢且无益",
            "Effective resolution " + num(ppi) + " ppi: slow to RIP, no gain on newsprint");
        f.data = {{"ppi", std::round(ppi)}};
    }
    const double ratio = std::max(eff.x, eff.y) / eff.min();
    if (emit.on("IMG-DISTORTED") && (ratio - 1) * 100 > params.distortTolerancePct) {
        Finding& f =
            emit.add("IMG-DISTORTED", l, "图片变形：横竖缩放比相差 " + num(ratio, 3) + " 倍",
                     "Picture distorted: its x and y scales differ by " + num(ratio, 3));
        f.data = {{"ratio", std::round(ratio * 1000) / 1000}};
    }
}

void inkRules(const model::Document& doc, const ImageProbe& p, const Location& l, Emit& emit) {
    // The export converts RGB through LittleCMS; without the plant's profile it uses the
    // built-in newsprint default, which the README says is second best.
    if (emit.on("PRN-RGB") && p.components == 3 && !p.neutral && doc.print.outputProfile.empty())
        emit.add("PRN-RGB", l,
                 "RGB 图片：将按内置的新闻纸默认特性文件转为 CMYK（未设印厂的 ICC 特性文件）",
                 "RGB picture: converted to CMYK with the built-in newsprint default, not the "
                 "plant's ICC profile (print.outputProfile)",
                 Severity::Warning);
    if (!emit.on("PRN-TAC") || p.tacHistogram.empty()) return;
    const RuleParams& params = emit.profile.params;
    const double area = p.areaOverPct(params.tacLimit);
    if (area <= params.tacMaxAreaPct) return;
    Finding& f =
        emit.add("PRN-TAC", l,
                 "总墨量超限（按导出的色彩转换）：最高 " + std::to_string(p.maxTac()) + "%，" +
                     num(area, 1) + "% 的像素超过 " + num(params.tacLimit) + "%",
                 "Total ink after the export's conversion up to " + std::to_string(p.maxTac()) +
                     "%; " + num(area, 1) + "% of the pixels exceed " + num(params.tacLimit) + "%");
    f.data = {{"tac", p.maxTac()}, {"areaPct", std::round(area * 10) / 10}};
}

}  // namespace

void checkPageImages(const model::Document& doc, int pageIndex, const std::string& documentDir,
                     ImageCache& cache, Emit& emit) {
    const model::Page& page = doc.pages[static_cast<size_t>(pageIndex)];
    if (!page.images.empty()) cache.setPrint(doc.print, documentDir);
    // The export's rule, so its measured ink (Checker::setPlateInk) is found by the same path.
    auto pathOf = [&](const model::ImageFrame& img) {
        return pdf::resolveImagePath(img.path, documentDir);
    };
    std::vector<std::string> paths;
    for (const auto& img : page.images)
        if (!img.path.empty()) paths.push_back(pathOf(img));
    cache.prefetch(paths);
    for (const auto& img : page.images) {
        Location l = pageLocation(doc, pageIndex);
        l.frame = img.id;
        if (img.path.empty()) {
            if (emit.on("IMG-EMPTY"))
                emit.add("IMG-EMPTY", l, "空图框：“" + img.id + "”没有图片，会印出灰色占位框",
                         "Empty picture frame '" + img.id + "': a placeholder box would print");
            continue;
        }
        const ImageProbe& p = cache.probe(pathOf(img));
        if (p.state == ImageProbe::State::Missing) {
            if (emit.on("IMG-MISSING"))
                emit.add("IMG-MISSING", l, "图片缺失：找不到或读不了“" + img.path + "”",
                         "Picture missing: " + p.detail);
            continue;
        }
        if (p.state == ImageProbe::State::Unsupported) {
            if (emit.on("IMG-FORMAT"))
                emit.add("IMG-FORMAT", l,
                         "格式不支持：“" + img.path + "”是 " + p.format + "，请转成 JPEG 或 PNG",
                         "Unsupported format: " + p.detail);
            continue;
        }
        // IMG-ORIENTATION no longer fires: the decoder applies the EXIF orientation (issue 12),
        // so a phone photo prints upright. The rule id stays so house profiles naming it load.
        if (p.vector) continue;  // a PDF ad: its own page size and colours
        resolutionRules(page, img, p, l, emit);
        inkRules(doc, p, l, emit);
    }
}

}  // namespace bm::check::detail
