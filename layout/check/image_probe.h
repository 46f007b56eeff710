// SPDX-License-Identifier: MIT
#pragma once
// What the image rules need to know about a picture file: does it exist, is it a format the
// exporter embeds, its upright pixel size, colour and — for colour images — the total ink of
// its pixels after the export's own conversion (render::PrintColor with the document's print
// settings: LittleCMS, the output profile, the ink limit), as a histogram so any TAC limit
// reads it. The plate's ink, not the file's: a photo the export brings under the limit is not
// an error. Probed once per (path, size, mtime, print settings).
#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/model/document.h"
#include "layout/render/image/print_color.h"

namespace bm::check {

struct ImageProbe {
    enum class State { Ok, Missing, Unsupported } state = State::Missing;
    std::string detail;  ///< why Missing / Unsupported (English, names the file)
    std::string format;  ///< "PNG", "JPEG", "TIFF", "PDF", "GIF", "WebP", …
    int width = 0, height = 0;
    int components = 0;    ///< 1 gray, 3 RGB, 4 CMYK
    bool lineArt = false;  ///< 1-bit
    bool vector = false;   ///< a PDF page (an ad): no pixels, so no ppi or ink from pixels
    bool neutral = true;   ///< RGB whose pixels are all grey (exported as grey)
    /// Pixels by total ink in whole percent (0–400), after the export's conversion; empty for
    /// grey images (at most 100 %).
    std::vector<std::uint32_t> tacHistogram;
    std::uint64_t pixels = 0;

    /// Share of pixels above `limit` %, in percent; and the highest TAC.
    double areaOverPct(double limit) const;
    int maxTac() const;
};

/// The export's colour step, as the probe applies it. `color` null: no conversion known (the
/// output profile cannot be opened; the export reports that itself), so only CMYK files get a
/// histogram, of their own ink.
struct InkConversion {
    render::PrintColor* color = nullptr;
    bool convertCmykOverLimit = true;
};

/// What the export measured on the plate for one file, over all its placements: whether it went
/// to K only, and its CMYK pixels by total ink (render::TacStats::percentHistogram). An export
/// gate that has these judges the ink of the pixels actually written (the crop, at the
/// export's resolution, with the profile the command line chose) without a second decode.
struct PlateInk {
    bool gray = false;
    std::vector<std::uint32_t> tacHistogram;
    std::uint64_t pixels = 0;
};

/// Probes files, remembering each by (path, size, mtime) under the current print settings.
class ImageCache {
public:
    ImageCache();
    ~ImageCache();
    /// The document's print settings (the output profile relative to `documentDir`); a change
    /// forgets every probe, since the ink after conversion depends on them.
    void setPrint(const model::PrintSettings& print, const std::string& documentDir);
    const ImageProbe& probe(const std::string& path);
    /// Probes the files of `paths` not probed yet on up to hardware_concurrency threads (each
    /// decodes and separates a photo: four 12-megapixel ones take a second on one core), so
    /// the probe() calls that follow find them.
    void prefetch(const std::vector<std::string>& paths);
    /// The export's measurements by resolved path: those files are probed from their headers
    /// and take their ink from here.
    void setPlateInk(std::map<std::string, PlateInk> plate);
    /// Once `*cancel` is set, files are no longer decoded: probe() answers a Missing probe
    /// (not remembered) and prefetch() stops. An export's preflight is 取消'd that way; its
    /// findings are then thrown away.
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

private:
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    struct Entry {
        std::uintmax_t size = 0;
        std::int64_t mtime = 0;
        ImageProbe probe;
    };
    static Entry stamp(const std::string& path);  ///< size and mtime, no probe
    bool fresh(const std::string& path, const Entry& now) const;
    std::map<std::string, Entry> m_entries;
    std::string m_printKey;
    std::shared_ptr<render::PrintColor> m_color;
    InkConversion m_ink;
    std::map<std::string, PlateInk> m_plate;
    const std::atomic<bool>* m_cancel = nullptr;
};

/// Probes one file (no cache). With `plate`, a PNG or JPEG is read to its header only and its
/// ink comes from `plate`.
ImageProbe probeImage(const std::string& path, const InkConversion& ink,
                      const PlateInk* plate = nullptr);

}  // namespace bm::check
