// SPDX-License-Identifier: MIT
#include "gui/exporter.h"

#include "layout/render/raster/png_encode.h"
#include "layout/render/raster/raster.h"

namespace bm::gui {

Status exportPng(const page::DocumentLayout& layout, int pageIndex,
                 const fonts::FontRegistry& fonts, double dpi, const std::string& imageBaseDir,
                 const std::string& path, std::vector<std::string>* warnings,
                 TaskControl* control) {
    if (pageIndex < 0 || pageIndex >= static_cast<int>(layout.pages.size()))
        return Error{"no page " + std::to_string(pageIndex + 1) + " to export"};
    render::RasterOptions options;
    options.dpi = dpi;
    auto raster =
        render::rasterizePage(layout.pages[pageIndex].display, fonts, options, imageBaseDir);
    if (!raster) return Error{raster.error()};
    if (control && control->cancelled()) return Error{pdf::kExportCancelled};
    if (warnings)
        warnings->insert(warnings->end(), raster->warnings.begin(), raster->warnings.end());
    return render::writePng(*raster, path);
}

Status exportPdf(const page::DocumentLayout& layout, const fonts::FontRegistry& fonts,
                 const std::string& title, const std::string& imageBaseDir, const std::string& path,
                 std::vector<std::string>* warnings) {
    std::vector<int> all;
    for (size_t i = 0; i < layout.pages.size(); ++i) all.push_back(static_cast<int>(i));
    return exportPdf(layout, all, fonts, pdf::PdfOptions{}, title, imageBaseDir, path, warnings);
}

Result<std::vector<std::uint8_t>> makePdf(const page::DocumentLayout& layout,
                                          const std::vector<int>& pageIndices,
                                          const fonts::FontRegistry& fonts, pdf::PdfOptions options,
                                          const std::string& title, const std::string& imageBaseDir,
                                          pdf::PdfReport* report) {
    std::vector<const page::PageDisplay*> pages;  // the layout's own, not copies
    pages.reserve(pageIndices.size());
    for (int i : pageIndices)
        if (i >= 0 && i < static_cast<int>(layout.pages.size()))
            pages.push_back(&layout.pages[i].display);
    if (pages.empty()) return Error{"the document has no pages to export"};
    options.title = title;
    options.imageBaseDir = imageBaseDir;
    return pdf::exportPdf(pdf::PagePointerSource(std::move(pages)), fonts, options, report);
}

Status exportPdf(const page::DocumentLayout& layout, const std::vector<int>& pageIndices,
                 const fonts::FontRegistry& fonts, pdf::PdfOptions options,
                 const std::string& title, const std::string& imageBaseDir, const std::string& path,
                 std::vector<std::string>* warnings) {
    pdf::PdfReport report;
    auto bytes = makePdf(layout, pageIndices, fonts, options, title, imageBaseDir, &report);
    if (!bytes) return Error{bytes.error()};
    // 取消 after the last page but before the write still leaves the old file.
    if (options.control && options.control->cancelled()) return Error{pdf::kExportCancelled};
    if (warnings) warnings->insert(warnings->end(), report.warnings.begin(), report.warnings.end());
    return pdf::writePdfFile(*bytes, path);
}

}  // namespace bm::gui
