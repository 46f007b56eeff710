// SPDX-License-Identifier: MIT
#pragma once
// Colour for the press, all through LittleCMS 2: photos are converted from their own profile
// (embedded ICC, else sRGB / sGray) to the output profile — the plant's, or the built-in
// newsprint default (README, "Colour") — with the total ink limited; grey and near-grey photos
// go to the black plate only; CMYK photos above the ink limit are ink-limited.
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "layout/base/result.h"
#include "layout/render/image/image_decode.h"

namespace bm::render {

struct PrintColorSettings {
    std::string outputProfile;  ///< the plant's CMYK ICC file; empty = the built-in default
    int inkLimitPercent = 240;
};

/// Total area coverage of CMYK (or grey = K) pixels, in %.
struct TacStats {
    double max = 0;
    double p999 = 0;  ///< 99.9th percentile: what a press operator quotes (single pixels aside)
    /// CMYK pixels by total ink in whole percent (0–400); empty for grey. The preflight's
    /// PRN-TAC reads the area over any limit from it, so an export gate can judge the ink the
    /// export measured instead of decoding and separating every photo a second time.
    std::vector<std::uint32_t> percentHistogram;
    std::uint64_t pixels = 0;
};
TacStats measureTac(const DecodedImage& img);

/// What a conversion did, for the export report.
enum class ColorOutcome { Cmyk, Gray, NearNeutralGray, CmykInkLimited, Unchanged };

class PrintColor {
public:
    /// Opens the output profile (or the default) and builds the ink-limiting steps. Errors for
    /// a missing or unreadable file and a profile that is not a CMYK output profile.
    static Result<std::unique_ptr<PrintColor>> create(const PrintColorSettings& settings);
    ~PrintColor();
    PrintColor(const PrintColor&) = delete;
    PrintColor& operator=(const PrintColor&) = delete;

    /// Converts an RGB or grey image to DeviceCMYK or DeviceGray (K) in place. Thread-safe.
    Result<ColorOutcome> toPrint(DecodedImage& img);
    /// Limits the total ink of a CMYK image in place (the conversion of over-limit CMYK).
    Status limitInk(DecodedImage& img);

    int inkLimit() const { return m_inkLimit; }
    bool isDefault() const { return m_default; }
    /// The output profile's bytes (for /DestOutputProfile) and its description.
    const std::vector<std::uint8_t>& profileBytes() const { return m_profileBytes; }
    const std::string& description() const { return m_description; }

private:
    PrintColor() = default;
    struct Transforms;
    Result<Transforms*> transformsFor(const std::vector<std::uint8_t>& icc, int components);

    bool m_default = true;
    int m_inkLimit = 240;
    std::vector<std::uint8_t> m_profileBytes;
    std::string m_description;
    void* m_output = nullptr;    ///< cmsHPROFILE of the output profile
    void* m_toneLink = nullptr;  ///< newsprint tone curve (default only) or null
    void* m_inkLink = nullptr;   ///< ink-limiting device link
    void* m_kGray = nullptr;     ///< grey profile of the output's black plate
    void* m_inkOnly = nullptr;   ///< CMYK → CMYK ink limiting transform
    std::mutex m_mutex;
    std::map<std::string, std::unique_ptr<Transforms>> m_cache;  ///< by source ICC + kind
};

}  // namespace bm::render
