// SPDX-License-Identifier: MIT
#pragma once
// Writes one used face as a Type0 font (Identity-H) over a CIDFont — CIDFontType0 with
// FontFile3/CIDFontType0C for CFF faces, CIDFontType2 with FontFile2 and /CIDToGIDMap
// /Identity for TrueType — with /W widths, a FontDescriptor and a ToUnicode CMap. PDF 1.3
// (PDF/X-1a) has no FontFile3/OpenType, hence the bare CFF table.
#include <string>

#include "layout/base/result.h"
#include "layout/render/pdf/pdf_font_usage.h"
#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::pdf {

/// "ABCDEF": six capitals derived from the face and the glyph set, so the same pages give the
/// same tag (determinism) and different subsets of one face get different tags.
std::string subsetTag(const FontUsage& usage);

/// Writes the font objects; `type0` was allocated earlier so pages could refer to it. The
/// usage must already hold its subset.
Status writeFont(ObjectWriter& w, Ref type0, const FontUsage& usage);

}  // namespace bm::pdf
