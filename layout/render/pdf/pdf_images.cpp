// SPDX-License-Identifier: MIT
#include "layout/render/pdf/pdf_images.h"

#include <cstdint>
#include <vector>

#include "layout/render/image/image_decode.h"
#include "layout/render/pdf/pdf_color.h"

namespace bm::pdf {

namespace {

const char* colorSpaceName(int components) {
    switch (components) {
        case 1:
            return "DeviceGray";
        case 3:
            return "DeviceRGB";
        case 4:
            return "DeviceCMYK";
        default:
            return nullptr;
    }
}

// RGB → gray if every pixel is neutral, otherwise → CMYK (in place of `img`).
void convertRgbForPrint(render::DecodedImage& img) {
    const size_t n = static_cast<size_t>(img.width) * static_cast<size_t>(img.height);
    const std::uint8_t* p = img.pixels.data();
    bool neutral = true;
    for (size_t i = 0; i < n && neutral; ++i)
        neutral = p[3 * i] == p[3 * i + 1] && p[3 * i] == p[3 * i + 2];
    std::vector<std::uint8_t> out(n * (neutral ? 1 : 4));
    if (neutral) {
        for (size_t i = 0; i < n; ++i) out[i] = p[3 * i];
    } else {
        for (size_t i = 0; i < n; ++i) rgbToCmyk8(p + 3 * i, out.data() + 4 * i);
    }
    img.pixels = std::move(out);
    img.components = neutral ? 1 : 4;
}

}  // namespace

Result<EmbeddedImage> ImageStore::get(const std::string& path) {
    auto it = m_images.find(path);
    if (it == m_images.end()) it = m_images.emplace(path, embed(path)).first;
    return it->second;
}

Result<EmbeddedImage> ImageStore::embed(const std::string& path) {
    auto bytes = render::readFileBytes(path);
    if (!bytes) return Error{bytes.error()};
    const render::ImageFormat format = render::sniffImageFormat(*bytes);

    EmbeddedImage img;
    img.number = static_cast<int>(m_images.size()) + 1;
    auto writeDict = [&img](Dict& d, const char* colorSpace) {
        d.name("Type", "XObject").name("Subtype", "Image");
        d.integer("Width", img.width).integer("Height", img.height);
        d.name("ColorSpace", colorSpace).integer("BitsPerComponent", 8);
    };

    if (format == render::ImageFormat::Jpeg) {
        auto info = render::readJpegInfo(*bytes, path);
        if (!info) return Error{info.error()};
        img.width = info->width;
        img.height = info->height;
        const char* cs = colorSpaceName(info->components);
        if (!cs) return Error{"JPEG '" + path + "' has an unsupported number of components"};
        if (info->components != 3 || m_allowRgb) {
            img.ref = m_w.alloc();
            const bool inverted = info->components == 4 && info->adobeInverted;
            m_w.stream(img.ref, bytes->data(), bytes->size(), StreamFilter::Dct, [&](Dict& d) {
                writeDict(d, cs);
                // Adobe (Photoshop) CMYK JPEGs store inverted samples; /Decode flips them back.
                if (inverted) d.raw("Decode", "[1 0 1 0 1 0 1 0]");
            });
            return img;
        }
        // An RGB JPEG in PDF/X-1a: decode, convert and store losslessly (rare: newsroom photo
        // workflows deliver CMYK or grey).
    } else if (format != render::ImageFormat::Png) {
        return Error{"'" + path + "' is neither a PNG nor a JPEG file"};
    }

    auto decoded = format == render::ImageFormat::Png ? render::decodePng(*bytes, path)
                                                      : render::decodeImageFile(path);
    if (!decoded) return Error{decoded.error()};
    render::DecodedImage& pix = *decoded;
    if (pix.components == 3 && !m_allowRgb) convertRgbForPrint(pix);
    const char* cs = colorSpaceName(pix.components);
    const size_t expected = static_cast<size_t>(pix.width) * static_cast<size_t>(pix.height) *
                            static_cast<size_t>(pix.components);
    if (!cs || pix.width <= 0 || pix.height <= 0 || pix.pixels.size() != expected)
        return Error{"image '" + path + "' decoded to an unsupported pixel layout"};
    img.width = pix.width;
    img.height = pix.height;
    img.ref = m_w.alloc();
    if (!m_w.stream(
            img.ref, pix.pixels.data(), pix.pixels.size(), StreamFilter::Flate,
            [&](Dict& d) { writeDict(d, cs); }, FlateLevel::Fast))
        return Error{"out of memory while compressing image '" + path + "'"};
    return img;
}

}  // namespace bm::pdf
