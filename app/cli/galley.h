// SPDX-License-Identifier: MIT
#pragma once
// Galley proofs for `banmian typeset --columns N --pdf`: set paragraphs into N columns of a plain
// page, as many pages as needed, lines on a fixed pitch, no space between paragraphs. The pages
// are composed when the PDF export asks for them and dropped once written, so a 200,000-字
// galley holds one window of pages, not all of them.
#include <memory>
#include <vector>

#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_export.h"
#include "layout/text/paragraph_layout.h"

namespace bm::cli {

struct GalleyOptions {
    int columns = 1;
    Length measure = 0;
    Length gutter = 0;
    Length pitch = 0;  ///< baseline to baseline
    Length pageHeight = 0;
    Length margin = 0;
    Length size = 0;
    fonts::EmBox emBox;  ///< of the text's first face: the em box sits on the margin
};

class GalleyPages final : public pdf::PageSource {
public:
    GalleyPages(std::vector<text::ParagraphLayout> paragraphs, const GalleyOptions& options);
    size_t pageCount() const override { return m_pageCount; }
    std::shared_ptr<const page::PageDisplay> page(size_t index) const override;
    /// Frees the paragraphs: the export asks for no page after this.
    void allPagesWritten() const override;

private:
    /// mutable: the export sees a const source; freeing after the last page changes nothing it
    /// can observe.
    mutable std::vector<text::ParagraphLayout> m_paragraphs;
    GalleyOptions m_options;
    size_t m_linesPerColumn = 1;
    size_t m_linesPerPage = 1;
    size_t m_pageCount = 1;
    mutable std::vector<size_t> m_firstLine;  ///< galley line of each paragraph's first line
};

}  // namespace bm::cli
