// SPDX-License-Identifier: MIT
#pragma once
// Display lists → a print PDF. The default profile is PDF/X-1a:2001 (PDF 1.3, CMYK/grey only,
// fonts embedded as CID subsets, TrimBox, OutputIntent), which newspaper plants accept
// (docs/pdf.md). Qt-free; no exceptions; deterministic: the same pages, fonts and
// options give byte-identical output.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fonts/font_registry.h"
#include "layout/base/result.h"
#include "layout/base/task_control.h"
#include "layout/base/units.h"
#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_images.h"

namespace bm::pdf {

struct PdfOptions {
    enum class Profile { X1a, Plain } profile = Profile::X1a;
    bool cropMarks = false;
    Length bleed = 0;   ///< mpt; BleedBox = TrimBox grown by bleed; MediaBox holds bleed + marks
    std::string title;  ///< /Title; "Untitled" when empty (PDF/X requires one)
    /// Seconds since 1970 for /CreationDate and /ModDate. When absent: SOURCE_DATE_EPOCH, else
    /// the current time.
    std::optional<std::int64_t> creationEpoch;
    std::string imageBaseDir;  ///< relative image paths resolve here
    // Pictures (README "Colour"; model::PrintSettings).
    std::string outputProfile;  ///< the plant's CMYK ICC file; empty = built-in newsprint
    int inkLimitPercent = 240;
    bool convertCmykOverLimit = true;
    int maxPpi = 300;
    /// Optional, owned by the caller (the editor's progress bar and 取消): `planned` is set to
    /// the page count and `done` counts the pages written; once `cancel` is set the export
    /// stops before the next page and returns kExportCancelled.
    TaskControl* control = nullptr;
    /// Page content streams are drawn and compressed on every core unless this is set; the
    /// bytes are the same either way (tests compare the two).
    bool singleThreaded = false;
};

/// The error text of an export stopped through PdfOptions::control.
inline constexpr const char* kExportCancelled = "export cancelled";

/// Things a preflight would flag but that do not stop the export.
struct PdfReport {
    std::vector<std::string> warnings;  ///< e.g. image below 200 ppi, missing image
    std::vector<ImageRecord> images;    ///< every placed picture as written
};

/// Minimum effective resolution of continuous-tone images at final size (docs/pdf.md).
inline constexpr int kMinImagePpi = 200;

/// The pages of one export, handed over one at a time, so that a 200,000-字 galley or a whole
/// issue never holds every page's display list at once: a source may compose a page when it is
/// asked for and let it go when the caller drops the pointer. The exporter asks for every page
/// twice (the glyph and picture scan, then the writing), from several threads at once.
class PageSource {
public:
    virtual ~PageSource() = default;
    virtual size_t pageCount() const = 0;
    /// Page `index` (< pageCount()); must be safe to call from several threads at once.
    virtual std::shared_ptr<const page::PageDisplay> page(size_t index) const = 0;
    /// Called once, after the last page is written and before the fonts are subset: a source
    /// that composes pages on request may free what it composes them from, so that its data
    /// and the font programs being subset are not held at the same time (the memory peak of a
    /// long galley).
    virtual void allPagesWritten() const {}
};

/// Pages already in memory, by pointer, e.g. some pages of a DocumentLayout: an export of a whole
/// issue does not copy every page's display list first. They must outlive the export.
class PagePointerSource final : public PageSource {
public:
    explicit PagePointerSource(std::vector<const page::PageDisplay*> pages)
        : m_pages(std::move(pages)) {}
    size_t pageCount() const override { return m_pages.size(); }
    std::shared_ptr<const page::PageDisplay> page(size_t index) const override {
        return std::shared_ptr<const page::PageDisplay>(std::shared_ptr<void>(), m_pages[index]);
    }

private:
    std::vector<const page::PageDisplay*> m_pages;
};

Result<std::vector<std::uint8_t>> exportPdf(const PageSource& pages,
                                            const fonts::FontRegistry& fonts,
                                            const PdfOptions& options, PdfReport* report = nullptr);

Result<std::vector<std::uint8_t>> exportPdf(const std::vector<page::PageDisplay>& pages,
                                            const fonts::FontRegistry& fonts,
                                            const PdfOptions& options, PdfReport* report = nullptr);

/// Writes atomically: a temporary file in the same directory, then rename, so an existing
/// file is either replaced whole or left untouched. The error names the path and the reason.
Status writePdfFile(const std::vector<std::uint8_t>& bytes, const std::string& path);

}  // namespace bm::pdf
