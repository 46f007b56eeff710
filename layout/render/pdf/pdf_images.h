// SPDX-License-Identifier: MIT
#pragma once
// Image XObjects, one per file however often it is placed. JPEG bytes are embedded unchanged
// (/DCTDecode): recompressing would lose quality and time. PNGs are decoded and Flate-
// compressed. Under PDF/X-1a, RGB pixels (PNG or JPEG) become DeviceCMYK — or DeviceGray when
// every pixel is neutral, so a grey photo stays on the black plate only.
#include <map>
#include <string>

#include "layout/base/result.h"
#include "layout/render/pdf/pdf_object_writer.h"

namespace bm::pdf {

struct EmbeddedImage {
    int number = 0;  ///< n in the resource name /Imn
    Ref ref;
    int width = 0;  ///< pixels
    int height = 0;
};

class ImageStore {
public:
    ImageStore(ObjectWriter& writer, bool allowRgb) : m_w(writer), m_allowRgb(allowRgb) {}

    /// The image at `path` (already resolved), written to the file on first use. The error
    /// says why the image cannot be used (missing, unreadable, unsupported, corrupt).
    Result<EmbeddedImage> get(const std::string& path);
    const std::map<std::string, Result<EmbeddedImage>>& all() const { return m_images; }

private:
    Result<EmbeddedImage> embed(const std::string& path);

    ObjectWriter& m_w;
    bool m_allowRgb;
    std::map<std::string, Result<EmbeddedImage>> m_images;  ///< by path, failures included
};

}  // namespace bm::pdf
