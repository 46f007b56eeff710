// SPDX-License-Identifier: MIT
#pragma once
// Export from the editor: the same engine calls as `banmian export` (rasterizePage + writePng,
// exportPdf + writePdfFile) on the editor's current layout snapshot. They run on the GUI thread
// or on the background export's worker (export_job.h); a TaskControl that is cancelled before
// the file is written returns pdf::kExportCancelled and writes nothing.
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/result.h"
#include "layout/base/task_control.h"
#include "layout/page/layout_session.h"
#include "layout/render/pdf/pdf_export.h"

namespace bm::gui {

/// Page `pageIndex` of `layout` as a PNG at `dpi`. Warnings (missing images) are appended.
Status exportPng(const page::DocumentLayout& layout, int pageIndex,
                 const fonts::FontRegistry& fonts, double dpi, const std::string& imageBaseDir,
                 const std::string& path, std::vector<std::string>* warnings = nullptr,
                 TaskControl* control = nullptr);

/// The pages `pageIndices` of `layout` as one PDF in memory, nothing written; `report` gets the
/// warnings and what was measured of each picture (the export preflight judges the pictures by
/// it, as `banmian export` does, instead of decoding them again).
Result<std::vector<std::uint8_t>> makePdf(const page::DocumentLayout& layout,
                                          const std::vector<int>& pageIndices,
                                          const fonts::FontRegistry& fonts, pdf::PdfOptions options,
                                          const std::string& title, const std::string& imageBaseDir,
                                          pdf::PdfReport* report);

/// Every page of `layout` as one print PDF (PDF/X-1a).
Status exportPdf(const page::DocumentLayout& layout, const fonts::FontRegistry& fonts,
                 const std::string& title, const std::string& imageBaseDir, const std::string& path,
                 std::vector<std::string>* warnings = nullptr);

/// The pages `pageIndices` of `layout` as one PDF with `options` (profile, marks, bleed; the
/// title and image folder are set from the other arguments). `options.control` counts pages
/// and cancels, up to the moment the file is written.
Status exportPdf(const page::DocumentLayout& layout, const std::vector<int>& pageIndices,
                 const fonts::FontRegistry& fonts, pdf::PdfOptions options,
                 const std::string& title, const std::string& imageBaseDir, const std::string& path,
                 std::vector<std::string>* warnings = nullptr);

}  // namespace bm::gui
