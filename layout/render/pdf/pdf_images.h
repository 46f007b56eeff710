// SPDX-License-Identifier: MIT
#pragma once
// Image XObjects. Every placed picture is prepared first, on worker threads (decode, crop,
// downsample, separate, encode: pdf_image_prep.h), then written when its page is; a file placed
// twice at the same size and crop is written once. PDF ads become form XObjects (pdf_ad.h).
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/page/display_list.h"
#include "layout/render/pdf/pdf_ad.h"
#include "layout/render/pdf/pdf_image_prep.h"
#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::pdf {

/// A picture ready to draw: XObject /Im<number> (or /Fx<number> for an ad) over `drawRect`
/// (page coordinates), clipped to the frame.
struct PlacedXObject {
    int number = 0;
    bool form = false;
    Ref ref;
    page::PlacedRect drawRect;
    AdForm ad;  ///< for a form: its box, for adMatrix
};

/// What the export did with one placed picture (for the report and the layout JSON).
struct ImageRecord {
    std::string frameId;
    std::string path;
    int pageNumber = 0;
    bool vector = false;
    int width = 0, height = 0;  ///< embedded pixels
    int components = 0;         ///< of the embedded pixels: 1 grey (K), 3 RGB, 4 CMYK
    double ppi = 0, sourcePpi = 0, distortion = 0;
    render::TacStats tac;
    std::string colour;
};

class ImageStore {
public:
    ImageStore(ObjectWriter& writer, ImagePolicy policy);
    ~ImageStore();
    ImageStore(const ImageStore&) = delete;
    ImageStore& operator=(const ImageStore&) = delete;

    /// Prepares every picture in `pictures` (the export's ImageItems, paths resolved against
    /// `baseDir`) on up to hardware_concurrency threads. Failures are kept and reported by
    /// place().
    void prepare(const std::vector<page::ImageItem>& pictures, const std::string& baseDir);

    /// The picture of `item` (prepared before), written on first use. The error says why it
    /// cannot be used (missing, unreadable, unsupported, corrupt); `warnings` gets the rest.
    Result<PlacedXObject> place(const page::ImageItem& item, int pageNumber,
                                std::vector<std::string>& warnings);

    const std::vector<ImageRecord>& records() const { return m_records; }

private:
    struct Job;
    ObjectWriter& m_w;
    ImagePolicy m_policy;
    std::string m_baseDir;
    std::map<std::string, std::unique_ptr<Job>> m_jobs;  ///< by placement key
    AdStore m_ads{m_w};
    std::map<std::string, PlacedXObject> m_whole;  ///< by path: written whole, at its own pixels
    int m_next = 0;
    std::vector<ImageRecord> m_records;
};

std::string resolveImagePath(const std::string& path, const std::string& baseDir);

}  // namespace bm::pdf
