// SPDX-License-Identifier: MIT
#include "layout/check/image_probe.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>

#include "layout/base/parallel.h"
#include "layout/render/image/image_decode.h"
#include "layout/render/pdf/pdf_images.h"

namespace bm::check {

double ImageProbe::areaOverPct(double limit) const {
    if (tacHistogram.empty() || pixels == 0) return 0;
    std::uint64_t over = 0;
    for (size_t t = 0; t < tacHistogram.size(); ++t)
        if (static_cast<double>(t) > limit) over += tacHistogram[t];
    return 100.0 * static_cast<double>(over) / static_cast<double>(pixels);
}

int ImageProbe::maxTac() const {
    for (size_t t = tacHistogram.size(); t-- > 0;)
        if (tacHistogram[t]) return static_cast<int>(t);
    return 0;
}

namespace {

bool startsWith(const std::vector<std::uint8_t>& b, const char* magic, size_t at = 0) {
    const size_t n = std::strlen(magic);
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
}

/// Formats the exporter does not embed, by their signatures (it embeds PNG, JPEG, TIFF and
/// PDF pages).
const char* otherFormat(const std::vector<std::uint8_t>& b) {
    if (startsWith(b, "GIF8")) return "GIF";
    if (startsWith(b, "RIFF") && startsWith(b, "WEBP", 8)) return "WebP";
    if (startsWith(b, "BM")) return "BMP";
    if (startsWith(b, "8BPS")) return "PSD";
    if (startsWith(b, "%!PS")) return "EPS";
    return nullptr;
}

void inkHistogram(const render::DecodedImage& cmyk, ImageProbe& out) {
    const size_t n = static_cast<size_t>(cmyk.width) * static_cast<size_t>(cmyk.height);
    out.pixels = n;
    out.tacHistogram.assign(401, 0);
    const std::uint8_t* c = cmyk.pixels.data();  // the decoder un-inverts Adobe CMYK JPEGs
    for (size_t i = 0; i < n; ++i, c += 4) {
        const int sum = c[0] + c[1] + c[2] + c[3];  // 0 … 1020
        ++out.tacHistogram[static_cast<size_t>((sum * 100 + 127) / 255)];
    }
}

/// The pixels as the plate gets them, the way pdf_image_prep's prepareColour converts them:
/// CMYK over the limit ink-limited (when the settings say convert), everything else through
/// the output profile. Grey results (K only) stay under 100 % and need no histogram.
void plateInk(render::DecodedImage img, const InkConversion& ink, ImageProbe& out) {
    if (img.components == 4) {
        if (ink.color && ink.convertCmykOverLimit &&
            render::measureTac(img).max > ink.color->inkLimit() + 0.5 && !ink.color->limitInk(img))
            return;
    } else if (!ink.color || !ink.color->toPrint(img)) {
        return;
    }
    if (img.components == 4) inkHistogram(img, out);
}

}  // namespace

ImageProbe probeImage(const std::string& path, const InkConversion& ink, const PlateInk* plate) {
    ImageProbe out;
    auto bytes = render::readFileBytes(path);
    if (!bytes) {
        out.detail = bytes.error();
        return out;
    }
    const auto format = render::sniffImageFormat(*bytes);
    if (format == render::ImageFormat::Unknown) {
        if (const char* other = otherFormat(*bytes)) {
            out.state = ImageProbe::State::Unsupported;
            out.format = other;
            out.detail = "'" + path + "' is a " + other + " file; the export embeds PNG and JPEG";
        } else {
            out.detail = "'" + path + "' is not a picture file the export can read";
        }
        return out;
    }
    auto info = render::readImageInfo(*bytes, path);
    if (!info) {
        const bool process = info.error().find("coding process") != std::string::npos ||
                             info.error().find("-bit samples") != std::string::npos;
        out.state = process ? ImageProbe::State::Unsupported : ImageProbe::State::Missing;
        out.detail = info.error();
        return out;
    }
    // Sizes are upright: the decoder applies the EXIF / TIFF orientation.
    out.width = info->width;
    out.height = info->height;
    out.components = info->components;
    if (format == render::ImageFormat::Pdf) {
        out.format = "PDF";
        out.vector = true;  // a form XObject: no pixels, no ppi, its own colours
        out.state = ImageProbe::State::Ok;
        return out;
    }
    out.format = format == render::ImageFormat::Jpeg   ? "JPEG"
                 : format == render::ImageFormat::Tiff ? "TIFF"
                                                       : "PNG";
    if (format == render::ImageFormat::Png) {
        // IHDR's bit depth and colour type (after the signature, the chunk's length and type).
        const auto& b = *bytes;
        if (b.size() >= 29) out.lineArt = b[24] == 1 && (b[25] == 0 || b[25] == 3);
    }
    if (out.components == 1 && format != render::ImageFormat::Tiff) {
        out.state = ImageProbe::State::Ok;
        return out;
    }
    if (plate && format != render::ImageFormat::Tiff) {  // a TIFF's 1-bit flag needs its pixels
        out.state = ImageProbe::State::Ok;
        out.neutral = plate->gray;
        out.tacHistogram = plate->tacHistogram;
        out.pixels = plate->pixels;
        return out;
    }
    // Colour: the ink after the conversion needs the pixels (a TIFF: also whether it is 1-bit).
    // A JPEG is decoded at half size (DCT-scaled, 4× fewer pixels to convert): total ink is an
    // area measure, each pixel the mean of four is still finer than the plate's 85–100 lpi
    // screen on any frame the picture would fill at print resolution, and the export itself
    // averages the photo down to ≤ 300 ppi before separating it.
    render::DecodeHint half;
    half.minWidth = (info->width + 1) / 2;
    half.minHeight = (info->height + 1) / 2;
    auto decoded = render::decodeImageBytes(*bytes, path, half);
    if (!decoded) {
        out.detail = decoded.error();
        return out;
    }
    out.state = ImageProbe::State::Ok;
    out.components = decoded->components;
    out.lineArt = out.lineArt || (format == render::ImageFormat::Tiff && decoded->lineArt);
    if (decoded->components == 3) {
        const size_t n = static_cast<size_t>(decoded->width) * decoded->height;
        const std::uint8_t* p = decoded->pixels.data();
        for (size_t i = 0; i < n && out.neutral; ++i)
            out.neutral = p[3 * i] == p[3 * i + 1] && p[3 * i] == p[3 * i + 2];
        if (out.neutral) return out;
    } else if (decoded->components != 4) {
        return out;
    }
    plateInk(std::move(*decoded), ink, out);
    return out;
}

namespace {

/// One PrintColor per (profile file, its mtime, ink limit) for the whole process: opening the
/// profile and building lcms's ink-limiting link takes ~25 ms, more than a whole check of the
/// seed page, and every checker (the dock's, the export gate's, a benchmark's) wants the same
/// one. PrintColor::toPrint is thread-safe. Null when the profile cannot be used.
std::shared_ptr<render::PrintColor> sharedPrintColor(const render::PrintColorSettings& cs) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<render::PrintColor>> made;
    std::error_code ec;
    const auto time = cs.outputProfile.empty()
                          ? std::filesystem::file_time_type{}
                          : std::filesystem::last_write_time(cs.outputProfile, ec);
    const std::string key = cs.outputProfile + "|" +
                            std::to_string(time.time_since_epoch().count()) + "|" +
                            std::to_string(cs.inkLimitPercent);
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = made.find(key);
    if (it != made.end()) return it->second;
    auto color = render::PrintColor::create(cs);
    std::shared_ptr<render::PrintColor> shared;
    if (color) shared = std::move(*color);
    return made.emplace(key, shared).first->second;
}

}  // namespace

ImageCache::ImageCache() = default;
ImageCache::~ImageCache() = default;

void ImageCache::setPrint(const model::PrintSettings& print, const std::string& documentDir) {
    const std::string profile =
        print.outputProfile.empty() ? "" : pdf::resolveImagePath(print.outputProfile, documentDir);
    const std::string key = profile + "|" + std::to_string(print.inkLimitPercent) + "|" +
                            (print.convertCmykOverLimit ? "convert" : "report");
    if (key == m_printKey) return;
    m_printKey = key;
    m_entries.clear();
    render::PrintColorSettings cs;
    cs.outputProfile = profile;
    cs.inkLimitPercent = print.inkLimitPercent;
    m_color = sharedPrintColor(cs);
    m_ink = InkConversion{m_color.get(), print.convertCmykOverLimit};
}

ImageCache::Entry ImageCache::stamp(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    Entry e;
    e.size = ec ? 0 : size;
    const auto time = std::filesystem::last_write_time(path, ec);
    e.mtime = ec ? 0 : time.time_since_epoch().count();
    return e;
}

bool ImageCache::fresh(const std::string& path, const Entry& now) const {
    auto it = m_entries.find(path);
    return it != m_entries.end() && it->second.size == now.size && it->second.mtime == now.mtime;
}

const ImageProbe& ImageCache::probe(const std::string& path) {
    Entry e = stamp(path);
    if (fresh(path, e)) return m_entries.at(path).probe;
    if (cancelled()) {
        static const ImageProbe skipped = [] {
            ImageProbe p;  // Missing
            p.detail = "check cancelled";
            return p;
        }();
        return skipped;
    }
    const auto plate = m_plate.find(path);
    e.probe = probeImage(path, m_ink, plate == m_plate.end() ? nullptr : &plate->second);
    return m_entries.insert_or_assign(path, std::move(e)).first->second.probe;
}

void ImageCache::prefetch(const std::vector<std::string>& paths) {
    std::vector<std::pair<std::string, Entry>> todo;
    for (const std::string& path : paths) {
        Entry e = stamp(path);
        const bool queued =
            std::any_of(todo.begin(), todo.end(), [&](const auto& t) { return t.first == path; });
        if (!queued && !fresh(path, e) && !m_plate.count(path))  // a plate's probe is cheap
            todo.emplace_back(path, std::move(e));
    }
    if (todo.size() < 2) return;  // probe() does one as fast
    std::vector<char> done(todo.size(), 0);
    forEachOnAllCores(todo.size(), [&](size_t k) {
        if (cancelled()) return;
        try {
            todo[k].second.probe = probeImage(todo[k].first, m_ink);
            done[k] = 1;
        } catch (...) {  // out of memory: probe() tries again on this thread
        }
    });
    for (size_t k = 0; k < todo.size(); ++k)
        if (done[k]) m_entries.insert_or_assign(todo[k].first, std::move(todo[k].second));
}

void ImageCache::setPlateInk(std::map<std::string, PlateInk> plate) {
    for (const auto& [path, ink] : plate) m_entries.erase(path);
    for (const auto& [path, ink] : m_plate) m_entries.erase(path);
    m_plate = std::move(plate);
}

}  // namespace bm::check
