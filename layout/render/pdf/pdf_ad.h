// SPDX-License-Identifier: MIT
#pragma once
// PDF ads: a page of another PDF imported as a form XObject with libqpdf — its text stays text
// (embedded fonts, searchable), its vectors vectors, its images untouched. Every object the page
// uses is copied into our file under new object numbers. qpdf runs in the codec module
// (layout/codecs/pdf_ad_qpdf.cpp); this side owns the numbering and the writer.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/page/image_placement.h"
#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::pdf {

struct AdForm {
    Ref ref;
    int number = 0;  ///< resource name /Fx<number>
    /// The form's matrix to draw it over the rectangle (a, b, c, d, e, f) for a unit rect
    /// [0 0 1 1]: callers scale and move it (see placement()).
    double bboxX = 0, bboxY = 0, bboxW = 0, bboxH = 0;  ///< the form's box in its own space
    std::vector<std::string> problems;                  ///< from readPdfPage
};

class AdStore {
public:
    explicit AdStore(ObjectWriter& w) : m_w(w) {}
    ~AdStore();
    /// Imports page `page` of the PDF at `path` once; later calls return the same form.
    Result<AdForm> form(const std::string& path, int page);

private:
    ObjectWriter& m_w;
    std::map<std::string, Result<AdForm>> m_forms;
    int m_next = 0;
};

/// "a b c d e f" for `cm` that maps the form's box onto `r` (PDF coordinates, points).
std::string adMatrix(const AdForm& form, double x, double y, double w, double h);

}  // namespace bm::pdf
